package vn.parflow.reminder;

import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Quartz job of one report reminder trigger: the trigger's data says which plan, report, period and offset. */
class ReportReminderJob extends QuartzJobBean {

	private final ReportReminders reminders;

	ReportReminderJob(ReportReminders reminders) {
		this.reminders = reminders;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		reminders.remind(ReportReminderTriggers.reminder(context.getMergedJobDataMap()));
	}

}
