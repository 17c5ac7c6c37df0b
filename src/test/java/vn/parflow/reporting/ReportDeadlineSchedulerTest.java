package vn.parflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanQueries.PlanReporting;
import vn.parflow.plan.PlanStatus;
import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.ReportDeadline;

/**
 * The one scheduler of a plan's report deadlines against a Quartz store (in memory, not started, so nothing fires):
 * the cycle openings as Parflow makes them, and a kind that, like the reminders, fires a shared durable job and
 * drops a trigger whose moment has passed.
 */
class ReportDeadlineSchedulerTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String PLAN = "VIETKHE-2035-H2";

	static final String CCHC = "Báo cáo công tác cải cách hành chính";

	static final PlanPeriod PERIOD = new PlanPeriod(LocalDate.of(2035, 7, 1), LocalDate.of(2035, 12, 31));

	static final Instant NOW = OffsetDateTime.parse("2035-07-15T09:00+07:00").toInstant();

	final PlanQueries plans = mock(PlanQueries.class);

	final ReportCycles cycles = mock(ReportCycles.class);

	Scheduler quartz;

	ReportDeadlineScheduler scheduler;

	@BeforeEach
	void setUp() throws SchedulerException {
		Properties properties = new Properties();
		properties.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "report-deadlines-" + System.nanoTime());
		properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
		properties.setProperty("org.quartz.threadPool.threadCount", "1");
		quartz = new StdSchedulerFactory(properties).getScheduler();
		when(cycles.opened(anyString(), anyString(), anyString())).thenReturn(false);
		ReportCycleSchedule openings = new ReportCycleSchedule(cycles, new ReportingProperties(10, LocalTime.of(7, 0), 2,
				LocalTime.of(17, 0), null, "CHỦ TỊCH"));
		scheduler = new ReportDeadlineScheduler(quartz, plans, List.of(openings, new DayBefore()), VIETNAM,
				Clock.fixed(NOW, VIETNAM), new NoTransactions());
	}

	@AfterEach
	void tearDown() throws SchedulerException {
		quartz.shutdown();
	}

	@Test
	void shouldLeaveExactlyTheSameTriggersWhenCalledTwice() throws SchedulerException {
		plan(PlanStatus.ACTIVE, new ReportDeadline(CCHC, "Quý III", LocalDate.of(2035, 9, 9)),
				new ReportDeadline(CCHC, "Năm", LocalDate.of(2035, 12, 9)));

		assertThat(scheduler.reschedule(PLAN).created()).isEqualTo(4);
		Map<TriggerKey, Date> first = triggers();

		assertThat(scheduler.reschedule(PLAN).changes()).as("the second call changes nothing").isZero();
		assertThat(triggers()).isEqualTo(first);
		assertThat(first).containsOnlyKeys(cycle("quy-iii"), cycle("nam"), dayBefore("Quý III"), dayBefore("Năm"));
		assertThat(first.get(cycle("quy-iii"))).isEqualTo(at("2035-08-30T07:00"));
		assertThat(quartz.getJobKeys(GroupMatcher.jobGroupEquals(ReportCycleSchedule.GROUP))).hasSize(2);
	}

	@Test
	void shouldReplaceTheTriggersOfAPlanWhoseRulesChanged() throws SchedulerException {
		plan(PlanStatus.ACTIVE, new ReportDeadline(CCHC, "Quý III", LocalDate.of(2035, 9, 9)),
				new ReportDeadline(CCHC, "Năm", LocalDate.of(2035, 12, 9)));
		scheduler.reschedule(PLAN);

		// the quarterly report moves to the 20th, the yearly one is dropped, a monthly one comes in
		plan(PlanStatus.ACTIVE, new ReportDeadline(CCHC, "Quý III", LocalDate.of(2035, 9, 20)),
				new ReportDeadline(CCHC, "Tháng 10", LocalDate.of(2035, 10, 5)));
		ReportDeadlineScheduler.Rescheduled changed = scheduler.reschedule(PLAN);

		assertThat(triggers()).containsOnlyKeys(cycle("quy-iii"), cycle("thang-10"), dayBefore("Quý III"),
				dayBefore("Tháng 10"));
		assertThat(triggers().get(cycle("quy-iii"))).isEqualTo(at("2035-09-10T07:00"));
		assertThat(triggers().get(dayBefore("Quý III"))).isEqualTo(at("2035-09-19T08:00"));
		assertThat(quartz.checkExists(new JobKey(PLAN + "/bao-cao-cong-tac-cai-cach-hanh-chinh/nam",
				ReportCycleSchedule.GROUP))).as("the dropped cycle's job goes with its trigger").isFalse();
		assertThat(quartz.checkExists(DayBefore.JOB.getKey())).as("the shared durable job stays").isTrue();
		assertThat(changed.created()).isEqualTo(2);
		assertThat(changed.replaced()).isEqualTo(2);
		assertThat(changed.removed()).isEqualTo(2);
		assertThat(scheduler.reschedule(PLAN).changes()).isZero();
	}

	@Test
	void shouldOpenALateCycleAtOnceButLeaveOutALateReminder() throws SchedulerException {
		// opens 10 days before the 20th, at 07:00 on the 10th: already passed; the day-before reminder too
		plan(PlanStatus.ACTIVE, new ReportDeadline(CCHC, "Tháng 7", LocalDate.of(2035, 7, 16)));

		scheduler.reschedule(PLAN);

		assertThat(triggers()).containsOnlyKeys(cycle("thang-7"));
		assertThat(triggers().get(cycle("thang-7"))).isEqualTo(Date.from(NOW));
		assertThat(scheduler.reschedule(PLAN).changes()).as("the cycle due at once stays as it is").isZero();
	}

	@Test
	void shouldKeepAMissedTriggerThatIsStillWantedSoThatQuartzFiresItOnce() throws SchedulerException {
		plan(PlanStatus.ACTIVE, new ReportDeadline(CCHC, "Tháng 7", LocalDate.of(2035, 7, 16)));
		// stored before Parflow went down; its moment (the 15th, 08:00) came while no node ran
		Trigger missed = new DayBefore().trigger(new ReportDeadline(CCHC, "Tháng 7", LocalDate.of(2035, 7, 16)));
		quartz.scheduleJob(DayBefore.JOB, java.util.Set.of(missed), true);

		scheduler.reschedule(PLAN);

		assertThat(triggers()).containsKey(missed.getKey());
		assertThat(triggers().get(missed.getKey())).isEqualTo(at("2035-07-15T08:00"));
	}

	@Test
	void shouldRemoveEveryTriggerOfAPlanThatIsNoLongerActive() throws SchedulerException {
		plan(PlanStatus.ACTIVE, new ReportDeadline(CCHC, "Quý III", LocalDate.of(2035, 9, 9)));
		scheduler.reschedule(PLAN);
		assertThat(triggers()).hasSize(2);

		plan(PlanStatus.DRAFT, new ReportDeadline(CCHC, "Quý III", LocalDate.of(2035, 9, 9)));

		assertThat(scheduler.reschedule(PLAN).removed()).isEqualTo(2);
		assertThat(triggers()).isEmpty();
	}

	private void plan(PlanStatus status, ReportDeadline... deadlines) {
		when(plans.reporting(PLAN)).thenReturn(Optional.of(new PlanReporting(PLAN, "Kế hoạch CCHC", status, PERIOD,
				List.of(), List.of(deadlines), "vp", "Văn phòng", Map.of(), "Ủy ban nhân dân xã Việt Khê",
				"xã Việt Khê")));
	}

	private Map<TriggerKey, Date> triggers() throws SchedulerException {
		Map<TriggerKey, Date> triggers = new TreeMap<>();
		for (String group : List.of(ReportCycleSchedule.GROUP, DayBefore.GROUP)) {
			for (TriggerKey key : quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))) {
				triggers.put(key, quartz.getTrigger(key).getStartTime());
			}
		}
		return triggers;
	}

	private static TriggerKey cycle(String periodSlug) {
		return new TriggerKey(PLAN + "/bao-cao-cong-tac-cai-cach-hanh-chinh/" + periodSlug, ReportCycleSchedule.GROUP);
	}

	private static TriggerKey dayBefore(String period) {
		return new TriggerKey(PLAN + ":" + period, DayBefore.GROUP);
	}

	private static Date at(String localDateTime) {
		return Date.from(OffsetDateTime.parse(localDateTime + "+07:00").toInstant());
	}

	/** Like the report reminders: the day before each deadline at 08:00, one durable job, nothing when late. */
	static class DayBefore implements ReportDeadlineTriggers {

		static final String GROUP = "test-day-before";

		static final JobDetail JOB = JobBuilder.newJob(NoJob.class).withIdentity("day-before", GROUP).storeDurably()
			.build();

		@Override
		public String group() {
			return GROUP;
		}

		@Override
		public String namePrefix(String planCode) {
			return planCode + ":";
		}

		@Override
		public List<Wanted> triggers(PlanReporting plan, Instant now, ZoneId zone) {
			return plan.deadlines().stream().map(deadline -> new Wanted(JOB, trigger(deadline), false)).toList();
		}

		Trigger trigger(ReportDeadline deadline) {
			return TriggerBuilder.newTrigger()
				.withIdentity(PLAN + ":" + deadline.period(), GROUP)
				.forJob(JOB)
				.usingJobData("due", deadline.due().toString())
				.startAt(Date.from(deadline.due().minusDays(1).atTime(8, 0).atZone(VIETNAM).toInstant()))
				.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
				.build();
		}

	}

	public static class NoJob implements Job {

		@Override
		public void execute(org.quartz.JobExecutionContext context) {
		}

	}

	/** The Quartz store here is in memory: nothing to begin or commit. */
	static class NoTransactions implements PlatformTransactionManager {

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			return new SimpleTransactionStatus();
		}

		@Override
		public void commit(TransactionStatus status) {
		}

		@Override
		public void rollback(TransactionStatus status) {
		}

	}

}
