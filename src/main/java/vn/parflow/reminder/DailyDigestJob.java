package vn.parflow.reminder;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Quartz job of the daily digest, every morning at {@code parflow.reminders.digest-time}. */
@DisallowConcurrentExecution
class DailyDigestJob extends QuartzJobBean {

	private final DailyDigest digest;

	DailyDigestJob(DailyDigest digest) {
		this.digest = digest;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		digest.send();
	}

}
