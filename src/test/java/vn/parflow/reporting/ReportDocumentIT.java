package vn.parflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.plan.PlanImportService;
import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.TaskProgress;
import vn.parflow.plan.TaskStatus;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.Fixtures;
import vn.parflow.system.TestClock;

/**
 * The Việt Khê sample's quarter III and yearly reports as a commune downloads them, against a real database (H2
 * and MariaDB): the plan imported, three of its tasks moved on (one done late, one done on time with its document,
 * one in progress) and the documents fetched over HTTP. Their figures are those of {@code GET …/progress} for the
 * period; the annex has one row per task due in it; the files are left in {@code target/reports/} to look at.
 */
@DatabaseIntegrationTest
class ReportDocumentIT {

	static final String PLAN = "IT-RD-VIETKHE";

	static final String BASE = "/api/plans/" + PLAN + "/reports/bao-cao-cong-tac-cai-cach-hanh-chinh/";

	@Autowired
	TestRestTemplate http;

	@Autowired
	DirectoryImportService directory;

	@Autowired
	PlanImportService importer;

	@Autowired
	PlanQueries planQueries;

	@Autowired
	TaskProgress progress;

	@Autowired
	TestClock clock;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void samplePlanWithSomeWorkDone() throws IOException {
		Fixtures.demoDirectory(directory);
		if (planQueries.exists(PLAN)) {
			return;
		}
		Fixtures.demoPlan(importer, PLAN);
		// task 1 "Trong tháng 7/2025" (due 31/07): in on 05/08, late
		long one = id("1");
		progress.assigned(one, "tuan.vhxh");
		progress.submitted(one, 0, at("2025-08-05T09:00"));
		progress.deliverableRecorded(one, 0, "52/KH-UBND", LocalDate.of(2025, 8, 4), null);
		progress.approved(one, 0, at("2025-08-06T10:00"));
		// task 13 "Quý III năm 2025" (due 30/09): in on 01/09, on time
		long thirteen = id("13");
		progress.assigned(thirteen, "mai.vp");
		progress.submitted(thirteen, 0, at("2025-09-01T09:00"));
		progress.deliverableRecorded(thirteen, 0, "60/BC-UBND", LocalDate.of(2025, 9, 1),
				"https://vietkhe.example.vn/van-ban/60");
		progress.approved(thirteen, 0, at("2025-09-03T10:00"));
		// task 20 (quarter III 30/09, year 31/12): in progress
		long twenty = id("20");
		progress.assigned(twenty, "long.hcc");
		progress.statusChanged(twenty, TaskStatus.IN_PROGRESS);
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	long id(String number) {
		return progress.task(PLAN, number).orElseThrow().id();
	}

	static Instant at(String local) {
		return OffsetDateTime.parse(local + "+07:00").toInstant();
	}

	ResponseEntity<byte[]> download(String path) {
		return http.withBasicAuth("tuan.vhxh", "demo").getForEntity(path, byte[].class);
	}

	JsonNode progress(String from, String to) throws IOException {
		ResponseEntity<String> response = http.withBasicAuth("tuan.vhxh", "demo")
			.getForEntity("/api/plans/" + PLAN + "/progress?from=" + from + "&to=" + to, String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return json.readTree(response.getBody());
	}

	@Test
	void shouldDraftTheQuarterThreeReportWithTheFiguresOfTheProgressApiForTheQuarter() throws IOException {
		clock.moveTo(at("2025-09-05T09:00"));

		ResponseEntity<byte[]> response = download(BASE + "quy-iii.docx");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType().toString())
			.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(response.getHeaders().getContentDisposition().getFilename())
			.isEqualTo(PLAN + "-bao-cao-cong-tac-cai-cach-hanh-chinh-quy-iii.docx");
		keep("viet-khe-quy-iii.docx", response.getBody());
		JsonNode figures = progress("2025-07-01", "2025-09-30");
		JsonNode total = figures.get("total");
		assertThat(total.get("doneLate").asInt()).isEqualTo(1);
		assertThat(total.get("doneOnTime").asInt()).isEqualTo(1);

		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getBody()))) {
			String header = ReportDocumentRenderTest.text(doc.getTables().get(0));
			assertThat(header).contains("ỦY BAN NHÂN DÂN\nXÃ VIỆT KHÊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "Việt Khê, ngày 05 tháng 9 năm 2025");
			String body = paragraphs(doc);
			assertThat(body).contains("BÁO CÁO\nKết quả công tác cải cách hành chính quý III năm 2025",
					"Kính gửi: Sở Nội vụ",
					"Thực hiện Kế hoạch cải cách hành chính nhà nước xã Việt Khê 6 tháng cuối năm 2025",
					"kỳ báo cáo từ ngày 01/07/2025 đến ngày 30/09/2025; số liệu tính đến ngày 05/09/2025",
					"Trong kỳ báo cáo có " + total.get("total").asInt() + " nhiệm vụ",
					"đã hoàn thành 2 nhiệm vụ (hoàn thành đúng hạn 1, hoàn thành trễ hạn 1)",
					"đang thực hiện trong hạn " + total.get("openInTime").asInt() + " nhiệm vụ",
					"có " + total.get("notStarted").asInt() + " nhiệm vụ chưa triển khai",
					"Phòng Văn hóa – Xã hội: chưa gửi báo cáo.");
			XWPFTable areas = doc.getTables().get(1);
			JsonNode byArea = figures.get("byArea");
			assertThat(areas.getRows()).hasSize(1 + byArea.size() + 1);
			for (int i = 0; i < byArea.size(); i++) {
				JsonNode c = byArea.get(i).get("counts");
				assertThat(ReportDocumentRenderTest.cells(areas.getRow(1 + i))).containsExactly(String.valueOf(i + 1),
						byArea.get(i).get("areaName").asText(), c.get("total").asText(), c.get("doneOnTime").asText(),
						c.get("doneLate").asText(), c.get("openInTime").asText(), c.get("openOverdue").asText(),
						c.get("notStarted").asText(), ReportTexts.percent(c.get("percentDone").asDouble()));
			}
			assertThat(ReportDocumentRenderTest.cells(areas.getRow(areas.getRows().size() - 1))).containsExactly("",
					"Tổng cộng", total.get("total").asText(), "1", "1", total.get("openInTime").asText(),
					total.get("openOverdue").asText(), total.get("notStarted").asText(),
					ReportTexts.percent(total.get("percentDone").asDouble()));

			List<List<String>> annex = annexTasks(doc.getTables().get(3));
			assertThat(annex).hasSize(total.get("total").asInt());
			assertThat(annex).extracting(row -> row.get(0)).contains("1", "2", "13", "20", "24", "18")
				.doesNotContain("3", "14", "15");
			assertThat(row(annex, "1")).containsExactly("1", "Ban hành Kế hoạch cải cách hành chính 6 tháng cuối năm 2025",
					"Phòng Văn hóa – Xã hội", "31/07/2025", "Hoàn thành trễ hạn", "Văn bản số 52/KH-UBND ngày 04/08/2025",
					row(annex, "1").get(6));
			assertThat(row(annex, "13").get(4)).isEqualTo("Hoàn thành đúng hạn");
			assertThat(row(annex, "13").get(5))
				.isEqualTo("Văn bản số 60/BC-UBND ngày 01/09/2025\nhttps://vietkhe.example.vn/van-ban/60");
			assertThat(row(annex, "20").get(4)).isEqualTo("Đang thực hiện");
			assertThat(row(annex, "18").get(3)).isEqualTo("Thường xuyên");
			assertThat(row(annex, "2").get(4)).isEqualTo("Chưa triển khai");
		}
	}

	@Test
	void shouldDraftTheYearlyReportAndItsSpreadsheetForTheWholeHalfYear() throws IOException {
		clock.moveTo(at("2025-12-05T09:00"));

		ResponseEntity<byte[]> docx = download(BASE + "nam.docx");
		ResponseEntity<byte[]> xlsx = download(BASE + "nam.xlsx");

		assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
		keep("viet-khe-nam.docx", docx.getBody());
		keep("viet-khe-nam.xlsx", xlsx.getBody());
		JsonNode figures = progress("2025-07-01", "2025-12-31");
		JsonNode total = figures.get("total");
		assertThat(total.get("openOverdue").asInt()).as("task 2's quarter III report, due 19/09, is late").isPositive();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()))) {
			assertThat(paragraphs(doc)).contains("Kết quả công tác cải cách hành chính năm 2025",
					"kỳ báo cáo từ ngày 01/07/2025 đến ngày 31/12/2025",
					"quá hạn chưa hoàn thành " + total.get("openOverdue").asInt() + " nhiệm vụ",
					"KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ NĂM 2025");
			assertThat(annexTasks(doc.getTables().get(3))).hasSize(total.get("total").asInt());
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
			JsonNode byArea = figures.get("byArea");
			assertThat(book.getNumberOfSheets()).isEqualTo(1 + byArea.size());
			XSSFSheet summary = book.getSheet(ReportXlsx.SUMMARY);
			assertThat(summary.getRow(6 + byArea.size()).getCell(2).getNumericCellValue())
				.isEqualTo(total.get("total").asDouble());
			int rows = 0;
			for (int s = 1; s < book.getNumberOfSheets(); s++) {
				XSSFSheet sheet = book.getSheetAt(s);
				assertThat(sheet.getSheetName()).isEqualTo(ReportXlsx.sheetName(vn.parflow.plan.ReformArea
					.valueOf(byArea.get(s - 1).get("area").asText())));
				assertThat(sheet.getLastRowNum()).isEqualTo(byArea.get(s - 1).get("counts").get("total").asInt());
				assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
				assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
				rows += sheet.getLastRowNum();
			}
			assertThat(rows).isEqualTo(total.get("total").asInt());
			XSSFSheet direction = book.getSheet("Công tác chỉ đạo, điều hành");
			var first = direction.getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("1");
			assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
			assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 7, 31));
			assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Hoàn thành trễ hạn");
			assertThat(first.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 8, 4));
		}
	}

	@Test
	void shouldAnswerInVietnameseForAReportThePlanDoesNotHaveOrThatIsNotApproved() throws IOException {
		ResponseEntity<String> unknown = http.withBasicAuth("tuan.vhxh", "demo")
			.getForEntity(BASE + "quy-v.docx", String.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(json.readTree(unknown.getBody()).get("message").asText()).contains("không có báo cáo");

		ResponseEntity<String> notApproved = http.withBasicAuth("tuan.vhxh", "demo")
			.getForEntity(BASE + "quy-iii/approved.docx", String.class);
		assertThat(notApproved.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(json.readTree(notApproved.getBody()).get("message").asText()).contains("chưa được lãnh đạo duyệt");

		assertThat(http.getForEntity(BASE + "quy-iii.docx", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<String> badPeriod = http.withBasicAuth("tuan.vhxh", "demo")
			.getForEntity("/api/plans/" + PLAN + "/progress?from=2025-07-01", String.class);
		assertThat(badPeriod.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json.readTree(badPeriod.getBody()).get("message").asText()).contains("ngày cuối kỳ (to)");
	}

	static String paragraphs(XWPFDocument doc) {
		return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
	}

	/** The annex rows of tasks (the area headings, which span the row, left out), as their cells' texts. */
	static List<List<String>> annexTasks(XWPFTable annex) {
		List<List<String>> rows = new ArrayList<>();
		for (XWPFTableRow row : annex.getRows().subList(1, annex.getRows().size())) {
			List<String> cells = ReportDocumentRenderTest.cells(row);
			if (cells.size() == 7) {
				rows.add(cells);
			}
		}
		return rows;
	}

	static List<String> row(List<List<String>> rows, String number) {
		return rows.stream().filter(r -> r.get(0).equals(number)).findFirst().orElseThrow();
	}

	static void keep(String name, byte[] content) throws IOException {
		Path dir = Path.of("target/reports");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name), content);
	}

}
