package vn.parflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import vn.parflow.plan.PlanProgress.AreaRow;
import vn.parflow.plan.PlanProgress.Counts;
import vn.parflow.plan.PlanProgress.DeadlineRow;
import vn.parflow.plan.PlanProgress.ProgressReport;
import vn.parflow.plan.PlanProgress.Standing;
import vn.parflow.plan.PlanProgress.TaskRow;
import vn.parflow.plan.ReformArea;
import vn.parflow.plan.TaskStatus;
import vn.parflow.reporting.ReportTexts.UnitPart;
import vn.parflow.schedule.ScheduleKind;

/**
 * The report documents as a reader opens them: the built-in Decree 30 template filled from a report of three tasks
 * in two reform areas, one unit that reported and one that did not.
 */
class ReportDocumentRenderTest {

	static final LocalDate FROM = LocalDate.of(2025, 7, 1);

	static final LocalDate TO = LocalDate.of(2025, 9, 30);

	static TaskRow row(long id, String number, ReformArea area, String content, String lead, LocalDate due,
			Standing standing, boolean notStarted, String documentNumber, LocalDate documentDate) {
		List<DeadlineRow> deadlines = due == null ? List.of()
				: List.of(new DeadlineRow(due, null, standing.done(), standing.done() ? standing == Standing.DONE_ON_TIME : null,
						documentNumber, documentDate, null));
		TaskStatus status = standing.done() ? TaskStatus.DONE : notStarted ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS;
		return new TaskRow(id, number, area, content, "vhxh", lead, due == null ? ScheduleKind.ONGOING : ScheduleKind.ONE_OFF,
				"", status, deadlines, standing, notStarted, List.of("Kế hoạch của UBND xã"), "Ghi chú " + number,
				null);
	}

	static final List<TaskRow> ROWS = List.of(
			row(1, "1", ReformArea.CHI_DAO_DIEU_HANH, "Ban hành Kế hoạch cải cách hành chính 6 tháng cuối năm 2025",
					"Phòng Văn hóa – Xã hội", LocalDate.of(2025, 7, 31), Standing.DONE_ON_TIME, false, "45/KH-UBND",
					LocalDate.of(2025, 7, 20)),
			row(2, "5", ReformArea.CHI_DAO_DIEU_HANH, "Tuyên truyền cải cách hành chính trên hệ thống truyền thanh",
					"Trung tâm Văn hóa – Thông tin", null, Standing.OPEN_IN_TIME, false, null, null),
			row(3, "20", ReformArea.THU_TUC_HANH_CHINH, "Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền",
					"Văn phòng HĐND và UBND xã", LocalDate.of(2025, 8, 31), Standing.OPEN_OVERDUE, true, null, null));

	static final ProgressReport PROGRESS = new ProgressReport("VIETKHE-2025-H2", LocalDate.of(2025, 9, 5), FROM, TO,
			new Counts(1, 0, 1, 1, 3, 33.3, 1, 0),
			List.of(new AreaRow(ReformArea.CHI_DAO_DIEU_HANH, ReformArea.CHI_DAO_DIEU_HANH.label(), new Counts(1, 0, 1, 0, 2, 50.0, 1, 0)),
					new AreaRow(ReformArea.THU_TUC_HANH_CHINH, ReformArea.THU_TUC_HANH_CHINH.label(),
							new Counts(0, 0, 0, 1, 1, 0, 0, 0))),
			List.of(), List.of());

	static final ReportDocument DOCUMENT = new ReportDocument("VIETKHE-2025-H2",
			"Kế hoạch cải cách hành chính nhà nước xã Việt Khê 6 tháng cuối năm 2025", "Ủy ban nhân dân xã Việt Khê",
			"Việt Khê", null, LocalDate.of(2025, 9, 5), "Báo cáo công tác cải cách hành chính", "Quý III", FROM, TO,
			LocalDate.of(2025, 9, 9), "Sở Nội vụ", PROGRESS, ROWS,
			List.of(new UnitPart("Phòng Văn hóa – Xã hội", "Đã ban hành kế hoạch; tổ chức tuyên truyền 3 đợt.",
					"Thiếu kinh phí.", "tuan.vhxh", Instant.parse("2025-09-03T02:00:00Z")),
					new UnitPart("Phòng Kinh tế", null, null, null, null)),
			"CHỦ TỊCH", "Nguyễn Văn Thắng", List.of());

	@Test
	void shouldDraftTheDecree30HeaderTheFiguresTheUnitsAndOneAnnexRowPerTask() throws IOException {
		byte[] docx = ReportDocx.render(DefaultReportTemplate.docx(), DOCUMENT);

		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String header = text(doc.getTables().get(0));
			assertThat(header).contains("ỦY BAN NHÂN DÂN", "XÃ VIỆT KHÊ", "Số:         /BC-UBND",
					"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"Việt Khê, ngày 05 tháng 9 năm 2025");
			String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertThat(body).contains("BÁO CÁO\nKết quả công tác cải cách hành chính quý III năm 2025")
				.contains("Kính gửi: Sở Nội vụ")
				.contains("kỳ báo cáo từ ngày 01/07/2025 đến ngày 30/09/2025; số liệu tính đến ngày 05/09/2025")
				.contains("Trong kỳ báo cáo có 3 nhiệm vụ", "hoàn thành đúng hạn 1", "quá hạn chưa hoàn thành 1 nhiệm vụ",
						"có 1 nhiệm vụ chưa triển khai", "Tỷ lệ nhiệm vụ hoàn thành: 33,3%")
				.contains("1. Phòng Văn hóa – Xã hội\n- Kết quả: Đã ban hành kế hoạch; tổ chức tuyên truyền 3 đợt.\n"
						+ "- Khó khăn, vướng mắc: Thiếu kinh phí.")
				.contains("2. Phòng Kinh tế: chưa gửi báo cáo.")
				.contains("Còn 1 nhiệm vụ quá hạn chưa hoàn thành: nhiệm vụ 20 (Văn phòng HĐND và UBND xã, hạn 31/08/2025)")
				.contains("KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ QUÝ III NĂM 2025")
				.doesNotContain("{{", "[annex.", "[areas.");
			XWPFTable areas = doc.getTables().get(1);
			assertThat(areas.getRows()).hasSize(1 + 2 + 1);
			assertThat(cells(areas.getRow(1))).containsExactly("1", "Công tác chỉ đạo, điều hành", "2", "1", "0", "1", "0",
					"0", "50,0%");
			assertThat(cells(areas.getRow(3))).containsExactly("", "Tổng cộng", "3", "1", "0", "1", "1", "1", "33,3%");
			String signature = text(doc.getTables().get(2));
			assertThat(signature).contains("Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
					"Nguyễn Văn Thắng");
			XWPFTable annex = doc.getTables().get(3);
			// header, area I, two tasks, area II, one task
			assertThat(annex.getRows()).hasSize(6);
			assertThat(cells(annex.getRow(1))).containsExactly("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
			assertThat(cells(annex.getRow(2))).containsExactly("1",
					"Ban hành Kế hoạch cải cách hành chính 6 tháng cuối năm 2025", "Phòng Văn hóa – Xã hội", "31/07/2025",
					"Hoàn thành đúng hạn", "Văn bản số 45/KH-UBND ngày 20/07/2025", "Ghi chú 1");
			assertThat(cells(annex.getRow(3))).containsExactly("5",
					"Tuyên truyền cải cách hành chính trên hệ thống truyền thanh", "Trung tâm Văn hóa – Thông tin",
					"Thường xuyên", "Đang thực hiện", "Dự kiến: Kế hoạch của UBND xã", "Ghi chú 5");
			assertThat(cells(annex.getRow(5))).containsExactly("20",
					"Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền", "Văn phòng HĐND và UBND xã", "31/08/2025",
					"Quá hạn, chưa triển khai", "Dự kiến: Kế hoạch của UBND xã", "Ghi chú 20");
			for (XWPFParagraph p : doc.getParagraphs()) {
				for (XWPFRun run : p.getRuns()) {
					if (!run.text().isBlank()) {
						assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
						assertThat(run.getFontSizeAsDouble()).isBetween(13.0, 14.0);
					}
				}
			}
		}
	}

	@Test
	void shouldListTheAnnexPerReformAreaWithRealDates() throws IOException {
		byte[] xlsx = ReportXlsx.render(DOCUMENT);

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(3);
			XSSFSheet summary = book.getSheet("Tổng hợp");
			assertThat(summary.getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("Báo cáo công tác cải cách hành chính – Quý III");
			assertThat(summary.getRow(6).getCell(1).getStringCellValue()).isEqualTo("Công tác chỉ đạo, điều hành");
			assertThat(summary.getRow(8).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
			assertThat(summary.getRow(8).getCell(2).getNumericCellValue()).isEqualTo(3);
			assertThat(summary.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A6:I8");
			assertThat(summary.getPaneInformation().isFreezePane()).isTrue();

			XSSFSheet direction = book.getSheet("Công tác chỉ đạo, điều hành");
			assertThat(direction.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(direction.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J3");
			assertThat(direction.getLastRowNum()).isEqualTo(2);
			Cell due = direction.getRow(1).getCell(3);
			assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
			assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 7, 31));
			assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(direction.getRow(1).getCell(5).getStringCellValue()).isEqualTo("45/KH-UBND");
			assertThat(direction.getRow(1).getCell(6).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2025, 7, 20));
			assertThat(direction.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Thường xuyên");
			assertThat(book.getSheet("Cải cách thủ tục hành chính").getRow(1).getCell(4).getStringCellValue())
				.isEqualTo("Quá hạn, chưa triển khai");
		}
	}

	static String text(XWPFTable table) {
		List<String> lines = new ArrayList<>();
		table.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> lines.add(p.getText()))));
		return String.join("\n", lines);
	}

	static List<String> cells(XWPFTableRow row) {
		return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
	}

}
