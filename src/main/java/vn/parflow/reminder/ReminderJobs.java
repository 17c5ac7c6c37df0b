package vn.parflow.reminder;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the mail jobs into Quartz's JDBC job store at start-up, once for the whole cluster: the outbox dispatcher
 * (every {@code parflow.outbox.dispatch-interval}), the daily digest (cron at {@code parflow.reminders.digest-time}
 * in the plans' time zone; one missed while Parflow was down runs once when it is back) and the report-reminder job
 * whose triggers {@link ReportReminderSchedule} asks for. A trigger whose schedule is unchanged is left alone; one
 * whose schedule changed in the configuration is replaced.
 */
@Component
class ReminderJobs {

	static final String GROUP = "parflow-reminders";

	static final JobKey DISPATCH = JobKey.jobKey("outbox-dispatch", GROUP);

	static final JobKey DIGEST = JobKey.jobKey("daily-digest", GROUP);

	static final TriggerKey DISPATCH_TRIGGER = TriggerKey.triggerKey("outbox-dispatch", GROUP);

	static final TriggerKey DIGEST_TRIGGER = TriggerKey.triggerKey("daily-digest", GROUP);

	static final String REPORT_REMINDER_DESCRIPTION = "Nhắc hạn báo cáo định kỳ";

	private static final Logger log = LoggerFactory.getLogger(ReminderJobs.class);

	private final Scheduler scheduler;

	private final OutboxProperties outbox;

	private final ReminderProperties reminders;

	private final ZoneId zone;

	private final TransactionTemplate transaction;

	ReminderJobs(Scheduler scheduler, OutboxProperties outbox,
			ReminderProperties reminders, @Value("${parflow.time-zone}") ZoneId zone,
			PlatformTransactionManager transactions) {
		this.scheduler = scheduler;
		this.outbox = outbox;
		this.reminders = reminders;
		this.zone = zone;
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() throws SchedulerException {
		transaction.executeWithoutResult(status -> {
			try {
				ensureJob(DISPATCH, DispatchJob.class, "Gửi thư trong hàng đợi");
				ensureJob(DIGEST, DailyDigestJob.class, "Thư tổng hợp việc cần làm hằng ngày");
				ensureJob(ReportReminderTriggers.JOB, ReportReminderJob.class, REPORT_REMINDER_DESCRIPTION);
				ensureTrigger(dispatchTrigger());
				ensureTrigger(digestTrigger());
			}
			catch (SchedulerException ex) {
				throw new IllegalStateException("Không đặt được lịch gửi thư trong Quartz", ex);
			}
		});
		log.info("Thư nhắc việc: gửi mỗi {}, thư tổng hợp lúc {} ({})", outbox.dispatchInterval(),
				reminders.digestTime(), zone);
	}

	SimpleTrigger dispatchTrigger() {
		return TriggerBuilder.newTrigger()
			.withIdentity(DISPATCH_TRIGGER)
			.forJob(DISPATCH)
			.withDescription("Gửi thư trong hàng đợi")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(outbox.dispatchInterval().toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

	CronTrigger digestTrigger() {
		LocalTime at = reminders.digestTime();
		return TriggerBuilder.newTrigger()
			.withIdentity(DIGEST_TRIGGER)
			.forJob(DIGEST)
			.withDescription("Thư tổng hợp việc cần làm hằng ngày")
			.withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(at.getHour(), at.getMinute())
				.inTimeZone(TimeZone.getTimeZone(zone))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

	private void ensureJob(JobKey key, Class<? extends Job> type, String description) throws SchedulerException {
		JobDetail existing = scheduler.getJobDetail(key);
		if (existing != null && existing.getJobClass().equals(type)) {
			return;
		}
		JobDetail job = JobBuilder.newJob(type).withIdentity(key).withDescription(description).storeDurably().build();
		try {
			scheduler.addJob(job, existing != null);
		}
		catch (ObjectAlreadyExistsException ex) {
			// another node added it a moment ago
		}
	}

	private void ensureTrigger(Trigger wanted) throws SchedulerException {
		Trigger existing = scheduler.getTrigger(wanted.getKey());
		if (existing == null) {
			try {
				scheduler.scheduleJob(wanted);
			}
			catch (ObjectAlreadyExistsException ex) {
				// another node scheduled it a moment ago
			}
		}
		else if (!sameSchedule(existing, wanted)) {
			scheduler.rescheduleJob(wanted.getKey(), wanted);
		}
	}

	static boolean sameSchedule(Trigger existing, Trigger wanted) {
		if (existing instanceof CronTrigger a && wanted instanceof CronTrigger b) {
			return Objects.equals(a.getCronExpression(), b.getCronExpression())
					&& Objects.equals(a.getTimeZone().getID(), b.getTimeZone().getID());
		}
		if (existing instanceof SimpleTrigger a && wanted instanceof SimpleTrigger b) {
			return a.getRepeatInterval() == b.getRepeatInterval() && a.getRepeatCount() == b.getRepeatCount();
		}
		return false;
	}

}
