package vn.parflow.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.system.DatabaseIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing plans through the API against a real database (H2 and MariaDB): the seed plans go in from Word and
 * from YAML alike, and a refused import leaves every table as it was.
 */
@DatabaseIntegrationTest
class PlanImportIT {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/plans");

	static final List<String> TABLES = List.of("pf_plan", "pf_plan_task", "pf_plan_task_coordinating",
			"pf_plan_task_deliverable", "pf_plan_task_deadline", "pf_unit", "pf_person", "ACT_ID_USER",
			"ACT_ID_GROUP");

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DirectoryImportService directory;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void loadDemoDirectory() throws IOException {
		try (InputStream in = Files.newInputStream(Path.of("config/directory/demo.yaml"))) {
			directory.importDirectory("demo.yaml", in);
		}
	}

	@Test
	void shouldImportSeed000FromWordWithEveryTaskAsWritten() throws IOException {
		ResponseEntity<String> response = importFile(FIXTURES.resolve("viet-khe-2025-h2.docx"), "IT-VK-DOCX", false);

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
		JsonNode report = json.readTree(response.getBody());
		assertThat(report.get("errors")).isEmpty();
		assertThat(report.get("periodStart").asText()).isEqualTo("2025-07-01");
		assertThat(report.get("periodEnd").asText()).isEqualTo("2025-12-31");

		JsonNode tasks = json.readTree(http.withBasicAuth("admin", "demo").getForObject("/api/plans/IT-VK-DOCX/tasks", String.class));
		assertThat(tasks).hasSize(45);
		JsonNode first = tasks.get(0);
		assertThat(first.get("number").asText()).isEqualTo("1");
		assertThat(first.get("area").asText()).isEqualTo("CHI_DAO_DIEU_HANH");
		assertThat(first.get("lead").get("code").asText()).isEqualTo("vhxh");
		assertThat(first.get("timePhrase").asText()).isEqualTo("Trong tháng 7/2025");
		assertThat(first.get("schedule").get("dueDates").get(0).asText()).isEqualTo("2025-07-31");
		assertThat(first.get("deliverables").get(0).asText()).isEqualTo("Kế hoạch của UBND xã");
		assertThat(numbers(tasks)).contains("6.1", "6.2", "17", "17.1", "17.2", "42");
	}

	@Test
	void shouldReadTheSamePlanFromWordAndFromYaml() throws IOException {
		ResponseEntity<String> fromWord = importFile(FIXTURES.resolve("viet-khe-2025-h2.docx"), "IT-SAME", true);
		ResponseEntity<String> fromYaml = importFile(Path.of("config/plans/viet-khe-2025-h2.yaml"), "IT-SAME", true);

		assertThat(fromWord.getStatusCode()).as(fromWord.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(fromYaml.getStatusCode()).as(fromYaml.getBody()).isEqualTo(HttpStatus.OK);
		JsonNode word = json.readTree(fromWord.getBody());
		JsonNode yaml = json.readTree(fromYaml.getBody());
		assertThat(word.get("tasks")).isEqualTo(yaml.get("tasks"));
		assertThat(word.get("reportDeadlines")).isEqualTo(yaml.get("reportDeadlines"));
		assertThat(jdbc.queryForObject("select count(*) from pf_plan where code = 'IT-SAME'", Integer.class))
			.as("a dry run stores nothing")
			.isZero();
	}

	@Test
	void shouldImportSeed002WithSectionNumbersWhereNumberingRestarts() throws IOException {
		ResponseEntity<String> response = importFile(FIXTURES.resolve("anh-son-2025.docx"), "IT-AS", false);

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
		JsonNode tasks = json.readTree(http.withBasicAuth("admin", "demo").getForObject("/api/plans/IT-AS/tasks", String.class));
		assertThat(tasks).hasSize(38);
		assertThat(numbers(tasks)).contains("I.1", "II.1", "II.12").doesNotHaveDuplicates();
		// the body dates no report; the appendix does, per report (CCHC 10/3 … 10/11, discipline 15/3 … 15/11)
		List<String> reportDays = java.util.stream.StreamSupport
			.stream(json.readTree(response.getBody()).get("reportDeadlines").spliterator(), false)
			.map(deadline -> deadline.get("due").asText())
			.toList();
		assertThat(reportDays).contains("2025-03-10", "2025-06-10", "2025-09-10", "2025-11-10", "2025-03-15",
				"2025-11-15");
	}

	@Test
	void shouldRefuseAnUnknownUnitNamingRowAndColumnAndStoreNothing() {
		String plan = """
				code: IT-BAD-UNIT
				title: Kế hoạch cải cách hành chính năm 2025
				periodStart: 2025-01-01
				periodEnd: 2025-12-31
				coordinatingUnit: Phòng Văn hóa – Xã hội
				tasks:
				  - number: "1"
				    area: THE_CHE
				    content: Rà soát văn bản quy phạm pháp luật
				    lead: Phòng Văn hóa – Xã hội
				    time: Quý III/2025
				  - number: "2"
				    area: THE_CHE
				    content: Kiểm tra văn bản
				    lead: Phòng Tư pháp huyện Mộc Châu
				    time: Quý IV/2025
				""";
		Map<String, Integer> before = rowCounts();

		ResponseEntity<String> response = importBytes("ke-hoach.yaml", plan.getBytes(StandardCharsets.UTF_8), null,
				false);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(response.getBody()).contains("Phòng Tư pháp huyện Mộc Châu").contains("Cơ quan chủ trì");
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void shouldRefuseACellLongerThanItsColumnNamingRowAndColumnAndStoreNothing() {
		String plan = """
				code: IT-LONG-CELL
				title: Kế hoạch cải cách hành chính năm 2025
				periodStart: 2025-01-01
				periodEnd: 2025-12-31
				coordinatingUnit: Phòng Văn hóa – Xã hội
				tasks:
				  - number: "1"
				    area: THE_CHE
				    content: Rà soát văn bản quy phạm pháp luật
				    lead: Phòng Văn hóa – Xã hội
				    time: Quý III/2025
				    deliverables: ["%s"]
				""".formatted("Báo cáo rà soát ".repeat(80));
		Map<String, Integer> before = rowCounts();

		ResponseEntity<String> response = importBytes("ke-hoach.yaml", plan.getBytes(StandardCharsets.UTF_8), null,
				false);

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(response.getBody()).contains("Sản phẩm dài").contains("\"column\":\"deliverables\"")
			.doesNotContain("Đã có kế hoạch");
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void shouldRefuseACorruptWordFileAndStoreNothing() {
		Map<String, Integer> before = rowCounts();
		byte[] corrupt = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7 };

		ResponseEntity<String> response = importBytes("ke-hoach.docx", corrupt, "IT-CORRUPT", false);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(response.getBody()).contains("ke-hoach.docx");
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void shouldRefuseAnExistingCodeUnlessReplacingADraft() throws IOException {
		Path yaml = Path.of("config/plans/viet-khe-2025-h2.yaml");
		assertThat(importFile(yaml, "IT-TWICE", false).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map<String, Integer> before = rowCounts();

		ResponseEntity<String> again = importFile(yaml, "IT-TWICE", false);

		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getBody()).contains("Đã có kế hoạch mã IT-TWICE");
		assertThat(rowCounts()).isEqualTo(before);

		ResponseEntity<String> replaced = importFile(yaml, "IT-TWICE", false, "replace", "true");
		assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void shouldOfferAnExcelTemplateThatReadsBackAsOneTask() throws IOException {
		ResponseEntity<byte[]> template = http.withBasicAuth("admin", "demo").getForEntity("/api/plans/template.xlsx", byte[].class);
		assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(template.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");

		ResponseEntity<String> checked = importBytes("mau.xlsx", template.getBody(), "IT-TEMPLATE", true);

		assertThat(checked.getStatusCode()).as(checked.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(json.readTree(checked.getBody()).get("taskCount").asInt()).isEqualTo(1);
	}

	private ResponseEntity<String> importFile(Path file, String code, boolean dryRun, String... more)
			throws IOException {
		return importBytes(file.getFileName().toString(), Files.readAllBytes(file), code, dryRun, more);
	}

	private ResponseEntity<String> importBytes(String filename, byte[] content, String code, boolean dryRun,
			String... more) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return filename;
			}
		});
		if (code != null) {
			form.add("code", code);
		}
		form.add("dryRun", String.valueOf(dryRun));
		for (int i = 0; i + 1 < more.length; i += 2) {
			form.add(more[i], more[i + 1]);
		}
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return http.withBasicAuth("admin", "demo").postForEntity("/api/plans/import", new HttpEntity<>(form, headers), String.class);
	}

	private Map<String, Integer> rowCounts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
		}
		return counts;
	}

	private static List<String> numbers(JsonNode tasks) {
		return java.util.stream.StreamSupport.stream(tasks.spliterator(), false)
			.map(task -> task.get("number").asText())
			.toList();
	}

}
