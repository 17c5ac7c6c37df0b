package vn.parflow.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.parflow.reporting.ReportCycleOpened;

/**
 * When a report cycle opens, everyone who owes a part of it gets a mail pointing to their task, written into the
 * outbox in the transaction that opened the cycle. The reminders before the deadline follow from
 * {@link ReportReminderSchedule}.
 */
@Component
class ReportCycleMailListener {

	private final ReportObligations obligations;

	private final Recipients recipients;

	private final MailComposer composer;

	private final Outbox outbox;

	private final Clock clock;

	ReportCycleMailListener(ReportObligations obligations, Recipients recipients, MailComposer composer,
			Outbox outbox, Clock clock) {
		this.obligations = obligations;
		this.recipients = recipients;
		this.composer = composer;
		this.outbox = outbox;
		this.clock = clock;
	}

	@EventListener
	void on(ReportCycleOpened event) {
		int daysLeft = (int) Math.max(0, ChronoUnit.DAYS.between(LocalDate.now(clock), event.due()));
		for (String username : obligations.owing(event.planCode(), event.report(), event.period())) {
			recipients.find(username).ifPresent(to -> {
				String task = obligations.openTask(event.planCode(), event.report(), event.period(), username)
					.orElse(null);
				outbox.enqueue(composer.reportOpened(to, event.planCode(), event.report(), event.period(),
						event.due(), daysLeft, task));
			});
		}
	}

}
