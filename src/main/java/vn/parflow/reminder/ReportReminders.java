package vn.parflow.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Sends the reminders of one report deadline (what a report-reminder trigger does): to everyone who still owes their
 * part, once per person and offset however often it runs. Nothing goes out for a plan that is no longer active or a
 * deadline already past (a reminder that fires late after a long downtime says how many days are really left).
 */
@Service
class ReportReminders {

	private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);

	private final ReportObligations obligations;

	private final ReminderPlans plans;

	private final Recipients recipients;

	private final MailComposer composer;

	private final Outbox outbox;

	private final Clock clock;

	ReportReminders(ReportObligations obligations, ReminderPlans plans, Recipients recipients, MailComposer composer,
			Outbox outbox, Clock clock) {
		this.obligations = obligations;
		this.plans = plans;
		this.recipients = recipients;
		this.composer = composer;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** @return how many mails were queued (0 when all were queued before) */
	@Transactional
	public int remind(ReportReminder reminder) {
		LocalDate today = LocalDate.now(clock);
		if (today.isAfter(reminder.due())) {
			log.info("Bỏ qua nhắc báo cáo {} {} của {}: hạn {} đã qua", reminder.report(), reminder.period(),
					reminder.planCode(), reminder.due());
			return 0;
		}
		if (!plans.active(reminder.planCode())) {
			return 0;
		}
		int daysLeft = (int) ChronoUnit.DAYS.between(today, reminder.due());
		int queued = 0;
		for (String username : obligations.owing(reminder.planCode(), reminder.report(), reminder.period())) {
			Optional<Recipient> to = recipients.find(username);
			if (to.isPresent()) {
				String task = obligations.openTask(reminder.planCode(), reminder.report(), reminder.period(), username)
					.orElse(null);
				if (outbox.enqueue(composer.reportReminder(to.get(), reminder, daysLeft, task))) {
					queued++;
				}
			}
		}
		return queued;
	}

}
