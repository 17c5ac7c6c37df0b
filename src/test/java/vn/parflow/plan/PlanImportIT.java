package vn.parflow.plan;

import java.io.IOException;
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
import vn.parflow.system.Fixtures;

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
		Fixtures.demoDirectory(directory);
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

	@Test
	void shouldImportAPlanWhoseSectionsAreNoReformAreasWithItsNumbersAsWritten() throws IOException {
		byte[] plan = docx(List.of("KẾ HOẠCH", "Chuyển đổi số xã Việt Khê năm 2026", "I. TỔ CHỨC THỰC HIỆN",
				"Báo cáo năm gửi trước ngày 10/01 của năm liền kề năm báo cáo về UBND thành phố để tổng hợp."),
				List.of(List.of("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm"),
						List.of("I. NÂNG CAO NHẬN THỨC VỀ CHUYỂN ĐỔI SỐ", "", "", "", "", ""),
						List.of("1", "Tuyên truyền kỹ năng số", "Phòng Văn hóa – Xã hội", "", "Quý I/2026", "Tin bài"),
						List.of("2", "Tập huấn công chức", "Văn phòng HĐND và UBND", "", "Quý II/2026", "Lớp tập huấn"),
						List.of("II. BẢO ĐẢM AN TOÀN THÔNG TIN", "", "", "", "", ""),
						List.of("1", "Rà soát lỗ hổng máy trạm", "Văn phòng HĐND và UBND", "", "Tháng 6/2026", "Báo cáo"),
						List.of("2", "Sao lưu dữ liệu", "Văn phòng HĐND và UBND", "", "Quý IV/2026", "Bản sao lưu")));

		ResponseEntity<String> response = importBytes("chuyen-doi-so.docx", plan, "IT-CDS-2026", false);

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
		JsonNode report = json.readTree(response.getBody());
		assertThat(report.get("title").asText()).isEqualTo("Kế hoạch chuyển đổi số xã Việt Khê năm 2026");
		assertThat(report.get("reportDeadlines").get(0).get("due").asText()).as("the year after the report year")
			.isEqualTo("2027-01-09");
		JsonNode tasks = json.readTree(http.withBasicAuth("admin", "demo").getForObject("/api/plans/IT-CDS-2026/tasks",
				String.class));
		assertThat(numbers(tasks)).containsExactly("I.1", "I.2", "II.1", "II.2");
		assertThat(tasks.get(2).get("area").isNull()).isTrue();
		assertThat(tasks.get(2).get("areaName").asText()).isEqualTo("II. BẢO ĐẢM AN TOÀN THÔNG TIN");
		assertThat(tasks.get(2).get("sectionTitle").asText()).isEqualTo("II. BẢO ĐẢM AN TOÀN THÔNG TIN");
		assertThat(tasks.get(0).get("area").asText()).isEqualTo("CHINH_QUYEN_SO");
		assertThat(tasks.get(0).get("leadAsWritten").asText()).isEqualTo("Phòng Văn hóa – Xã hội");
	}

	@Test
	void shouldShowTheUnitsAsWrittenNextToTheSuggestionInADryRun() throws IOException {
		String plan = """
				code: IT-AS-WRITTEN
				title: Kế hoạch cải cách hành chính năm 2026
				periodStart: 2026-01-01
				periodEnd: 2026-12-31
				coordinatingUnit: Phòng Văn hóa – Xã hội
				tasks:
				  - number: "1"
				    area: THE_CHE
				    content: Rà soát văn bản
				    lead: Phòng Văn hóa - Thông tin
				    coordinating: [Văn phòng HĐND và UBND, Ban Quản lý chợ Việt Khê]
				""";

		ResponseEntity<String> response = importBytes("ke-hoach.yaml", plan.getBytes(StandardCharsets.UTF_8), null, true);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		JsonNode task = json.readTree(response.getBody()).get("tasks").get(0);
		assertThat(task.get("leadAsWritten").asText()).isEqualTo("Phòng Văn hóa - Thông tin");
		assertThat(task.get("coordinatingWritten")).extracting(JsonNode::asText)
			.containsExactly("Văn phòng HĐND và UBND", "Ban Quản lý chợ Việt Khê");
		JsonNode unmatched = task.get("unmatchedUnits");
		assertThat(unmatched).hasSize(2);
		assertThat(unmatched.get(0).get("column").asText()).isEqualTo("Cơ quan chủ trì");
		assertThat(unmatched.get(0).get("asWritten").asText()).isEqualTo("Phòng Văn hóa - Thông tin");
		assertThat(unmatched.get(0).get("suggestion").asText()).isEqualTo("Phòng Văn hóa – Xã hội");
		assertThat(unmatched.get(1).get("asWritten").asText()).isEqualTo("Ban Quản lý chợ Việt Khê");
		assertThat(unmatched.get(1).get("message").asText()).contains("Không tìm thấy đơn vị");
	}

	@Test
	void shouldWarnOnceWhenNoTaskHasATime() throws IOException {
		String plan = """
				code: IT-NO-TIMES
				title: Kế hoạch cải cách hành chính năm 2026
				periodStart: 2026-01-01
				periodEnd: 2026-12-31
				coordinatingUnit: Phòng Văn hóa – Xã hội
				tasks:
				  - {number: "1", area: THE_CHE, content: Rà soát văn bản, lead: Văn phòng HĐND và UBND}
				  - {number: "2", area: THE_CHE, content: Kiểm tra văn bản, lead: Văn phòng HĐND và UBND}
				  - {number: "3", area: CONG_VU, content: Đánh giá công chức, lead: Phòng Văn hóa – Xã hội}
				""";

		ResponseEntity<String> response = importBytes("ke-hoach.yaml", plan.getBytes(StandardCharsets.UTF_8), null, true);

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
		JsonNode warnings = json.readTree(response.getBody()).get("warnings");
		List<String> aboutTimes = new java.util.ArrayList<>();
		warnings.forEach(w -> {
			if ("Thời gian".equals(w.get("column").asText())) {
				aboutTimes.add(w.get("message").asText());
			}
		});
		assertThat(aboutTimes).singleElement().asString().contains("cả 3 nhiệm vụ chờ người điều phối");
		assertThat(json.readTree(response.getBody()).get("tasks").get(0).get("schedule").get("kind").asText())
			.isEqualTo("UNRESOLVED");
	}

	private static byte[] docx(List<String> paragraphs, List<List<String>> rows) throws IOException {
		try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("ỦY BAN NHÂN DÂN XÃ VIỆT KHÊ");
			paragraphs.forEach(text -> document.createParagraph().createRun().setText(text));
			org.apache.poi.xwpf.usermodel.XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < rows.get(r).size(); c++) {
					table.getRow(r).getCell(c).setText(rows.get(r).get(c));
				}
			}
			document.write(out);
			return out.toByteArray();
		}
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
