package vn.parflow.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.plan.PlanImportService;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.EvaluationProbe;
import vn.parflow.system.Fixtures;
import vn.parflow.system.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The attacks of an ordinary officer (and of an administrator) on the running application, each checked by the
 * effect it must not have: an expression the engine would evaluate (a test bean counts every evaluation), sent in
 * every encoding Jackson reads and through every door (REST, the webapps' API, saved filters, Java); a coordinating
 * unit's officer rewriting the variables another unit's task trusts; the mail outbox and the health details.
 */
@DatabaseIntegrationTest
class EngineAttacksIT {

	static final String CODE = "IT-ATK-VK";

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String PROBE = "${evaluationProbe.hit()}";

	@LocalServerPort
	int port;

	@Autowired
	EvaluationProbe probe;

	@Autowired
	DirectoryImportService directory;

	@Autowired
	PlanImportService plans;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Scheduler quartz;

	@Autowired
	FilterService filters;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void loadDemoDirectory() throws IOException {
		Fixtures.demoDirectory(directory);
		probe.reset();
	}

	@AfterEach
	void removeProcessesAndRealTime() {
		clock.moveTo(at(2025, 7, 1, 9));
		Fixtures.endProcesses(runtime, quartz, "IT-ATK-%");
		clock.reset();
	}

	// ---- 1. expressions

	@Test
	void shouldEvaluateNoExpressionOfAClientInAnyEncodingThroughTheRestApiOrTheWebapps() {
		String body = "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}";
		String nested = "{\"orQueries\":[{\"name\":\"x\"},{\"candidateGroupExpression\":\"\\u0024{evaluationProbe.hit()}\"}]}";
		String hash = "{\"orQueries\":[{\"assigneeExpression\":\"#{evaluationProbe.hit()}\"}]}";
		for (String user : List.of("tuan.vhxh", "admin")) {
			Browser script = Browser.script(port, user, "demo");
			Browser webapp = Browser.loggedIn(port, user, "demo");
			for (String path : List.of("/engine-rest/task", "/engine-rest/task/count")) {
				expectRefused(script, path, body.getBytes(StandardCharsets.UTF_8), "application/json", 400);
				expectRefused(script, path, nested.getBytes(StandardCharsets.UTF_8), "application/json", 400);
				expectRefused(script, path, hash.getBytes(StandardCharsets.UTF_8), "application/json", 400);
				for (Charset charset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
						Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"))) {
					expectRefused(script, path, body.getBytes(charset), "application/json", 415);
					expectRefused(script, path, withBom(body, charset), "application/json", 415);
				}
				expectRefused(script, path, body.getBytes(StandardCharsets.UTF_16), "application/json; charset=UTF-16", 415);
				expectRefused(script, path, utf8Bom(body), "application/json", 400);
				expectRefused(script, path, gzip(body), "application/json", 415, "Content-Encoding", "gzip");
				expectRefused(script, path, body.getBytes(StandardCharsets.UTF_8), "application/vnd.x+json", 400);
			}
			String internal = "/camunda/api/engine/engine/default/task";
			expectRefused(webapp, internal, body.getBytes(StandardCharsets.UTF_16BE), "application/json", 415,
					"X-XSRF-TOKEN", webapp.csrfToken());
			expectRefused(webapp, internal, body.getBytes(StandardCharsets.UTF_8), "application/json", 400,
					"X-XSRF-TOKEN", webapp.csrfToken());
			HttpResponse<String> form = script.send(script.request("/engine-rest/task")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("assigneeExpression=%24%7BevaluationProbe.hit()%7D")));
			assertThat(form.statusCode()).isEqualTo(400);
			assertThat(script.get("/engine-rest/history/task?taskAssigneeExpression=%24%7BevaluationProbe.hit()%7D")
				.statusCode()).isEqualTo(400);
			expectRefused(script, "/engine-rest/history/task", body.getBytes(StandardCharsets.UTF_16LE),
					"application/json", 415);
		}
		assertThat(probe.hits()).as("no expression was evaluated").isZero();
		assertThat(Browser.script(port, "tuan.vhxh", "demo").postJson("/engine-rest/task", "{\"orQueries\":[{\"name\":"
				+ "\"Giao công chức thực hiện\"}]}").statusCode()).as("plain or-queries still work").isEqualTo(200);
	}

	@Test
	void shouldRefuseExpressionsInSavedAndExtendedFiltersThroughHttp() throws IOException {
		Browser admin = Browser.script(port, "admin", "demo");
		Browser tuan = Browser.script(port, "tuan.vhxh", "demo");
		String create = "{\"resourceType\":\"Task\",\"name\":\"Bẫy\",\"query\":{\"orQueries\":[{\"assigneeExpression\":\""
				+ PROBE + "\"}]}}";
		expectRefused(admin, "/engine-rest/filter/create", create.getBytes(StandardCharsets.UTF_8), "application/json", 400);
		expectRefused(admin, "/engine-rest/filter/create", create.getBytes(StandardCharsets.UTF_16BE), "application/json", 415);
		assertThat(filters.createFilterQuery().filterName("Bẫy").count()).isZero();

		String mine = filterId(TaskFilters.MINE);
		String extending = "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}";
		for (String action : List.of("list", "count")) {
			expectRefused(tuan, "/engine-rest/filter/" + mine + "/" + action, extending.getBytes(StandardCharsets.UTF_8),
					"application/json", 400);
			expectRefused(tuan, "/engine-rest/filter/" + mine + "/" + action,
					extending.getBytes(Charset.forName("UTF-32BE")), "application/json", 415);
		}
		HttpResponse<String> update = admin.send(admin.request("/engine-rest/filter/" + mine)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofByteArray(create.getBytes(StandardCharsets.UTF_16LE))));
		assertThat(update.statusCode()).isEqualTo(415);
		assertThat(probe.hits()).isZero();

		// Parflow's own filters still answer for the person looking at them
		HttpResponse<String> list = tuan.postJson("/engine-rest/filter/" + mine + "/list", "{}");
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
	}

	@Test
	void shouldHaveTheEngineItselfRefuseExpressionsInQueriesOrQueriesAndFiltersFromJava() {
		TaskQuery adhoc = tasks.createTaskQuery().or().taskAssigneeExpression(PROBE).endOr();
		assertThatThrownBy(adhoc::list).isInstanceOf(ProcessEngineException.class);
		assertThatThrownBy(() -> tasks.createTaskQuery().or().taskName("x").endOr().or()
			.taskCandidateGroupExpression(PROBE).endOr().count()).isInstanceOf(ProcessEngineException.class);
		assertThatThrownBy(() -> tasks.createTaskQuery().taskAssigneeExpression(PROBE).list())
			.isInstanceOf(ProcessEngineException.class);

		Filter trap = filters.newTaskFilter("Bẫy Java").setQuery(tasks.createTaskQuery().or()
			.taskAssigneeExpression(PROBE).endOr());
		filters.saveFilter(trap);
		try {
			assertThatThrownBy(() -> filters.list(trap.getId())).isInstanceOf(ProcessEngineException.class);
			assertThatThrownBy(() -> filters.count(trap.getId())).isInstanceOf(ProcessEngineException.class);
			String mine = filterId(TaskFilters.MINE);
			assertThatThrownBy(() -> filters.list(mine, tasks.createTaskQuery().taskOwnerExpression(PROBE)))
				.isInstanceOf(ProcessEngineException.class);
			assertThat(probe.hits()).as("no expression was evaluated").isZero();

			// the three expressions of Parflow's own filters, in a saved filter only
			identity.setAuthentication("tuan.vhxh", List.of("unit-vhxh"));
			try {
				assertThat(filters.count(mine)).isNotNull();
				assertThat(filters.count(filterId(TaskFilters.OVERDUE))).isNotNull();
			}
			finally {
				identity.clearAuthentication();
			}
			assertThatThrownBy(() -> tasks.createTaskQuery().or().taskAssigneeExpression("${currentUser()}").endOr()
				.list()).as("not even a harmless one in an ad-hoc query").isInstanceOf(ProcessEngineException.class);
		}
		finally {
			filters.deleteFilter(trap.getId());
		}
	}

	// ---- 2. variables a process trusts

	@Test
	void shouldNotLetACoordinatingUnitRewriteTheVariablesAnotherUnitsTaskTrusts() throws IOException {
		clock.moveTo(at(2025, 7, 1, 9));
		Fixtures.demoPlan(plans, CODE);
		Browser admin = Browser.script(port, "admin", "demo");
		HttpResponse<String> activated = admin.postJson("/api/plans/" + CODE + "/activate", "{}");
		assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);

		// task 1 (Phòng Văn hóa – Xã hội): the head gives it to tuan.vhxh; every office is asked for input
		String key = CODE + "/1";
		Task assign = tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult();
		tasks.complete(assign.getId(), Map.of("officer", "tuan.vhxh"));
		Task vpInput = tasks.createTaskQuery().processInstanceBusinessKey(key).taskCandidateGroup("unit-vp")
			.singleResult();
		assertThat(vpInput).isNotNull();
		long planTask1 = planTaskId(key);
		long planTask2 = planTaskId(CODE + "/2");
		int eventsOf2 = events(planTask2);

		Browser mai = Browser.script(port, "mai.vp", "demo");
		String complete = "/engine-rest/task/" + vpInput.getId() + "/complete";
		List<HttpResponse<String>> attacks = List.of(
				mai.postJson(complete, "{\"variables\":{\"inputText\":{\"value\":\"x\"},\"officer\":{\"value\":\"mai.vp\"}}}"),
				mai.postJson("/engine-rest/task/" + vpInput.getId() + "/submit-form",
						"{\"variables\":{\"inputText\":{\"value\":\"x\"},\"planTaskId\":{\"value\":" + planTask2
								+ ",\"type\":\"Long\"}}}"),
				mai.postJson(complete, "{\"variables\":{\"inputText\":{\"value\":\"x\"},\"coordinatingUnit\":{\"value\":\"vhxh\"}}}"),
				mai.send(mai.request("/engine-rest/task/" + vpInput.getId() + "/variables/officer")
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"mai.vp\"}"))),
				mai.send(mai.request("/engine-rest/task/" + vpInput.getId() + "/variables/%6Ffficer")
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"mai.vp\"}"))),
				mai.postJson("/engine-rest/task/" + vpInput.getId() + "/variables",
						"{\"modifications\":{\"officer\":{\"value\":\"mai.vp\"}}}"),
				mai.postJson("/engine-rest/task/" + vpInput.getId() + "/localVariables",
						"{\"modifications\":{\"deadlineIndex\":{\"value\":3}}}"),
				admin.postJson("/engine-rest/process-instance/" + vpInput.getProcessInstanceId() + "/variables",
						"{\"modifications\":{\"planTaskId\":{\"value\":" + planTask2 + "}}}"));
		assertThat(attacks).allSatisfy(response -> {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
			assertThat(response.body()).containsAnyOf("không phải trường của biểu mẫu", "do Parflow ghi");
		});
		assertThat(runtime.getVariable(vpInput.getProcessInstanceId(), "officer")).isEqualTo("tuan.vhxh");
		assertThat(((Number) runtime.getVariable(vpInput.getProcessInstanceId(), "planTaskId")).longValue())
			.isEqualTo(planTask1);
		assertThat(tasks.createTaskQuery().taskId(vpInput.getId()).count()).as("the input task is still open").isOne();
		assertThat(events(planTask2)).as("nothing was written to task 2").isEqualTo(eventsOf2);

		// through Java, past the HTTP guard: the listeners check Parflow's own record
		identity.setAuthentication("mai.vp", List.of("unit-vp"));
		try {
			assertThatThrownBy(() -> tasks.complete(vpInput.getId(), Map.of("inputText", "x", "planTaskId", planTask2)))
				.hasMessageContaining("không khớp");
			assertThatThrownBy(() -> tasks.complete(vpInput.getId(), Map.of("inputText", "x", "coordinatingUnit", "vhxh")))
				.hasMessageContaining("không khớp");
		}
		finally {
			identity.clearAuthentication();
		}
		assertThat(events(planTask2)).isEqualTo(eventsOf2);

		// the unit's honest input is taken; an officer overwritten from Java does not get the deliverable
		HttpResponse<String> honest = mai.postJson(complete, "{\"variables\":{\"inputText\":{\"value\":\"Văn phòng đã góp ý\"}}}");
		assertThat(honest.statusCode()).as(honest.body()).isEqualTo(204);
		List<Task> others = tasks.createTaskQuery().processInstanceBusinessKey(key)
			.taskDefinitionKey("Task_ProvideInput").list();
		for (Task input : others) {
			tasks.complete(input.getId(), Map.of("inputText", "ý kiến", "officer", "mai.vp"));
		}
		Task submit = tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult();
		assertThat(submit.getTaskDefinitionKey()).isEqualTo("Task_SubmitDeliverable");
		assertThat(submit.getAssignee()).as("the officer Parflow recorded").isEqualTo("tuan.vhxh");
	}

	// ---- 3. and 4. the outbox and the health details

	@Test
	void shouldKeepTheOutboxAndTheHealthDetailsForAdministrators() {
		Browser mai = Browser.script(port, "mai.vp", "demo");
		Browser admin = Browser.script(port, "admin", "demo");
		assertThat(mai.get("/api/outbox").statusCode()).isEqualTo(403);
		assertThat(mai.get("/api/outbox/1").statusCode()).isEqualTo(403);
		assertThat(mai.postJson("/api/outbox/1/retry", "{}").statusCode()).isEqualTo(403);
		assertThat(admin.get("/api/outbox").statusCode()).isEqualTo(200);

		HttpResponse<String> anonymous = Browser.anonymous(port).get("/actuator/health");
		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(anonymous.body()).contains("\"status\"").doesNotContain("components", "details", "db");
		assertThat(mai.get("/actuator/health").body()).doesNotContain("components");
		assertThat(admin.get("/actuator/health").body()).contains("components", "db");
	}

	// ---- helpers

	private void expectRefused(Browser browser, String path, byte[] body, String contentType, int status,
			String... headers) {
		HttpRequest.Builder request = browser.request(path).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		HttpResponse<String> response = browser.send(request);
		assertThat(response.statusCode()).as("%s %s: %s", path, contentType, response.body()).isEqualTo(status);
		assertThat(probe.hits()).as("evaluated through %s", path).isZero();
	}

	private static byte[] withBom(String text, Charset charset) {
		byte[] bom = "\uFEFF".getBytes(charset);
		byte[] body = text.getBytes(charset);
		byte[] all = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, all, 0, bom.length);
		System.arraycopy(body, 0, all, bom.length, body.length);
		return all;
	}

	private static byte[] utf8Bom(String text) {
		return withBom(text, StandardCharsets.UTF_8);
	}

	private static byte[] gzip(String text) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
				zip.write(text.getBytes(StandardCharsets.UTF_8));
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String filterId(String name) {
		return filters.createTaskFilterQuery().filterName(name).list().stream()
			.filter(filter -> filter.getOwner() == null)
			.findFirst()
			.orElseThrow()
			.getId();
	}

	private long planTaskId(String businessKey) {
		String[] parts = businessKey.split("/");
		return jdbc.queryForObject("select t.id from pf_plan_task t join pf_plan p on p.id = t.plan_id"
				+ " where p.code = ? and t.number = ?", Long.class, parts[0], parts[1]);
	}

	private int events(long planTaskId) {
		return jdbc.queryForObject("select count(*) from pf_task_event where plan_task_id = ?", Integer.class, planTaskId);
	}

	private static java.time.Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(ZONE).toInstant();
	}

	@SuppressWarnings("unused")
	private JsonNode read(String body) throws IOException {
		return json.readTree(body);
	}

}
