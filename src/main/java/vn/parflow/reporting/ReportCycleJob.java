package vn.parflow.reporting;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Opens one report cycle when its Quartz trigger fires; only calls {@link ReportCycles#open}. */
@DisallowConcurrentExecution
class ReportCycleJob extends QuartzJobBean {

	static final String PLAN_CODE = "planCode";

	static final String REPORT = "report";

	static final String PERIOD = "period";

	private static final Logger log = LoggerFactory.getLogger(ReportCycleJob.class);

	private final ReportCycles cycles;

	ReportCycleJob(ReportCycles cycles) {
		this.cycles = cycles;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		JobDataMap data = context.getMergedJobDataMap();
		String planCode = data.getString(PLAN_CODE);
		String report = data.getString(REPORT);
		String period = data.getString(PERIOD);
		try {
			cycles.open(planCode, report, period);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			// the plan was closed or its reporting regime changed since the trigger was set: nothing to open
			log.warn("Không mở được kỳ báo cáo {} – {} của kế hoạch {}: {}", report, period, planCode, ex.getMessage());
		}
	}

}
