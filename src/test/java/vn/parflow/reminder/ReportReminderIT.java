package vn.parflow.reminder;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.plan.PlanImportService;
import vn.parflow.plan.PlanLifecycle;
import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanQueries.PlanReporting;
import vn.parflow.reporting.ReportCycles;
import vn.parflow.reporting.ReportDeadlineScheduler;
import vn.parflow.schedule.ReportDeadline;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.Fixtures;
import vn.parflow.system.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Report reminders on Quartz's JDBC job store: scheduled when a plan is activated, sent once to everyone who still
 * owes a part of the report however often their job runs, and sent once when Parflow comes back after being down
 * across a reminder's time. A report cycle that opens mails its people once too.
 */
@DatabaseIntegrationTest
class ReportReminderIT {

	static final String PLAN = "IT-MAIL-REPORTS";

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final Duration WAIT = Duration.ofSeconds(10);

	/** Up for the whole class: mail queued when the plan is activated may be sent between two tests. */
	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

	@Autowired
	DirectoryImportService directory;

	@Autowired
	PlanQueries planQueries;

	@Autowired
	PlanImportService planImport;

	@Autowired
	PlanLifecycle lifecycle;

	@Autowired
	ReportDeadlineScheduler deadlineScheduler;

	@Autowired
	ReportReminders reminders;

	@Autowired
	ReportCycles cycles;

	@Autowired
	OutboxStore store;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	Scheduler scheduler;

	@Autowired
	TestClock clock;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationContext context;

	/** The plan's first report, due in 7 days ("Quý I"), and its second, due in 10 days ("Năm"). */
	ReportDeadline first;

	ReportDeadline second;

	@BeforeEach
	void setUp() throws IOException, SchedulerException {
		scheduler.pauseTrigger(ReminderJobs.DISPATCH_TRIGGER);
		Fixtures.demoDirectory(directory);
		LocalDate today = LocalDate.now(clock);
		MailFixtures.activePlan(PLAN, today, planQueries, planImport, lifecycle);
		PlanReporting deadlines = planQueries.reporting(PLAN).orElseThrow();
		first = deadlines.deadlines().stream().filter(d -> d.due().equals(today.plusDays(7))).findFirst().orElseThrow();
		second = deadlines.deadlines().stream().filter(d -> d.due().equals(today.plusDays(10))).findFirst().orElseThrow();
	}

	@AfterEach
	void tearDown() throws SchedulerException {
		clock.reset();
		scheduler.resumeTrigger(ReminderJobs.DISPATCH_TRIGGER);
	}

	@Test
	void shouldKeepTheMailJobsInQuartzJdbcStore() throws SchedulerException {
		assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
		assertThat(scheduler.checkExists(ReminderJobs.DISPATCH)).isTrue();
		assertThat(scheduler.checkExists(ReportReminderTriggers.JOB)).isTrue();
		CronTrigger digest = (CronTrigger) scheduler.getTrigger(ReminderJobs.DIGEST_TRIGGER);
		assertThat(digest.getCronExpression()).isEqualTo("0 0 7 ? * *");
		assertThat(digest.getTimeZone().getID()).isEqualTo("Asia/Ho_Chi_Minh");
		assertThat(digest.getMisfireInstruction()).as("a digest missed while down goes out once when back")
			.isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
	}

	@Test
	void shouldScheduleRemindersSevenThreeAndOneDayBeforeEachReportAtEightWhenThePlanIsActivated()
			throws SchedulerException {
		for (int days : List.of(7, 3, 1)) {
			Trigger trigger = scheduler.getTrigger(ReportReminderTriggers
				.key(new ReportReminder(PLAN, second.report(), second.period(), second.due(), days)));
			assertThat(trigger).as("%d days before %s", days, second.due()).isNotNull();
			assertThat(LocalDateTime.ofInstant(trigger.getStartTime().toInstant(), VIETNAM))
				.isEqualTo(second.due().minusDays(days).atTime(8, 0));
			assertThat(trigger.getMisfireInstruction()).isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW);
		}

		Map<TriggerKey, Date> reminders = reminderTriggers();
		assertThat(reminders).isNotEmpty();
		deadlineScheduler.reschedule(PLAN);
		assertThat(reminderTriggers()).as("scheduling again finds them all, as they were").isEqualTo(reminders);
	}

	private Map<TriggerKey, Date> reminderTriggers() throws SchedulerException {
		Map<TriggerKey, Date> triggers = new HashMap<>();
		for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(ReportReminderTriggers.TRIGGER_GROUP))) {
			if (key.getName().startsWith(PLAN + ":")) {
				triggers.put(key, scheduler.getTrigger(key).getStartTime());
			}
		}
		return triggers;
	}

	@Test
	void shouldMailEveryoneWhoOwesAPartOnceWhenTheReportCycleOpens() throws Exception {
		// the plan's activation scheduled the cycle to open at once (its opening time has passed)
		await().atMost(WAIT).until(() -> cycles.opened(PLAN, first.report(), first.period()));
		cycles.open(PLAN, first.report(), first.period());
		List<String> owing = cycles.owing(PLAN, first.report(), first.period());
		assertThat(owing).contains("lan.vhxh", "tuan.vhxh", "hai.vp");

		Set<Long> ids = new HashSet<>();
		for (String username : owing) {
			ids.add(store.findByKey(DedupKeys.reportOpened(PLAN, first.report(), first.period(), username))
				.orElseThrow(() -> new AssertionError("no mail for " + username))
				.id());
		}
		dispatcher.dispatchNow();
		// queued when the plan was activated, possibly sent by the every-minute dispatcher before this test began
		await().atMost(WAIT).until(() -> ids.stream()
			.allMatch(id -> store.find(id).orElseThrow().status() == OutboxStatus.SENT));

		List<MimeMessage> mail = MailFixtures.received(greenMail, ids);
		assertThat(mail).hasSize(owing.size());
		assertThat(mail).allSatisfy(message -> assertThat(message.getSubject())
			.isEqualTo("[Parflow] Mở kỳ báo cáo: Báo cáo công tác cải cách hành chính (" + first.period()
					+ "), hạn ngày " + Subjects.DAY.format(first.due())));
		MimeMessage toTuan = mail.stream()
			.filter(message -> recipient(message).equals("tuan.vhxh@demo.parflow.vn"))
			.findFirst()
			.orElseThrow();
		assertThat(MailFixtures.part(toTuan, "text/plain")).as("links to the unit's report task")
			.contains("/camunda/app/tasklist/default/#/?task=");
	}

	@Test
	void shouldSendAReportReminderOnceHoweverOftenItsJobRuns() throws Exception {
		ReportReminder reminder = new ReportReminder(PLAN, first.report(), first.period(), first.due(), 7);
		List<String> owing = cycles.owing(PLAN, first.report(), first.period());
		assertThat(owing).isNotEmpty();

		// the job, run twice at once by Quartz as a re-run or a second node would
		scheduler.triggerJob(ReportReminderTriggers.JOB, ReportReminderTriggers.data(reminder));
		scheduler.triggerJob(ReportReminderTriggers.JOB, ReportReminderTriggers.data(reminder));
		await().atMost(WAIT).until(() -> owing.stream()
			.allMatch(username -> store.exists(DedupKeys.reportReminder(PLAN, first.report(), first.period(), 7, username)))
				&& scheduler.getCurrentlyExecutingJobs().stream()
					.noneMatch(job -> job.getJobDetail().getKey().equals(ReportReminderTriggers.JOB)));
		assertThat(reminders.remind(reminder)).as("and once more by hand").isZero();

		Set<Long> ids = new HashSet<>();
		for (String username : owing) {
			ids.add(store.findByKey(DedupKeys.reportReminder(PLAN, first.report(), first.period(), 7, username))
				.orElseThrow()
				.id());
		}
		dispatcher.dispatchNow();
		List<MimeMessage> mail = MailFixtures.received(greenMail, ids);
		assertThat(mail).hasSize(owing.size());
		assertThat(mail).allSatisfy(message -> assertThat(message.getSubject())
			.isEqualTo("[Parflow] Nhắc báo cáo: Báo cáo công tác cải cách hành chính (" + first.period()
					+ ") đến hạn ngày " + Subjects.DAY.format(first.due()) + " (còn 7 ngày)"));
	}

	@Test
	void shouldSendAReminderMissedWhileParflowWasDownOnceWhenItStartsAgain() throws Exception {
		ReportReminder reminder = new ReportReminder(PLAN, second.report(), second.period(), second.due(), 3);
		ReportReminderTriggers triggers = new ReportReminderTriggers(List.of(3), java.time.LocalTime.of(8, 0), VIETNAM);
		// the trigger as Parflow stored it, whose time came two hours ago while no node was running
		Trigger missed = triggers.trigger(reminder)
			.getTriggerBuilder()
			.startAt(Date.from(clock.instant().minus(Duration.ofHours(2))))
			.build();
		List<String> owing = cycles.owing(PLAN, second.report(), second.period());
		String someone = owing.get(0);

		SchedulerFactoryBean down = node("parflow-it-downtime-" + System.nanoTime());
		try {
			Scheduler node = down.getScheduler();
			node.addJob(JobBuilder.newJob(ReportReminderJob.class).withIdentity(ReportReminderTriggers.JOB)
				.storeDurably()
				.build(), true);
			node.scheduleJob(missed);
			assertThat(store.exists(DedupKeys.reportReminder(PLAN, second.report(), second.period(), 3, someone)))
				.isFalse();

			node.start();

			await().atMost(WAIT).until(() -> !node.checkExists(missed.getKey())
					&& node.getCurrentlyExecutingJobs().isEmpty());
		}
		finally {
			clear(down);
		}

		Set<Long> ids = new HashSet<>();
		for (String username : owing) {
			ids.add(store.findByKey(DedupKeys.reportReminder(PLAN, second.report(), second.period(), 3, username))
				.orElseThrow(() -> new AssertionError("no reminder for " + username))
				.id());
		}
		dispatcher.dispatchNow();
		List<MimeMessage> mail = MailFixtures.received(greenMail, ids);
		assertThat(mail).hasSize(owing.size());
		assertThat(mail.stream().map(ReportReminderIT::recipient)).doesNotHaveDuplicates();
	}

	private static String recipient(MimeMessage message) {
		try {
			return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A second Parflow node on the same database, not yet started: its own scheduler name keeps its triggers apart
	 * from the running application's, and its jobs get their beans from the application.
	 */
	private SchedulerFactoryBean node(String name) throws Exception {
		SpringBeanJobFactory jobs = new SpringBeanJobFactory();
		jobs.setApplicationContext(context);
		Properties quartz = new Properties();
		quartz.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
		quartz.setProperty("org.quartz.jobStore.isClustered", "false");
		quartz.setProperty("org.quartz.threadPool.threadCount", "1");
		SchedulerFactoryBean factory = new SchedulerFactoryBean();
		factory.setSchedulerName(name);
		factory.setDataSource(dataSource);
		factory.setJobFactory(jobs);
		factory.setQuartzProperties(quartz);
		factory.setAutoStartup(false);
		factory.setWaitForJobsToCompleteOnShutdown(true);
		factory.afterPropertiesSet();
		return factory;
	}

	private static void clear(SchedulerFactoryBean factory) throws SchedulerException {
		Scheduler node = factory.getScheduler();
		node.clear();
		node.shutdown(true);
		factory.destroy();
	}

}
