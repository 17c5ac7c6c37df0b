package vn.parflow.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.stereotype.Component;

import vn.parflow.plan.PlanQueries.PlanReporting;
import vn.parflow.reporting.ReportCycleTriggers.Opening;
import vn.parflow.schedule.ReportDeadline;

/**
 * The report cycles' part of a plan's report-deadline triggers ({@link ReportDeadlineScheduler}): one Quartz job and
 * trigger per cycle still to open, firing at the cycle's opening time ({@link ReportCycleTriggers}), at once when
 * that time has passed while the deadline has not (misfire: fire now); the job ({@link ReportCycleJob}) opens the
 * cycle. A cycle already open wants no trigger. Keys are derived from the plan, the report and the period.
 */
@Component
class ReportCycleSchedule implements ReportDeadlineTriggers {

	static final String GROUP = "parflow-report-cycles";

	private final ReportCycles cycles;

	private final ReportingProperties properties;

	ReportCycleSchedule(ReportCycles cycles, ReportingProperties properties) {
		this.cycles = cycles;
		this.properties = properties;
	}

	@Override
	public String group() {
		return GROUP;
	}

	@Override
	public String namePrefix(String planCode) {
		return planCode + "/";
	}

	@Override
	public List<Wanted> triggers(PlanReporting plan, Instant now, ZoneId zone) {
		ReportCycleTriggers openings = new ReportCycleTriggers(properties.openDaysBefore(), properties.openAt(), zone);
		List<Wanted> wanted = new ArrayList<>();
		for (Opening opening : openings.openings(plan.deadlines(), plan.period(), now)) {
			ReportDeadline deadline = opening.deadline();
			if (cycles.opened(plan.code(), deadline.report(), deadline.period())) {
				continue;
			}
			JobDetail job = job(plan.code(), deadline);
			wanted.add(new Wanted(job, trigger(job, openings.plannedOpening(deadline, plan.period())), true));
		}
		return wanted;
	}

	static JobDetail job(String planCode, ReportDeadline deadline) {
		return JobBuilder.newJob(ReportCycleJob.class)
			.withIdentity(jobKey(planCode, deadline))
			.withDescription("Mở kỳ " + deadline.report() + " – " + deadline.period() + " của kế hoạch " + planCode)
			.usingJobData(ReportCycleJob.PLAN_CODE, planCode)
			.usingJobData(ReportCycleJob.REPORT, deadline.report())
			.usingJobData(ReportCycleJob.PERIOD, deadline.period())
			.requestRecovery()
			.build();
	}

	private static Trigger trigger(JobDetail job, Instant opensAt) {
		return TriggerBuilder.newTrigger()
			.withIdentity(job.getKey().getName(), GROUP)
			.forJob(job)
			.startAt(Date.from(opensAt))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build();
	}

	/**
	 * {@code VIETKHE-2025-H2/bao-cao-cong-tac-cai-cach-hanh-chinh/quy-iii}; a digest of the report and period instead
	 * when that would not fit Quartz's 190 characters. The trigger has the job's name, in the same group.
	 */
	static JobKey jobKey(String planCode, ReportDeadline deadline) {
		String name = planCode + "/" + Slugs.of(deadline.report()) + "/" + Slugs.of(deadline.period());
		if (name.length() > 190) {
			name = planCode + "/" + sha256(deadline.report() + "|" + deadline.period()).substring(0, 40);
		}
		return new JobKey(name, GROUP);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
