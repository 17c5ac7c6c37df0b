package vn.parflow.system;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Reports Quartz in {@code /actuator/health}: up when the scheduler runs on its JDBC job store, down when it was
 * shut down, out of service while it stands by. Report cycles and reminders depend on it.
 */
@Component("quartz")
class QuartzHealthIndicator extends AbstractHealthIndicator {

	private final Scheduler scheduler;

	QuartzHealthIndicator(Scheduler scheduler) {
		super("Quartz health check failed");
		this.scheduler = scheduler;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws SchedulerException {
		SchedulerMetaData meta = scheduler.getMetaData();
		if (meta.isShutdown()) {
			builder.down();
		}
		else if (meta.isInStandbyMode() || !meta.isStarted()) {
			builder.outOfService();
		}
		else {
			builder.up();
		}
		builder.withDetail("scheduler", meta.getSchedulerName())
			.withDetail("instanceId", meta.getSchedulerInstanceId())
			.withDetail("jobStore", meta.getJobStoreClass().getSimpleName())
			.withDetail("clustered", meta.isJobStoreClustered())
			.withDetail("persistent", meta.isJobStoreSupportsPersistence())
			.withDetail("jobsExecuted", meta.getNumberOfJobsExecuted());
	}

}
