package vn.parflow.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.plan.PlanImportReport;
import vn.parflow.plan.PlanImportService.ImportRequest;
import vn.parflow.plan.PlanImportService;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.Fixtures;
import vn.parflow.system.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 000 (Việt Khê, 45 tasks) activated on a real database (H2 and MariaDB): one process per task waiting where
 * its task starts, for the right people; then one task driven through the engine's REST API as the Tasklist drives
 * it, every deadline submitted and approved, until it is DONE, its history tells who did what, and the plan's
 * progress counts it. A model deployed through the REST API runs the tasks activated afterwards; running ones keep
 * their version.
 */
@DatabaseIntegrationTest
class WorkflowIT {

	static final String CODE = "IT-WF-VK";

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

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
	RepositoryService repository;

	@Autowired
	TaskService tasks;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void loadDemoDirectory() throws IOException {
		Fixtures.demoDirectory(directory);
	}

	/**
	 * Ends this test's processes before real time returns, so that their timers do not fire in later tests: with the
	 * clock back where the test started no timer of theirs is due; a job the executor is still running meanwhile only
	 * delays the removal.
	 */
	@AfterEach
	void removeProcessesAndRealTime() {
		clock.moveTo(at(2025, 7, 1, 9));
		Fixtures.endProcesses(runtime, quartz, "IT-WF-%");
		clock.reset();
	}

	@Test
	void shouldActivateSeed000AndDriveOneTaskThroughTheEngineRestApiToDone() throws IOException {
		clock.moveTo(at(2025, 7, 1, 9));
		Fixtures.demoPlan(plans, CODE);

		// activation: one process per task, in one go; a second activation starts nothing
		ResponseEntity<String> activated = post("admin", "/api/plans/" + CODE + "/activate", Map.of());
		assertThat(activated.getStatusCode()).as(activated.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(json.readTree(activated.getBody()).get("started").asInt()).isEqualTo(45);
		assertThat(json.readTree(activated.getBody()).get("alreadyRunning").asInt()).isZero();
		assertThat(json.readTree(post("admin", "/api/plans/" + CODE + "/activate", Map.of()).getBody()).get("started")
			.asInt()).isZero();
		assertThat(post("admin", "/api/plans/IT-WF-NONE/activate", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		JsonNode planTasks = json.readTree(get("admin", "/api/plans/" + CODE + "/tasks").getBody());
		assertThat(planTasks).hasSize(45);
		for (JsonNode task : planTasks) {
			String number = task.get("number").asText();
			List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(CODE + "/" + number).list();
			assertThat(open).as("task %s", number).hasSize(1);
			if ("UNRESOLVED".equals(task.get("schedule").get("kind").asText())) {
				assertThat(open.get(0).getTaskDefinitionKey()).isEqualTo(PlanTaskProcess.SET_DEADLINE);
				assertThat(candidateGroups(open.get(0))).containsExactlyInAnyOrder("unit-heads-vhxh", "plan-admins");
			}
			else {
				// every lead unit of the demo plan has two officers: its head chooses
				assertThat(open.get(0).getTaskDefinitionKey()).as("task %s", number)
					.isEqualTo(PlanTaskProcess.ASSIGN_OFFICER);
				assertThat(candidateGroups(open.get(0)))
					.containsExactly("unit-heads-" + task.get("lead").get("code").asText());
			}
		}

		// task 13 (Văn phòng, "Quý III năm 2025"): each coordinating unit gets its input task, due 3 days before
		Task assign13 = tasks.createTaskQuery().processInstanceBusinessKey(CODE + "/13").singleResult();
		tasks.complete(assign13.getId(), Map.of(PlanTaskProcess.OFFICER, "mai.vp"));
		List<Task> inputs = tasks.createTaskQuery().processInstanceBusinessKey(CODE + "/13")
			.taskDefinitionKey(PlanTaskProcess.PROVIDE_INPUT).list();
		Set<String> inputGroups = new HashSet<>();
		inputs.forEach(input -> inputGroups.addAll(candidateGroups(input)));
		// "Các phòng, ban, đơn vị có liên quan" = every office of the directory (not the officer posts), the lead aside
		assertThat(inputGroups).hasSize(10).doesNotContain("unit-vp", "unit-tuphap").contains("unit-vhxh", "unit-hcc",
				"unit-tyt");
		assertThat(inputs).allSatisfy(input -> assertThat(input.getDueDate().toInstant())
			.isEqualTo(LocalDate.of(2025, 9, 27).atTime(23, 59, 59).atZone(ZONE).toInstant()));
		// (ended here, so that its input reminders do not fire in the background once the clock moves on)
		runtime.deleteProcessInstance(inputs.get(0).getProcessInstanceId(), "checked", true, true);

		// task 20 (Trung tâm HCC, "Kết hợp báo cáo công tác KSTTHC quý, năm": Quý III 30/09, Năm 31/12), as the Tasklist does it
		String key = CODE + "/20";
		JsonNode assign = single(get("anh.hcc", "/engine-rest/task?processInstanceBusinessKey=" + key));
		assertThat(assign.get("taskDefinitionKey").asText()).isEqualTo(PlanTaskProcess.ASSIGN_OFFICER);
		claimAndSubmit("anh.hcc", assign, Map.of("officer", "long.hcc"));

		JsonNode first = single(get("long.hcc", "/engine-rest/task?assignee=long.hcc&processInstanceBusinessKey=" + key));
		assertThat(first.get("taskDefinitionKey").asText()).isEqualTo(PlanTaskProcess.SUBMIT_DELIVERABLE);
		assertThat(due(first)).isEqualTo(LocalDate.of(2025, 9, 30).atTime(23, 59, 59));
		JsonNode form = json.readTree(get("long.hcc", "/engine-rest/task/" + first.get("id").asText() + "/form-variables")
			.getBody());
		assertThat(form.get("viewSummary").get("value").asText()).contains("Nhiệm vụ 20", "Trung tâm phục vụ hành chính công");
		// (moments when none of this task's own timers is due: the job executor does not touch its process meanwhile)
		clock.moveTo(at(2025, 9, 20, 10));
		submit("long.hcc", first, Map.of("documentNumber", "45/BC-UBND", "documentDate", "2025-09-20", "documentLink",
				"https://vietkhe.example.vn/van-ban/45"));
		approve(key);
		assertThat(task(planTasks(), "20").get("status").asText()).isEqualTo("IN_PROGRESS");

		JsonNode second = single(get("long.hcc", "/engine-rest/task?assignee=long.hcc&processInstanceBusinessKey=" + key));
		assertThat(due(second)).isEqualTo(LocalDate.of(2025, 12, 31).atTime(23, 59, 59));
		clock.moveTo(at(2025, 12, 20, 10));
		submit("long.hcc", second, Map.of("documentNumber", "98/BC-UBND", "documentDate", "2025-12-20", "documentLink",
				"https://vietkhe.example.vn/van-ban/98"));
		JsonNode before = progress();
		approve(key);
		JsonNode after = progress();

		JsonNode done = task(planTasks(), "20");
		assertThat(done.get("status").asText()).isEqualTo("DONE");
		assertThat(done.get("officer").asText()).isEqualTo("long.hcc");
		assertThat(done.get("deadlines")).extracting(d -> d.get("onTime").asBoolean()).containsExactly(true, true);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();

		assertThat(after.get("total").get("doneOnTime").asInt()).isEqualTo(before.get("total").get("doneOnTime").asInt() + 1);
		assertThat(after.get("total").get("openInTime").asInt()).isEqualTo(before.get("total").get("openInTime").asInt() - 1);
		assertThat(unitRow(after, "hcc").get("doneOnTime").asInt()).isEqualTo(unitRow(before, "hcc").get("doneOnTime").asInt() + 1);

		JsonNode history = json.readTree(get("admin", "/api/plans/" + CODE + "/tasks/20/history").getBody());
		List<String> lines = new ArrayList<>();
		history.forEach(e -> lines.add(e.get("kind").asText() + " " + e.path("actor").asText("")));
		assertThat(lines).containsExactly("ACTIVATED ", "ASSIGNED anh.hcc", "SUBMITTED long.hcc", "APPROVED thang.ct",
				"SUBMITTED long.hcc", "APPROVED thang.ct", "DONE ");
		assertThat(history.get(3).get("deadlineLabel").asText()).isEqualTo("Quý III/2025");
		assertThat(history.get(1).get("actorName").asText()).isEqualTo("Đinh Thị Ngọc Ánh");
		assertThat(get("admin", "/api/plans/" + CODE + "/tasks/99/history").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldStartNewTasksOnAModelDeployedThroughTheRestApiWhileRunningOnesKeepTheirs() throws IOException {
		clock.moveTo(at(2025, 7, 1, 9));
		String before = startOneTask("IT-WF-V1");
		ProcessDefinition running = repository.getProcessDefinition(before);
		assertThat(repository.getDeploymentResourceNames(running.getDeploymentId()))
			.as("the archive names the model as the Modeler's file is named")
			.contains(PlanTaskProcess.RESOURCE);

		String changed = Files.readString(Path.of("processes", PlanTaskProcess.RESOURCE))
			.replace("<bpmn:documentation>Một quy trình cho mỗi nhiệm vụ",
					"<bpmn:documentation>(Bản sửa của quản trị viên) Một quy trình cho mỗi nhiệm vụ");
		MultiValueMap<String, Object> deployment = new LinkedMultiValueMap<>();
		deployment.add("deployment-name", "parflow");
		deployment.add("deploy-changed-only", "true");
		deployment.add("data", new ByteArrayResource(changed.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return PlanTaskProcess.RESOURCE;
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<String> deployed = http.withBasicAuth("admin", "demo").postForEntity(
				"/engine-rest/deployment/create", new HttpEntity<>(deployment, headers), String.class);
		assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);

		String after = startOneTask("IT-WF-V2");
		assertThat(repository.getProcessDefinition(after).getVersion()).isEqualTo(running.getVersion() + 1);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("IT-WF-V1/1").singleResult()
			.getProcessDefinitionId()).as("a running task keeps its version").isEqualTo(before);
	}

	/** Imports and activates a one-task plan; returns the process definition its task runs on. */
	private String startOneTask(String code) {
		PlanImportReport imported = plans.importPlan(new ImportRequest(code + ".yaml",
				OneTaskPlan.yaml(code, "Trung tâm dịch vụ sự nghiệp công xã"), code, false, false, "it"));
		assertThat(imported.stored()).as(imported.toString()).isTrue();
		assertThat(post("admin", "/api/plans/" + code + "/activate", Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code + "/1").singleResult()
			.getProcessDefinitionId();
	}

	// ---- the engine's REST API, as the Tasklist calls it

	private void approve(String businessKey) throws IOException {
		JsonNode review = single(get("thang.ct",
				"/engine-rest/task?candidateGroup=approvers&processInstanceBusinessKey=" + businessKey));
		assertThat(review.get("taskDefinitionKey").asText()).isEqualTo(PlanTaskProcess.APPROVE_DELIVERABLE);
		claimAndSubmit("thang.ct", review, Map.of("approved", true));
	}

	private void claimAndSubmit(String user, JsonNode task, Map<String, Object> values) {
		ResponseEntity<String> claimed = post(user, "/engine-rest/task/" + task.get("id").asText() + "/claim",
				Map.of("userId", user));
		assertThat(claimed.getStatusCode().is2xxSuccessful()).as(claimed.getBody()).isTrue();
		submit(user, task, values);
	}

	private void submit(String user, JsonNode task, Map<String, Object> values) {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		ResponseEntity<String> submitted = post(user, "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
				Map.of("variables", variables));
		assertThat(submitted.getStatusCode().is2xxSuccessful()).as(submitted.getBody()).isTrue();
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

	private JsonNode single(ResponseEntity<String> response) throws IOException {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
		JsonNode list = json.readTree(response.getBody());
		assertThat(list).as(response.getBody()).hasSize(1);
		return list.get(0);
	}

	private JsonNode planTasks() throws IOException {
		return json.readTree(get("admin", "/api/plans/" + CODE + "/tasks").getBody());
	}

	private JsonNode progress() throws IOException {
		ResponseEntity<String> response = get("admin", "/api/plans/" + CODE + "/progress");
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
		return json.readTree(response.getBody());
	}

	private static JsonNode task(JsonNode planTasks, String number) {
		for (JsonNode task : planTasks) {
			if (task.get("number").asText().equals(number)) {
				return task;
			}
		}
		throw new AssertionError("no task " + number);
	}

	private static JsonNode unitRow(JsonNode progress, String unitCode) {
		for (JsonNode row : progress.get("byUnit")) {
			if (row.get("unitCode").asText().equals(unitCode)) {
				return row.get("counts");
			}
		}
		throw new AssertionError("no unit " + unitCode + " in " + progress);
	}

	private List<String> candidateGroups(Task task) {
		return tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.map(IdentityLink::getGroupId)
			.toList();
	}

	private static LocalDateTime due(JsonNode task) {
		return OffsetDateTime.parse(task.get("due").asText(), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
			.atZoneSameInstant(ZONE)
			.toLocalDateTime();
	}

	private static java.time.Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(ZONE).toInstant();
	}

}
