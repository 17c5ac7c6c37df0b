package vn.parflow.reminder;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.directory.PersonPreferences;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.Fixtures;
import vn.parflow.system.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily digest from Camunda's task lists: a person's own and their units' open tasks, overdue and due within a
 * week, once a day; nothing for a person with nothing due, nothing for one who switched it off.
 */
@DatabaseIntegrationTest
class DailyDigestIT {

	/** 10/01/2024 09:00 in Vietnam: no plan task is due before it, so only this test's tasks are listed. */
	static final Instant MORNING = Instant.parse("2024-01-10T02:00:00Z");

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	DirectoryImportService directory;

	@Autowired
	DailyDigest digest;

	@Autowired
	PersonPreferences preferences;

	@Autowired
	TaskService tasks;

	@Autowired
	OutboxStore store;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	Scheduler scheduler;

	@Autowired
	TestClock clock;

	@Autowired
	TestRestTemplate http;

	final ObjectMapper json = new ObjectMapper();

	final List<String> created = new ArrayList<>();

	@BeforeEach
	void setUp() throws IOException, SchedulerException {
		scheduler.pauseTrigger(ReminderJobs.DISPATCH_TRIGGER);
		Fixtures.demoDirectory(directory);
		clock.moveTo(MORNING);
	}

	@AfterEach
	void tearDown() throws SchedulerException {
		created.forEach(id -> tasks.deleteTask(id, true));
		clock.reset();
		preferences.setDailyDigest("tuan.vhxh", true);
		scheduler.resumeTrigger(ReminderJobs.DISPATCH_TRIGGER);
	}

	@Test
	void shouldMailAPersonTheirOverdueAndSoonDueTasksOnceADay() throws Exception {
		task("Nộp báo cáo thử nghiệm thư tổng hợp", "trang.vhxh", null, MORNING.plus(Duration.ofDays(3)));
		task("Góp ý dự thảo quy chế thử nghiệm", null, "unit-vhxh", MORNING.minus(Duration.ofDays(2)));
		task("Việc xa chưa đến kỳ", "trang.vhxh", null, MORNING.plus(Duration.ofDays(20)));

		assertThat(digest.sendTo("trang.vhxh")).isTrue();
		assertThat(digest.sendTo("trang.vhxh")).as("once a day").isFalse();

		OutboxEntry queued = store.findByKey("digest:2024-01-10:trang.vhxh").orElseThrow();
		assertThat(queued.kind()).isEqualTo(MailKind.DIGEST);
		dispatcher.dispatchNow();
		List<MimeMessage> mail = MailFixtures.received(greenMail, Set.of(queued.id()));
		assertThat(mail).hasSize(1);
		assertThat(mail.get(0).getSubject())
			.isEqualTo("[Parflow] Việc cần làm ngày 10/01/2024: 1 việc sắp đến hạn, 1 việc quá hạn");
		String text = MailFixtures.part(mail.get(0), "text/plain");
		assertThat(text).startsWith("Kính gửi Hoàng Thị Thu Trang,")
			.contains("- Góp ý dự thảo quy chế thử nghiệm\n  Hạn 08/01/2024, quá hạn 2 ngày")
			.contains("- Nộp báo cáo thử nghiệm thư tổng hợp\n  Hạn 13/01/2024, còn 3 ngày")
			.contains("/camunda/app/tasklist/default/#/?task=" + created.get(0))
			.doesNotContain("Việc xa chưa đến kỳ");
		assertThat(text.indexOf("QUÁ HẠN")).isLessThan(text.indexOf("ĐẾN HẠN TRONG 7 NGÀY TỚI"));
	}

	@Test
	void shouldSendNothingToAPersonWithNothingDue() {
		assertThat(digest.sendTo("mai.vp")).isFalse();
		assertThat(store.exists("digest:2024-01-10:mai.vp")).isFalse();
	}

	@Test
	void shouldSendNoDigestToAPersonWhoSwitchedItOff() throws Exception {
		task("Việc của người đã tắt thư tổng hợp", "tuan.vhxh", null, MORNING.plus(Duration.ofDays(1)));

		ResponseEntity<String> off = put("tuan.vhxh", "{\"enabled\": false}");

		assertThat(off.getStatusCode()).as(off.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(json.readTree(off.getBody()).get("enabled").asBoolean()).isFalse();
		JsonNode now = json.readTree(http.withBasicAuth("tuan.vhxh", "demo").getForObject("/api/me/digest", String.class));
		assertThat(now.get("enabled").asBoolean()).isFalse();
		assertThat(digest.sendTo("tuan.vhxh")).isFalse();
		digest.send();
		assertThat(store.exists("digest:2024-01-10:tuan.vhxh")).isFalse();

		ResponseEntity<String> on = put("tuan.vhxh", "{\"enabled\": true}");
		assertThat(json.readTree(on.getBody()).get("enabled").asBoolean()).isTrue();
		assertThat(digest.sendTo("tuan.vhxh")).isTrue();
	}

	@Test
	void shouldExplainInVietnameseWhatTheDigestSettingNeeds() throws Exception {
		ResponseEntity<String> empty = put("tuan.vhxh", "{}");

		assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json.readTree(empty.getBody()).get("detail").asText()).isEqualTo(
				"Hãy gửi {\"enabled\": true} để nhận hoặc {\"enabled\": false} để thôi nhận thư tổng hợp hằng ngày.");
	}

	private ResponseEntity<String> put(String username, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.withBasicAuth(username, "demo")
			.exchange("/api/me/digest", HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
	}

	private void task(String name, String assignee, String group, Instant due) {
		Task task = tasks.newTask();
		task.setName(name);
		task.setAssignee(assignee);
		task.setDueDate(Date.from(due));
		tasks.saveTask(task);
		if (group != null) {
			tasks.addCandidateGroup(task.getId(), group);
		}
		created.add(task.getId());
	}

}
