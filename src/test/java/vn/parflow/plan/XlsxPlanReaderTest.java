package vn.parflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.parflow.plan.ImportProblem.Severity;
import vn.parflow.plan.PlanDraft.TaskRow;

class XlsxPlanReaderTest {

	private final PlanFileReader reader = new PlanFileReader();

	@Test
	void shouldReadTheSameTasksFromTheExcelFileAsFromTheYamlForm() throws IOException {
		PlanDraft fromExcel = fixture("viet-khe-2025-h2.xlsx");
		PlanDraft fromYaml = reader.read("viet-khe-2025-h2.yaml", Files.readAllBytes(Path.of("config/plans/viet-khe-2025-h2.yaml")));

		assertThat(fromExcel.problems()).noneMatch(problem -> problem.severity() == Severity.ERROR);
		assertThat(withoutRows(fromExcel.tasks())).containsExactlyElementsOf(withoutRows(fromYaml.tasks()));
	}

	@Test
	void shouldTakeThePeriodFromTheFileNameWhenTheSheetHasNoneAndSaySo() throws IOException {
		PlanDraft draft = fixture("viet-khe-2025-h2.xlsx");

		assertThat(draft.periodStart()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(draft.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(draft.problems()).anySatisfy(problem -> {
			assertThat(problem.severity()).isEqualTo(Severity.WARNING);
			assertThat(problem.message()).contains("từ tên tệp");
		});
	}

	@Test
	void shouldNameTheSheetRowOfATaskWithoutLead() throws IOException {
		byte[] file = workbook(List.of(
				List.of("KẾ HOẠCH"),
				List.of("Cải cách hành chính nhà nước xã An Bình năm 2026"),
				List.of(),
				List.of("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian"),
				List.of("1", "Ban hành Kế hoạch", "Phòng Văn hóa - Xã hội", "Tháng 1/2026"),
				List.of("2", "Xây dựng báo cáo", "", "Hàng quý")));

		PlanDraft draft = reader.read("an-binh.xlsx", file);

		assertThat(draft.problems()).filteredOn(problem -> problem.severity() == Severity.ERROR).singleElement()
				.satisfies(problem -> {
					assertThat(problem.row()).isEqualTo(6);
					assertThat(problem.column()).isEqualTo("Đơn vị chủ trì");
					assertThat(problem.message()).contains("Thiếu cơ quan chủ trì");
				});
		assertThat(draft.title()).isEqualTo("Kế hoạch cải cách hành chính nhà nước xã An Bình năm 2026");
	}

	private PlanDraft fixture(String file) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/fixtures/plans/" + file)) {
			return reader.read(file, in.readAllBytes());
		}
	}

	@Test
	void shouldReadATitleRowThatStartsWithKeHoachAndTheReportingRulesOfASecondSheet() throws IOException {
		byte[] file;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet plan = workbook.createSheet("Danh mục nhiệm vụ");
			String[][] rows = { { "Kế hoạch chuyển đổi số xã An Hòa năm 2026" }, {},
					{ "STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian" },
					{ "1", "Số hóa hồ sơ hộ tịch", "Công chức Tư pháp - HT", "Quý III/2026" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = plan.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			Sheet rules = workbook.createSheet("Chế độ báo cáo");
			rules.createRow(0).createCell(0).setCellValue("Báo cáo quý, 6 tháng và năm gửi trước ngày 15 tháng cuối quý "
					+ "về UBND huyện để tổng hợp");
			rules.createRow(1).createCell(0).setCellValue("Số liệu báo cáo năm tính từ ngày 15/12 năm trước đến ngày 14/12");
			workbook.write(out);
			file = out.toByteArray();
		}

		PlanDraft draft = reader.read("an-hoa.xlsx", file);

		assertThat(draft.problems()).noneMatch(problem -> problem.severity() == Severity.ERROR);
		assertThat(draft.title()).isEqualTo("Kế hoạch chuyển đổi số xã An Hòa năm 2026");
		assertThat(draft.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(draft.periodEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(draft.reportingRules()).hasSize(2);
		assertThat(draft.reportingRules().get(0).quarterly().dayOfLastMonth()).isEqualTo(15);
		assertThat(draft.reportingRules().get(0).yearly().day()).isEqualTo(java.time.MonthDay.of(12, 15));
		assertThat(draft.reportingRules().get(1).dataPeriods()).singleElement()
			.satisfies(window -> assertThat(window.label()).isEqualTo("Năm"));
		assertThat(draft.problems()).noneMatch(problem -> problem.message().contains("chế độ báo cáo"));
	}

	private static byte[] workbook(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Kế hoạch");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static List<TaskRow> withoutRows(List<TaskRow> tasks) {
		return tasks.stream().map(task -> new TaskRow(0, task.number(), task.area(), task.content(), task.lead(),
				task.coordinating(), task.timePhrase(), task.deliverables(), task.notes())).toList();
	}

}
