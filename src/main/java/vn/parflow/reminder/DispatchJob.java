package vn.parflow.reminder;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Quartz job that sends the outbox every {@code parflow.outbox.dispatch-interval}, on one node at a time. */
@DisallowConcurrentExecution
class DispatchJob extends QuartzJobBean {

	private final MailDispatcher dispatcher;

	DispatchJob(MailDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		dispatcher.dispatchNow();
	}

}
