package vn.parflow.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parflow.plan.PlanActivated;
import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanQueries.PlanReporting;
import vn.parflow.reporting.ReportDeadlineTriggers.Wanted;

/**
 * Keeps the Quartz triggers of every plan's report deadlines in step with the plan: the openings of its report
 * cycles ({@link ReportCycleSchedule}) and its report reminders (the reminder module's
 * {@code ReportReminderSchedule}), and whatever else implements {@link ReportDeadlineTriggers}. For a plan it reads
 * the report deadlines once ({@link PlanReporting#deadlines()}, expanded by the plan module), asks every kind for the
 * triggers they call for, in the one time zone {@code parflow.time-zone}, and then, in one transaction:
 * <ul>
 * <li>a trigger in the store as wanted (same job, same data, same start, or both starts already passed) is left
 * alone, so a trigger missed while Parflow was down keeps its misfire state and fires once, at once;</li>
 * <li>a trigger missing or different is stored, replacing the old one (its planned start; when that has passed, at
 * once or not at all, as the kind says);</li>
 * <li>a trigger of the plan in a kind's group that is not wanted any more is removed (a plan that is not active
 * keeps none).</li>
 * </ul>
 * Calling it again changes nothing. Safe in a Quartz cluster (JDBC job store, {@code isClustered}): the store's
 * writes join the transaction and every write replaces, so two nodes rebuilding the same plan end with the same
 * triggers. Job and trigger keys are those the two schedulers before it used, so the triggers installations
 * already have are found and kept.
 * <p>
 * Runs at start-up for every active plan, and after a plan's activation commits; a failure is logged and the next
 * start-up rebuilds the plan.
 * <p>
 * Why here: the reminder module depends on the reporting module (it mails who still owes a part of a cycle), never
 * the other way round, so the one scheduler sits in {@code reporting} and the reminder module registers its
 * triggers through the small {@link ReportDeadlineTriggers} interface; the plan's report calendar is expanded in the
 * plan module, below both, because the workflow reads the same deadlines. No cycle between the modules.
 */
@Service
public class ReportDeadlineScheduler {

	private static final Logger log = LoggerFactory.getLogger(ReportDeadlineScheduler.class);

	private final Scheduler scheduler;

	private final PlanQueries plans;

	private final List<ReportDeadlineTriggers> kinds;

	private final ZoneId zone;

	private final Clock clock;

	private final TransactionTemplate joining;

	private final TransactionTemplate separate;

	ReportDeadlineScheduler(Scheduler scheduler, PlanQueries plans, List<ReportDeadlineTriggers> kinds,
			@Value("${parflow.time-zone}") ZoneId zone, Clock clock, PlatformTransactionManager transactions) {
		this.scheduler = scheduler;
		this.plans = plans;
		this.kinds = List.copyOf(kinds);
		this.zone = zone;
		this.clock = clock;
		this.joining = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * What one rebuild did.
	 *
	 * @param triggers the keys of the plan's triggers now in the store
	 */
	public record Rescheduled(String planCode, Set<TriggerKey> triggers, int created, int replaced, int removed) {

		/** How many triggers were stored, replaced or removed: 0 when the store was already as wanted. */
		public int changes() {
			return created + replaced + removed;
		}

	}

	/**
	 * Rebuilds the plan's report-deadline triggers, in the caller's transaction when there is one. Idempotent.
	 */
	public Rescheduled reschedule(String planCode) {
		return joining.execute(status -> rescheduleNow(planCode));
	}

	/** Every ACTIVE plan, each in a transaction of its own; a plan that fails is logged, the others go on. */
	@EventListener(ApplicationReadyEvent.class)
	void rescheduleActivePlans() {
		for (String planCode : plans.activePlanCodes()) {
			try {
				separate.execute(status -> rescheduleNow(planCode));
			}
			catch (RuntimeException ex) {
				log.error("Không lập được lịch hạn báo cáo của kế hoạch {}", planCode, ex);
			}
		}
	}

	/** After the activation committed; a failure here leaves the plan active, and the next start-up schedules it. */
	@TransactionalEventListener(fallbackExecution = true)
	void planActivated(PlanActivated event) {
		try {
			separate.execute(status -> rescheduleNow(event.planCode()));
		}
		catch (RuntimeException ex) {
			log.error("Không lập được lịch hạn báo cáo của kế hoạch {} vừa kích hoạt; sẽ lập lại khi khởi động",
					event.planCode(), ex);
		}
	}

	private Rescheduled rescheduleNow(String planCode) {
		Optional<PlanReporting> plan = plans.reporting(planCode).filter(PlanReporting::active);
		Instant now = clock.instant();
		Set<TriggerKey> kept = new LinkedHashSet<>();
		int created = 0;
		int replaced = 0;
		int removed = 0;
		try {
			for (ReportDeadlineTriggers kind : kinds) {
				List<Wanted> wanted = plan.map(p -> kind.triggers(p, now, zone)).orElse(List.of());
				Set<TriggerKey> keys = new HashSet<>();
				for (Wanted one : wanted) {
					TriggerKey key = one.trigger().getKey();
					keys.add(key);
					Trigger existing = scheduler.getTrigger(key);
					Instant at = one.trigger().getStartTime().toInstant();
					boolean late = !at.isAfter(now);
					if (existing != null && same(existing, one, late, now)) {
						kept.add(key);
						continue;
					}
					Trigger trigger = one.trigger();
					if (late && !one.firesWhenLate()) {
						if (existing != null && scheduler.unscheduleJob(key)) {
							removed++;
						}
						continue;
					}
					if (late) {
						trigger = trigger.getTriggerBuilder().startAt(Date.from(now)).build();
					}
					scheduler.scheduleJob(one.job(), Set.of(trigger), true);
					kept.add(key);
					if (existing == null) {
						created++;
					}
					else {
						replaced++;
					}
				}
				String prefix = kind.namePrefix(planCode);
				for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(kind.group()))) {
					if (key.getName().startsWith(prefix) && !keys.contains(key) && scheduler.unscheduleJob(key)) {
						removed++;
					}
				}
			}
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Không lập được lịch hạn báo cáo của kế hoạch " + planCode, ex);
		}
		Rescheduled result = new Rescheduled(planCode, Set.copyOf(kept), created, replaced, removed);
		if (result.changes() > 0) {
			log.info("Kế hoạch {}: lịch hạn báo cáo có {} trigger ({} mới, {} thay, {} gỡ)", planCode, kept.size(),
					created, replaced, removed);
		}
		return result;
	}

	/** The trigger in the store fires the wanted job with the wanted data at the wanted time (or both are due). */
	private boolean same(Trigger existing, Wanted wanted, boolean late, Instant now) throws SchedulerException {
		Trigger trigger = wanted.trigger();
		if (!existing.getJobKey().equals(trigger.getJobKey())
				|| existing.getMisfireInstruction() != trigger.getMisfireInstruction()
				|| !Objects.equals(existing.getJobDataMap().getWrappedMap(), trigger.getJobDataMap().getWrappedMap())) {
			return false;
		}
		boolean sameStart = existing.getStartTime().equals(trigger.getStartTime())
				|| late && !existing.getStartTime().toInstant().isAfter(now);
		if (!sameStart) {
			return false;
		}
		JobDetail job = scheduler.getJobDetail(trigger.getJobKey());
		return job != null && job.getJobClass().equals(wanted.job().getJobClass())
				&& Objects.equals(job.getJobDataMap().getWrappedMap(), wanted.job().getJobDataMap().getWrappedMap());
	}

}
