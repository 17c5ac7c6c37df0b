package vn.parflow.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.parflow.plan.PlanActivated;
import vn.parflow.reporting.ReportCycleTriggers.Opening;
import vn.parflow.plan.PlanQueries.PlanReporting;
import vn.parflow.schedule.ReportDeadline;

/**
 * Keeps one Quartz job and trigger per report cycle still to open of every active plan: the trigger fires at the
 * cycle's opening time ({@link ReportCycleTriggers}), at once when that time has passed while the deadline has not
 * (misfire: fire now), and the job ({@link ReportCycleJob}) opens the cycle. Job keys are derived from the plan,
 * the report and the period, so scheduling again replaces instead of adding. Runs at start-up for every active plan
 * and after a plan's activation commits.
 */
@Service
public class ReportCycleScheduler {

	static final String GROUP = "parflow-report-cycles";

	private static final Logger log = LoggerFactory.getLogger(ReportCycleScheduler.class);

	private final Scheduler scheduler;

	private final ReportingPlans plans;

	private final ReportCycles cycles;

	private final ReportCycleTriggers triggers;

	private final Clock clock;

	ReportCycleScheduler(Scheduler scheduler, ReportingPlans plans, ReportCycles cycles, ReportingProperties properties,
			Clock clock) {
		this.scheduler = scheduler;
		this.plans = plans;
		this.cycles = cycles;
		this.triggers = new ReportCycleTriggers(properties.openDaysBefore(), properties.openAt(), clock.getZone());
		this.clock = clock;
	}

	/**
	 * Schedules the opening of every report cycle of the plan that is still to come and not yet open; removes the
	 * plan's other report-cycle jobs (a plan that is no longer active keeps none). Idempotent.
	 *
	 * @return the keys of the plan's scheduled jobs
	 */
	public List<JobKey> schedule(String planCode) {
		Optional<PlanReporting> plan = plans.plan(planCode);
		Set<JobKey> wanted = new HashSet<>();
		try {
			if (plan.isPresent() && plan.get().active()) {
				for (Opening opening : triggers.openings(plans.deadlines(plan.get()), plan.get().period(),
						clock.instant())) {
					ReportDeadline deadline = opening.deadline();
					if (cycles.opened(planCode, deadline.report(), deadline.period())) {
						continue;
					}
					JobDetail job = job(planCode, deadline);
					scheduler.scheduleJob(job, Set.of(trigger(job, opening)), true);
					wanted.add(job.getKey());
				}
			}
			for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
				if (key.getName().startsWith(planCode + "/") && !wanted.contains(key)) {
					scheduler.deleteJob(key);
				}
			}
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Không lập được lịch mở kỳ báo cáo của kế hoạch " + planCode, ex);
		}
		if (!wanted.isEmpty()) {
			log.info("Kế hoạch {}: đã lập lịch mở {} kỳ báo cáo", planCode, wanted.size());
		}
		return List.copyOf(wanted);
	}

	/** Removes every report-cycle job of the plan. */
	public void unschedule(String planCode) {
		try {
			for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
				if (key.getName().startsWith(planCode + "/")) {
					scheduler.deleteJob(key);
				}
			}
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Không xóa được lịch kỳ báo cáo của kế hoạch " + planCode, ex);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void scheduleActivePlans() {
		for (String planCode : plans.activePlanCodes()) {
			try {
				schedule(planCode);
			}
			catch (RuntimeException ex) {
				log.error("Không lập được lịch kỳ báo cáo của kế hoạch {}", planCode, ex);
			}
		}
	}

	/** After the activation committed; a failure here leaves the plan active, and the next start-up schedules it. */
	@TransactionalEventListener(fallbackExecution = true)
	void planActivated(PlanActivated event) {
		try {
			schedule(event.planCode());
		}
		catch (RuntimeException ex) {
			log.error("Không lập được lịch kỳ báo cáo của kế hoạch {} vừa kích hoạt", event.planCode(), ex);
		}
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

	private static Trigger trigger(JobDetail job, Opening opening) {
		return TriggerBuilder.newTrigger()
			.withIdentity(job.getKey().getName(), GROUP)
			.forJob(job)
			.startAt(Date.from(opening.opensAt()))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build();
	}

	/**
	 * {@code VIETKHE-2025-H2/bao-cao-cong-tac-cai-cach-hanh-chinh/quy-iii}; a digest of the report and period instead
	 * when that would not fit Quartz's 190 characters.
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
