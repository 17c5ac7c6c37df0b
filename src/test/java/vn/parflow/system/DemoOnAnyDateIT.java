package vn.parflow.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.plan.PlanImportReport;
import vn.parflow.plan.PlanImportService;
import vn.parflow.plan.PlanImportService.ImportRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's walk-through on a server whose clock is two years past today: the demo plan (Việt Khê, 6 tháng cuối
 * năm 2025) as the demo profile loads it at first start (moved to a year in which it runs), and the plan as shipped,
 * whose whole period is then past. Neither gives a 500: the moved plan activates at once; the past one asks for
 * confirmation and, confirmed, starts its tasks overdue, escalated at once, with the due dates the plan wrote.
 */
@DatabaseIntegrationTest
class DemoOnAnyDateIT {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	TestRestTemplate http;

	@Autowired
	DirectoryImportService directory;

	@Autowired
	PlanImportService plans;

	@Autowired
	TestClock clock;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Scheduler quartz;

	@Autowired
	ManagementService management;

	final ObjectMapper json = new ObjectMapper();

	/** 09:00 two years after today's date. */
	final LocalDateTime later = LocalDate.now(ZONE).plusYears(2).atTime(9, 0);

	@BeforeEach
	void loadDemoDirectory() throws IOException {
		Fixtures.demoDirectory(directory);
		// DirectoryImportIT adds an office without people to the shared database; "Các phòng, ban, đơn vị có liên
		// quan" (every active office) would then ask it for input, and the demo plan could not be activated
		directory.importDirectory("it-demo-only.yaml", new java.io.ByteArrayInputStream("""
				units:
				  - {code: tckh, name: Phòng Tài chính – Kế hoạch, kind: UNIT, active: false}
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	@AfterEach
	void removeProcessesAndRealTime() {
		Fixtures.endProcesses(runtime, quartz, "IT-DEMO-%");
		clock.reset();
	}

	@Test
	void shouldRunTheMovedDemoPlanTwoYearsLaterWithoutConfirmation() throws IOException {
		clock.moveTo(instant(later));
		LocalDate today = later.toLocalDate();
		byte[] demo = DemoPlanDates.forToday(Files.readAllBytes(Path.of("config/plans/viet-khe-2025-h2.yaml")), today);
		PlanImportReport imported = plans.importPlan(new ImportRequest("viet-khe-2025-h2.yaml", demo, "IT-DEMO-MOVED",
				false, false, "demo"));
		assertThat(imported.stored()).as(imported.toString()).isTrue();
		assertThat(imported.periodEnd()).isAfterOrEqualTo(today);
		assertThat(imported.periodEnd()).isBefore(today.plusYears(1));
		assertThat(imported.title()).endsWith("6 tháng cuối năm " + imported.periodEnd().getYear());
		assertThat(imported.taskCount()).isEqualTo(45);

		ResponseEntity<String> activated = post("admin", "/api/plans/IT-DEMO-MOVED/activate", Map.of());
		assertThat(activated.getStatusCode()).as(activated.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(json.readTree(activated.getBody()).get("started").asInt()).isEqualTo(45);

		// the README's first step: the head of the Trung tâm phục vụ hành chính công assigns task 20
		JsonNode submit = assignTask20("IT-DEMO-MOVED");
		LocalDate firstDue = LocalDate.of(imported.periodEnd().getYear(), 9, 30);
		assertThat(due(submit)).isEqualTo(firstDue.atTime(23, 59, 59));
	}

	@Test
	void shouldAskBeforeActivatingAPlanWhosePeriodIsOverThenStartItsTasksOverdue() throws IOException {
		clock.moveTo(instant(later));
		Fixtures.demoPlan(plans, "IT-DEMO-PAST");

		ResponseEntity<String> refused = post("admin", "/api/plans/IT-DEMO-PAST/activate", Map.of());
		assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.CONFLICT);
		JsonNode why = json.readTree(refused.getBody());
		assertThat(why.get("needsConfirmation").asBoolean()).isTrue();
		assertThat(why.get("message").asText()).contains("01/07/2025 – 31/12/2025", "đã kết thúc",
				"confirmPast=true", DAY.format(later.toLocalDate()));
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("IT-DEMO-PAST/%").count())
			.as("nothing started").isZero();

		ResponseEntity<String> confirmed = post("admin", "/api/plans/IT-DEMO-PAST/activate?confirmPast=true", Map.of());
		assertThat(confirmed.getStatusCode()).as(confirmed.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(json.readTree(confirmed.getBody()).get("started").asInt()).isEqualTo(45);

		JsonNode submit = assignTask20("IT-DEMO-PAST");
		assertThat(due(submit)).as("the due date as written").isEqualTo(LocalDate.of(2025, 9, 30).atTime(23, 59, 59));
		Job overdue = management.createJobQuery().processInstanceId(submit.get("processInstanceId").asText())
			.activityId("BoundaryEvent_Overdue").singleResult();
		assertThat(overdue.getDuedate().toInstant()).as("escalated at once")
			.isEqualTo(instant(later.plusMinutes(1)));
		clock.moveTo(instant(later.plusMinutes(2)));
		Fixtures.runDueJob(management, overdue.getId());
		String history = get("admin", "/api/plans/IT-DEMO-PAST/tasks/20/history").getBody();
		assertThat(history).contains("\"kind\":\"OVERDUE\"");
		assertThat(json.readTree(get("admin", "/api/plans/IT-DEMO-PAST/tasks").getBody()).toString())
			.doesNotContain("duedate is null");
	}

	/** Task 20's head assigns it to long.hcc through the engine's REST API; its first submission task. */
	private JsonNode assignTask20(String code) throws IOException {
		String key = code + "/20";
		JsonNode assign = single(get("anh.hcc", "/engine-rest/task?processInstanceBusinessKey=" + key));
		assertThat(assign.get("taskDefinitionKey").asText()).isEqualTo("Task_AssignOfficer");
		ResponseEntity<String> claimed = post("anh.hcc", "/engine-rest/task/" + assign.get("id").asText() + "/claim",
				Map.of("userId", "anh.hcc"));
		assertThat(claimed.getStatusCode().is2xxSuccessful()).as(claimed.getBody()).isTrue();
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("officer", Map.of("value", "long.hcc"));
		ResponseEntity<String> submitted = post("anh.hcc",
				"/engine-rest/task/" + assign.get("id").asText() + "/submit-form", Map.of("variables", variables));
		assertThat(submitted.getStatusCode().is2xxSuccessful()).as(submitted.getBody()).isTrue();
		JsonNode submit = single(get("long.hcc", "/engine-rest/task?assignee=long.hcc&processInstanceBusinessKey=" + key));
		assertThat(submit.get("taskDefinitionKey").asText()).isEqualTo("Task_SubmitDeliverable");
		return submit;
	}

	private LocalDateTime due(JsonNode task) {
		return java.time.OffsetDateTime.parse(task.get("due").asText(),
				DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).atZoneSameInstant(ZONE).toLocalDateTime();
	}

	private JsonNode single(ResponseEntity<String> response) throws IOException {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
		JsonNode list = json.readTree(response.getBody());
		assertThat(list).as(response.getBody()).hasSize(1);
		return list.get(0);
	}

	private ResponseEntity<String> get(String user, String path) {
		return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
	}

	private ResponseEntity<String> post(String user, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
				String.class);
	}

	private static Instant instant(LocalDateTime time) {
		return time.atZone(ZONE).toInstant();
	}

}
