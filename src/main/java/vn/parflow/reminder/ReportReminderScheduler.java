package vn.parflow.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parflow.calendar.WorkingDays;
import vn.parflow.plan.PlanActivated;
import vn.parflow.reminder.ReminderPlans.PlanDeadlines;

/**
 * Schedules the report reminders of active plans in Quartz's JDBC job store: when a plan is activated (after the
 * activation committed) and at every start for all ACTIVE plans. Idempotent: a trigger that exists is left alone
 * (it keeps its misfire state, so a reminder missed while Parflow was down still fires once), one whose time has
 * passed before it was ever scheduled is not created.
 */
@Service
public class ReportReminderScheduler {

	private static final Logger log = LoggerFactory.getLogger(ReportReminderScheduler.class);

	private final Scheduler scheduler;

	private final ReminderPlans plans;

	private final ReportReminderTriggers triggers;

	private final Clock clock;

	private final TransactionTemplate joining;

	private final TransactionTemplate separate;

	ReportReminderScheduler(Scheduler scheduler, ReminderPlans plans, ReminderProperties properties,
			@Value("${parflow.time-zone}") ZoneId zone, Clock clock, PlatformTransactionManager transactions,
			WorkingDays workingDays) {
		this.scheduler = scheduler;
		this.plans = plans;
		this.triggers = new ReportReminderTriggers(properties.reportDaysBefore(), properties.reportTime(), zone,
				workingDays);
		this.clock = clock;
		this.joining = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Schedules the reminders of the plan's report deadlines that are still ahead, in the caller's transaction (so
	 * it may be called while the plan is being activated). Nothing for a plan that is not ACTIVE.
	 * @return how many triggers were created
	 */
	public int schedule(String planCode) {
		Integer created = joining.execute(status -> scheduleNow(planCode));
		return created == null ? 0 : created;
	}

	/** Removes the plan's report reminders (a plan closed early). */
	public int unschedule(String planCode) {
		Integer removed = joining.execute(status -> {
			try {
				int count = 0;
				for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(
						ReportReminderTriggers.TRIGGER_GROUP))) {
					if (key.getName().startsWith(planCode + ":") && scheduler.unscheduleJob(key)) {
						count++;
					}
				}
				return count;
			}
			catch (SchedulerException ex) {
				throw new IllegalStateException("Không gỡ được lịch nhắc báo cáo của kế hoạch " + planCode, ex);
			}
		});
		return removed == null ? 0 : removed;
	}

	/** Every ACTIVE plan's reminders; called at start-up. A plan that fails is logged, the others go on. */
	int scheduleActivePlans() {
		int created = 0;
		for (String code : plans.activeCodes()) {
			try {
				Integer count = separate.execute(status -> scheduleNow(code));
				created += count == null ? 0 : count;
			}
			catch (RuntimeException ex) {
				log.error("Không lập được lịch nhắc báo cáo của kế hoạch {}", code, ex);
			}
		}
		return created;
	}

	/**
	 * After the activation committed, in a transaction of its own. A failure here cannot undo the activation: it is
	 * logged, and the next start schedules what is missing.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(PlanActivated event) {
		try {
			separate.executeWithoutResult(status -> scheduleNow(event.planCode()));
		}
		catch (RuntimeException ex) {
			log.error("Không lập được lịch nhắc báo cáo của kế hoạch {} khi kích hoạt; sẽ lập lại khi khởi động",
					event.planCode(), ex);
		}
	}

	private int scheduleNow(String planCode) {
		PlanDeadlines plan = plans.plan(planCode).orElse(null);
		if (plan == null || !plan.active()) {
			return 0;
		}
		Instant now = clock.instant();
		int created = 0;
		try {
			for (ReportReminder reminder : triggers.reminders(planCode, plan.deadlines())) {
				if (!triggers.fireTime(reminder).isAfter(now)
						|| scheduler.checkExists(ReportReminderTriggers.key(reminder))) {
					continue;
				}
				try {
					scheduler.scheduleJob(triggers.trigger(reminder));
					created++;
				}
				catch (ObjectAlreadyExistsException ex) {
					// another node scheduled it a moment ago
				}
			}
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Không lập được lịch nhắc báo cáo của kế hoạch " + planCode, ex);
		}
		if (created > 0) {
			log.info("Kế hoạch {}: đã lập {} lịch nhắc báo cáo", planCode, created);
		}
		return created;
	}

}
