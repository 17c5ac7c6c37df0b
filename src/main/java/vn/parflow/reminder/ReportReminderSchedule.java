package vn.parflow.reminder;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.springframework.stereotype.Component;

import vn.parflow.calendar.WorkingDays;
import vn.parflow.plan.PlanQueries.PlanReporting;
import vn.parflow.reporting.ReportDeadlineScheduler;
import vn.parflow.reporting.ReportDeadlineTriggers;

/**
 * The report reminders' part of a plan's report-deadline triggers, registered with the reporting module's
 * {@link ReportDeadlineScheduler}: one trigger per report deadline and offset ({@link ReportReminderTriggers}), all
 * firing the one durable report-reminder job. A reminder whose time has passed is not created any more; one already
 * in the store (missed while Parflow was down) is left to fire once.
 */
@Component
class ReportReminderSchedule implements ReportDeadlineTriggers {

	/** The durable job of every report-reminder trigger (also put into the store at start-up by {@link ReminderJobs}). */
	static final JobDetail JOB = JobBuilder.newJob(ReportReminderJob.class)
		.withIdentity(ReportReminderTriggers.JOB)
		.withDescription(ReminderJobs.REPORT_REMINDER_DESCRIPTION)
		.storeDurably()
		.build();

	private final ReminderProperties properties;

	private final WorkingDays workingDays;

	ReportReminderSchedule(ReminderProperties properties, WorkingDays workingDays) {
		this.properties = properties;
		this.workingDays = workingDays;
	}

	@Override
	public String group() {
		return ReportReminderTriggers.TRIGGER_GROUP;
	}

	@Override
	public String namePrefix(String planCode) {
		return planCode + ":";
	}

	@Override
	public List<Wanted> triggers(PlanReporting plan, Instant now, ZoneId zone) {
		ReportReminderTriggers triggers = new ReportReminderTriggers(properties.reportDaysBefore(),
				properties.reportTime(), zone, workingDays);
		return triggers.reminders(plan.code(), plan.deadlines())
			.stream()
			.map(reminder -> new Wanted(JOB, triggers.trigger(reminder), false))
			.toList();
	}

}
