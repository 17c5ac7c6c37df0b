package vn.parflow.reminder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.plan.PlanImportService;
import vn.parflow.plan.PlanLifecycle;
import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.TaskProgress;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.TestClock;
import vn.parflow.workflow.TaskOverdue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mail leaves as soon as the transaction that queued it commits, as in production ({@code send-on-queue}, which the
 * other mail tests turn off to send the outbox themselves; this test turns it on in the shared application, not
 * through a second application context, whose engine would take the name "default" from the first one's REST API):
 * with the every-minute dispatcher paused, an escalation reaches the SMTP server (GreenMail) by itself, once; a
 * reminder whose transaction rolls back sends nothing.
 */
@DatabaseIntegrationTest
class MailOnQueueIT {

	static final String PLAN = "IT-MAIL-ONQUEUE";

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	DirectoryImportService directory;

	@Autowired
	PlanQueries planQueries;

	@Autowired
	PlanImportService planImport;

	@Autowired
	PlanLifecycle lifecycle;

	@Autowired
	TaskProgress progress;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	OutboxStore store;

	@Autowired
	Scheduler scheduler;

	@Autowired
	TestClock clock;

	@Autowired
	DispatchWake wake;

	long task;

	@BeforeEach
	void setUp() throws SchedulerException {
		// only the send on commit may send here
		scheduler.pauseTrigger(ReminderJobs.DISPATCH_TRIGGER);
		wake.sendOnQueue(true);
		MailFixtures.loadDemoDirectory(directory);
		MailFixtures.activePlan(PLAN, LocalDate.now(clock), planQueries, planImport, lifecycle);
		task = progress.task(PLAN, "1").orElseThrow().id();
	}

	@AfterEach
	void tearDown() throws SchedulerException {
		wake.sendOnQueue(false);
		scheduler.resumeTrigger(ReminderJobs.DISPATCH_TRIGGER);
	}

	@Test
	void shouldSendAnEscalationAsSoonAsItsTransactionCommitsOnceToEachPerson() throws Exception {
		LocalDate due = LocalDate.of(2031, 3, 31);
		// rolled back: queued in that transaction, then gone, and never sent
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(new TaskOverdue(task, 0, due, "task-onqueue-rolled-back", List.of("hai.vp"), 2));
			status.setRollbackOnly();
		});
		new TransactionTemplate(transactions).executeWithoutResult(status -> events
			.publishEvent(new TaskOverdue(task, 0, due, "task-onqueue", List.of("hai.vp", "lan.vhxh"), 1)));
		OutboxEntry hai = store.findByKey("task-overdue:" + task + ":0:1:hai.vp").orElseThrow();
		OutboxEntry lan = store.findByKey("task-overdue:" + task + ":0:1:lan.vhxh").orElseThrow();

		await("the escalation reaches the mail server").atMost(Duration.ofSeconds(30))
			.until(() -> MailFixtures.received(greenMail, Set.of(hai.id(), lan.id())).size() == 2);

		List<MimeMessage> mail = MailFixtures.received(greenMail, Set.of(hai.id(), lan.id()));
		assertThat(mail).extracting(m -> ((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress())
			.containsExactlyInAnyOrder("hai.vp@demo.parflow.vn", "lan.vhxh@demo.parflow.vn");
		assertThat(store.find(hai.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
		assertThat(store.find(lan.id()).orElseThrow().attempts()).as("sent once").isEqualTo(1);
		assertThat(store.findByKey("task-overdue:" + task + ":0:2:hai.vp")).as("the rolled-back one").isEmpty();
	}

}
