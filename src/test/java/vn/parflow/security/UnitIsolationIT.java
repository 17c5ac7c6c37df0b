package vn.parflow.security;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each officer sees only their unit's work, through HTTP against the running application: a task offered to the
 * Văn phòng (unit vp) is listed, read, completed and downloaded from by mai.vp, and by nobody of the Phòng Văn hóa
 * – Xã hội (tuan.vhxh): not its task, its variables, its process instance, its history, nor its files. Uploads that
 * are too large, of a kind Parflow does not take, or disguised as another kind are refused, saying why.
 */
@DatabaseIntegrationTest
class UnitIsolationIT {

	static final String PROCESS = "IT_SecurityProbe";

	static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	DirectoryImportService directory;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	FilterService filters;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${parflow.attachments.dir}")
	Path attachmentsDir;

	final ObjectMapper json = new ObjectMapper();

	Browser mai;

	Browser tuan;

	String instanceId;

	String taskId;

	@BeforeEach
	void offerATaskToTheVanPhong() throws IOException {
		Fixtures.demoDirectory(directory);
		BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
			.name("Quy trình thử phân quyền")
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.userTask("Task_Probe")
			.name("Việc thử của đơn vị")
			.camundaCandidateGroups("${unitGroup}")
			.endEvent()
			.done();
		repository.createDeployment().name("it-security").enableDuplicateFiltering(true)
			.addModelInstance(PROCESS + ".bpmn", model).deploy();
		instanceId = runtime.startProcessInstanceByKey(PROCESS, "IT-SEC/1",
				Map.of("unitGroup", "unit-vp", "secret", "Số liệu nội bộ của Văn phòng")).getId();
		Task task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
		taskId = task.getId();
		mai = Browser.script(port, "mai.vp", "demo");
		tuan = Browser.script(port, "tuan.vhxh", "demo");
	}

	@Test
	void shouldListTheTaskToItsUnitAndToNobodyElse() throws IOException {
		String query = "/engine-rest/task?processInstanceId=" + instanceId;

		assertThat(ids(mai.get(query))).containsExactly(taskId);
		assertThat(ids(tuan.get(query))).isEmpty();
		assertThat(ids(Browser.script(port, "thang.ct", "demo").get(query))).as("approvers watch every plan")
			.containsExactly(taskId);
		assertThat(ids(tuan.get("/engine-rest/process-instance?processInstanceIds=" + instanceId))).isEmpty();
		assertThat(ids(tuan.get("/engine-rest/history/task?processInstanceId=" + instanceId))).isEmpty();
		assertThat(ids(mai.get("/engine-rest/history/task?processInstanceId=" + instanceId))).containsExactly(taskId);
	}

	@Test
	void shouldRefuseAnotherUnitsTaskItsVariablesItsProcessAndItsCompletion() {
		assertThat(tuan.get("/engine-rest/task/" + taskId).statusCode()).isIn(403, 404);
		assertThat(tuan.get("/engine-rest/task/" + taskId + "/variables").statusCode()).isIn(403, 404);
		assertThat(tuan.get("/engine-rest/process-instance/" + instanceId).statusCode()).isIn(403, 404);
		assertThat(tuan.get("/engine-rest/process-instance/" + instanceId + "/variables").statusCode()).isIn(403, 404);
		HttpResponse<String> complete = tuan.postJson("/engine-rest/task/" + taskId + "/complete", "{}");
		assertThat(complete.statusCode()).isEqualTo(403);
		assertThat(tuan.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"tuan.vhxh\"}").statusCode())
			.isEqualTo(403);
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("still open").isEqualTo(1);

		assertThat(mai.get("/engine-rest/task/" + taskId).statusCode()).isEqualTo(200);
		assertThat(mai.get("/engine-rest/task/" + taskId + "/variables").body()).contains("Số liệu nội bộ của Văn phòng");
		assertThat(mai.get("/engine-rest/process-instance/" + instanceId).statusCode()).isEqualTo(200);
		assertThat(mai.postJson("/engine-rest/task/" + taskId + "/complete", "{}").statusCode()).isEqualTo(204);
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
	}

	@Test
	void shouldShowTheTasklistFiltersOnlyTheOfficersOwnWork() throws IOException {
		String unitFilter = filters.createTaskFilterQuery().filterName(TaskFilters.UNIT).singleResult().getId();
		String path = "/engine-rest/filter/" + unitFilter + "/list";

		assertThat(ids(mai.get(path))).contains(taskId);
		assertThat(tuan.get("/engine-rest/filter/" + unitFilter).statusCode()).isEqualTo(200);
		assertThat(ids(tuan.get(path))).doesNotContain(taskId);
		assertThat(ids(tuan.get("/engine-rest/filter?resourceType=Task"))).hasSize(3);
		assertThat(names(Browser.script(port, "thang.ct", "demo").get("/engine-rest/filter?resourceType=Task")))
			.containsExactlyInAnyOrder(TaskFilters.MINE, TaskFilters.UNIT, TaskFilters.APPROVALS, TaskFilters.OVERDUE);
	}

	@Test
	void shouldKeepATasksFilesToThePeopleWhoSeeTheTask() throws IOException {
		HttpResponse<String> uploaded = upload(mai, taskId, "Báo cáo quý III.pdf", PDF);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		JsonNode attachment = json.readTree(uploaded.body());
		String download = attachment.get("downloadPath").asText();
		assertThat(attachment.get("name").asText()).isEqualTo("Báo cáo quý III.pdf");
		assertThat(attachment.get("contentType").asText()).isEqualTo("application/pdf");
		assertThat(attachment.get("uploadedBy").asText()).isEqualTo("mai.vp");

		assertThat(tuan.get("/api/tasks/" + taskId + "/attachments").statusCode()).isEqualTo(403);
		HttpResponse<String> stolen = tuan.get(download);
		assertThat(stolen.statusCode()).isEqualTo(403);
		assertThat(stolen.body()).contains("Bạn không được tải tệp này");
		assertThat(upload(tuan, taskId, "chen-vao.pdf", PDF).statusCode()).isEqualTo(403);

		assertThat(ids(mai.get("/api/tasks/" + taskId + "/attachments"))).hasSize(1);
		HttpResponse<byte[]> file = mai.sendForBytes(mai.request(download).GET());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(PDF);
		assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("attachment").contains("UTF-8''B%C3%A1o"));
		assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(Browser.script(port, "thang.ct", "demo").get(download).statusCode()).isEqualTo(200);
		assertThat(Files.exists(attachmentsDir.resolve(attachment.get("id").asText()))).isTrue();
	}

	@Test
	void shouldRefuseOversizedDisallowedAndDisguisedUploadsSayingWhy() throws IOException {
		int before = jdbc.queryForObject("select count(*) from pf_attachment", Integer.class);
		byte[] large = new byte[1024 * 1024 + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);

		HttpResponse<String> tooLarge = upload(mai, taskId, "ban-scan.pdf", large);
		HttpResponse<String> program = upload(mai, taskId, "cai-dat.exe", "MZ\u0090\0".getBytes(StandardCharsets.ISO_8859_1));
		HttpResponse<String> disguised = upload(mai, taskId, "bao-cao.pdf",
				"MZ\u0090\0 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
		HttpResponse<String> page = upload(mai, taskId, "bao-cao.docx",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("quá lớn").contains("tối đa 1 MB");
		assertThat(program.statusCode()).isEqualTo(415);
		assertThat(program.body()).contains("cai-dat.exe").contains("chỉ nhận PDF");
		assertThat(disguised.statusCode()).isEqualTo(415);
		assertThat(disguised.body()).contains("nội dung không phải tệp PDF");
		assertThat(page.statusCode()).isEqualTo(415);
		assertThat(jdbc.queryForObject("select count(*) from pf_attachment", Integer.class)).isEqualTo(before);
		try (Stream<Path> incoming = Files.list(attachmentsDir.resolve(".incoming"))) {
			assertThat(incoming).as("nothing refused stays on disk").isEmpty();
		}
	}

	private HttpResponse<String> upload(Browser who, String task, String filename, byte[] content) {
		Multipart body = Multipart.file(filename, content);
		return who.send(who.request("/api/tasks/" + task + "/attachments")
			.header("Content-Type", body.contentType())
			.POST(body.body()));
	}

	private String[] ids(HttpResponse<String> response) throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode list = json.readTree(response.body());
		return Arrays.stream(json.convertValue(list, JsonNode[].class)).map(node -> node.get("id").asText())
			.toArray(String[]::new);
	}

	private String[] names(HttpResponse<String> response) throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Arrays.stream(json.convertValue(json.readTree(response.body()), JsonNode[].class))
			.map(node -> node.get("name").asText())
			.toArray(String[]::new);
	}

}
