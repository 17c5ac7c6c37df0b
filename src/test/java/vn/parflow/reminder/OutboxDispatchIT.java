package vn.parflow.reminder;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.plan.PlanImportService;
import vn.parflow.plan.PlanLifecycle;
import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.TaskProgress;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.Fixtures;
import vn.parflow.system.TestClock;
import vn.parflow.workflow.TaskOverdue;
import vn.parflow.workflow.TaskReminderDue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox against a real database and a real SMTP server (GreenMail on 127.0.0.1:3025, where the it profile
 * sends mail): a reminder raised by the workflow becomes one mail per person, in Vietnamese, whatever re-runs; mail
 * waits while the SMTP server is down and goes out once when it is back; mail goes out by itself once the
 * transaction that queued it commits.
 */
@DatabaseIntegrationTest
class OutboxDispatchIT {

	static final String PLAN = "IT-MAIL-OUTBOX";

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
	MailDispatcher dispatcher;

	@Autowired
	Scheduler scheduler;

	@Autowired
	TestClock clock;

	@Autowired
	DispatchWake wake;

	@Autowired
	TestRestTemplate http;

	final ObjectMapper json = new ObjectMapper();

	long task1;

	long task2;

	@BeforeEach
	void setUp() throws IOException, SchedulerException {
		// the tests send the outbox themselves; the every-minute dispatcher would race them for the same rows
		scheduler.pauseTrigger(ReminderJobs.DISPATCH_TRIGGER);
		Fixtures.demoDirectory(directory);
		MailFixtures.activePlan(PLAN, LocalDate.now(clock), planQueries, planImport, lifecycle);
		task1 = progress.task(PLAN, "1").orElseThrow().id();
		task2 = progress.task(PLAN, "2").orElseThrow().id();
	}

	@AfterEach
	void tearDown() throws SchedulerException {
		clock.reset();
		scheduler.resumeTrigger(ReminderJobs.DISPATCH_TRIGGER);
	}

	@Test
	void shouldMailEachRecipientOnceInVietnameseWhenATaskReminderIsDueEvenWhenItsTimerRunsTwice() throws Exception {
		LocalDate due = LocalDate.of(2031, 12, 9);
		TaskReminderDue reminder = new TaskReminderDue(task1, 0, due, "task-it-reminder",
				List.of("tuan.vhxh", "lan.vhxh", "tuan.vhxh"), 7);

		inTransaction(() -> events.publishEvent(reminder));
		inTransaction(() -> events.publishEvent(reminder));

		OutboxEntry tuan = store.findByKey("task-reminder:" + task1 + ":0:7:tuan.vhxh").orElseThrow();
		OutboxEntry lan = store.findByKey("task-reminder:" + task1 + ":0:7:lan.vhxh").orElseThrow();
		assertThat(List.of(tuan.status(), lan.status())).containsOnly(OutboxStatus.QUEUED);

		dispatcher.dispatchNow();
		dispatcher.dispatchNow();

		List<MimeMessage> mail = MailFixtures.received(greenMail, Set.of(tuan.id(), lan.id()));
		assertThat(mail).hasSize(2);
		assertThat(mail.stream().map(m -> recipient(m)))
			.containsExactlyInAnyOrder("tuan.vhxh@demo.parflow.vn", "lan.vhxh@demo.parflow.vn");
		String subject = "[Parflow] Nhắc việc: nhiệm vụ 1 «Kiểm tra thư nhắc việc của Parflow» đến hạn ngày "
				+ "09/12/2031 (còn 7 ngày)";
		for (MimeMessage message : mail) {
			assertThat(message.getSubject()).isEqualTo(subject);
			assertThat(message.getHeader("Subject")[0]).as("encoded for any mail client").startsWith("=?UTF-8?");
			assertThat(MailFixtures.part(message, "text/plain")).contains("Kính gửi ")
				.contains("Đơn vị chủ trì:  Phòng Văn hóa – Xã hội")
				.contains("/camunda/app/tasklist/default/#/?task=task-it-reminder");
			assertThat(MailFixtures.part(message, "text/html")).contains("Mở nhiệm vụ trong Tasklist")
				.contains("href=\"http://localhost:");
		}
		MimeMessage toTuan = mail.stream()
			.filter(m -> recipient(m).startsWith("tuan"))
			.findFirst()
			.orElseThrow();
		assertThat(((InternetAddress) toTuan.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
			.isEqualTo("Phạm Minh Tuấn");
		assertThat(MailFixtures.part(toTuan, "text/plain")).startsWith("Kính gửi Phạm Minh Tuấn,");
		OutboxEntry sent = store.find(tuan.id()).orElseThrow();
		assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(1);
		assertThat(sent.sentAt()).isNotNull();
	}

	/**
	 * As in production ({@code parflow.outbox.send-on-queue}; the other tests here send the outbox themselves, so the
	 * shared test application runs with it off): with the every-minute dispatcher paused, an escalation reaches the
	 * SMTP server by itself once its transaction commits, once to each person; one rolled back never does.
	 */
	@Test
	void shouldSendAnEscalationAsSoonAsItsTransactionCommitsOnceToEachPerson() throws Exception {
		LocalDate due = LocalDate.of(2031, 3, 31);
		wake.sendOnQueue(true);
		try {
			new TransactionTemplate(transactions).executeWithoutResult(status -> {
				events.publishEvent(new TaskOverdue(task1, 0, due, "task-onqueue-rolled-back", List.of("hai.vp"), 6));
				status.setRollbackOnly();
			});
			inTransaction(() -> events
				.publishEvent(new TaskOverdue(task1, 0, due, "task-onqueue", List.of("hai.vp", "lan.vhxh"), 5)));
			OutboxEntry hai = store.findByKey("task-overdue:" + task1 + ":0:5:hai.vp").orElseThrow();
			OutboxEntry lan = store.findByKey("task-overdue:" + task1 + ":0:5:lan.vhxh").orElseThrow();

			// a round's outcomes are recorded once the server has taken the whole round: wait for both
			await("the escalation reaches the mail server and is recorded as sent").atMost(Duration.ofSeconds(30))
				.until(() -> MailFixtures.received(greenMail, Set.of(hai.id(), lan.id())).size() == 2
						&& store.find(lan.id()).orElseThrow().status() == OutboxStatus.SENT
						&& store.find(hai.id()).orElseThrow().status() == OutboxStatus.SENT);

			assertThat(MailFixtures.received(greenMail, Set.of(hai.id(), lan.id()))).extracting(this::recipient)
				.containsExactlyInAnyOrder("hai.vp@demo.parflow.vn", "lan.vhxh@demo.parflow.vn");
			assertThat(store.find(hai.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
			assertThat(store.find(lan.id()).orElseThrow().attempts()).as("sent once").isEqualTo(1);
			assertThat(store.findByKey("task-overdue:" + task1 + ":0:6:hai.vp")).as("the rolled-back one").isEmpty();
		}
		finally {
			wake.sendOnQueue(false);
		}
	}

	@Test
	void shouldWriteNoMailWhenTheTransactionThatRaisedTheReminderRollsBack() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(new TaskReminderDue(task2, 0, LocalDate.of(2031, 6, 30), "task-it-rolled-back",
					List.of("hai.vp"), 3));
			assertThat(store.exists("task-reminder:" + task2 + ":0:3:hai.vp")).as("written in that transaction")
				.isTrue();
			status.setRollbackOnly();
		});

		assertThat(store.exists("task-reminder:" + task2 + ":0:3:hai.vp")).isFalse();
	}

	@Test
	void shouldEscalateAnOverdueTaskOncePerWeekOverdue() throws Exception {
		LocalDate due = LocalDate.of(2031, 3, 31);
		inTransaction(() -> events.publishEvent(new TaskOverdue(task2, 0, due, "task-it-overdue", List.of("hai.vp"), 1)));
		inTransaction(() -> events.publishEvent(new TaskOverdue(task2, 0, due, "task-it-overdue", List.of("hai.vp"), 1)));
		inTransaction(() -> events.publishEvent(new TaskOverdue(task2, 0, due, "task-it-overdue", List.of("hai.vp"), 2)));

		OutboxEntry first = store.findByKey("task-overdue:" + task2 + ":0:1:hai.vp").orElseThrow();
		OutboxEntry second = store.findByKey("task-overdue:" + task2 + ":0:2:hai.vp").orElseThrow();
		dispatcher.dispatchNow();

		List<MimeMessage> mail = MailFixtures.received(greenMail, Set.of(first.id(), second.id()));
		assertThat(mail.stream().map(this::subject)).containsExactlyInAnyOrder(
				"[Parflow] Quá hạn: nhiệm vụ 2 «Tổng hợp ý kiến về thư nhắc việc» hết hạn ngày 31/03/2031, đã quá hạn 1 tuần",
				"[Parflow] Quá hạn: nhiệm vụ 2 «Tổng hợp ý kiến về thư nhắc việc» hết hạn ngày 31/03/2031, đã quá hạn 2 tuần");
	}

	@Test
	void shouldKeepMailQueuedWhileTheMailServerIsDownAndDeliverItOnceWhenItIsBack() throws Exception {
		greenMail.stop();
		inTransaction(() -> events.publishEvent(new TaskReminderDue(task2, 0, LocalDate.of(2031, 6, 30),
				"task-it-outage", List.of("mai.vp"), 1)));
		long id = store.findByKey("task-reminder:" + task2 + ":0:1:mai.vp").orElseThrow().id();
		Instant failedAt = clock.instant();

		dispatcher.dispatchNow();

		OutboxEntry waiting = store.find(id).orElseThrow();
		assertThat(waiting.status()).isEqualTo(OutboxStatus.QUEUED);
		assertThat(waiting.attempts()).isEqualTo(1);
		assertThat(waiting.lastError()).isNotBlank();
		assertThat(waiting.nextAttemptAt()).as("tried again after the first back-off, one minute")
			.isBetween(failedAt.plusSeconds(59), clock.instant().plusSeconds(61));

		greenMail.start();
		dispatcher.dispatchNow();
		assertThat(store.find(id).orElseThrow().status()).as("the back-off is respected").isEqualTo(OutboxStatus.QUEUED);
		assertThat(MailFixtures.received(greenMail, Set.of(id))).isEmpty();

		clock.moveTo(clock.instant().plus(Duration.ofMinutes(2)));
		dispatcher.dispatchNow();
		dispatcher.dispatchNow();

		OutboxEntry sent = store.find(id).orElseThrow();
		assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(2);
		List<MimeMessage> mail = MailFixtures.received(greenMail, Set.of(id));
		assertThat(mail).hasSize(1);
		assertThat(mail.get(0).getSubject()).isEqualTo("[Parflow] Nhắc việc: nhiệm vụ 2 «Tổng hợp ý kiến về thư nhắc "
				+ "việc» đến hạn ngày 30/06/2031 (còn 1 ngày)");
	}

	@Test
	void shouldShowAdministratorsTheOutboxNewestFirst() throws Exception {
		inTransaction(() -> events.publishEvent(new TaskReminderDue(task1, 0, LocalDate.of(2031, 1, 15),
				"task-it-api", List.of("trang.vhxh"), 3)));
		long id = store.findByKey("task-reminder:" + task1 + ":0:3:trang.vhxh").orElseThrow().id();

		ResponseEntity<String> queued = http.withBasicAuth("admin", "demo")
			.getForEntity("/api/outbox?status=QUEUED&size=200", String.class);

		assertThat(queued.getStatusCode()).as(queued.getBody()).isEqualTo(HttpStatus.OK);
		JsonNode page = json.readTree(queued.getBody());
		assertThat(page.get("total").asLong()).isPositive();
		assertThat(page.get("smtpConfigured").asBoolean()).isTrue();
		List<JsonNode> items = java.util.stream.StreamSupport.stream(page.get("items").spliterator(), false).toList();
		assertThat(items).allSatisfy(item -> assertThat(item.get("status").asText()).isEqualTo("QUEUED"));
		assertThat(items.stream().map(item -> item.get("createdAt").asText()).map(Instant::parse).toList())
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		JsonNode mine = items.stream().filter(item -> item.get("id").asLong() == id).findFirst().orElseThrow();
		assertThat(mine.get("recipientUsername").asText()).isEqualTo("trang.vhxh");
		assertThat(mine.get("subject").asText()).startsWith("[Parflow] Nhắc việc: nhiệm vụ 1 «");
		assertThat(mine.get("textBody").isNull()).as("bodies only when one mail is read").isTrue();

		JsonNode one = json.readTree(http.withBasicAuth("admin", "demo").getForObject("/api/outbox/" + id, String.class));
		assertThat(one.get("textBody").asText()).contains("Kính gửi Hoàng Thị Thu Trang,");

		ResponseEntity<String> wrong = http.withBasicAuth("admin", "demo")
			.getForEntity("/api/outbox?status=LOST", String.class);
		assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json.readTree(wrong.getBody()).get("detail").asText())
			.isEqualTo("Trạng thái “LOST” không có: chọn QUEUED, SENDING, SENT hoặc FAILED.");
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
	}

	private String recipient(MimeMessage message) {
		try {
			return ((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
