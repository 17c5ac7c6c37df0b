package vn.parflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.parflow.plan.ImportProblem.Severity;

class PlanTemplateTest {

	@Test
	void shouldReadTheTemplateBackAsOneTaskWithoutErrors() {
		PlanDraft draft = new PlanFileReader().read("mau-ke-hoach.xlsx", PlanTemplate.xlsx());

		assertThat(draft.problems()).noneMatch(problem -> problem.severity() == Severity.ERROR);
		assertThat(draft.tasks()).singleElement().satisfies(task -> {
			assertThat(task.number()).isEqualTo("1");
			assertThat(task.area()).isEqualTo(ReformArea.CHI_DAO_DIEU_HANH);
			assertThat(task.lead()).isEqualTo("Phòng Văn hóa - Xã hội");
			assertThat(task.coordinating()).containsExactly("Các phòng, ban, đơn vị có liên quan");
			assertThat(task.timePhrase()).isEqualTo("Trong tháng 01/2026");
		});
		assertThat(draft.title()).isEqualTo("Kế hoạch cải cách hành chính nhà nước xã An Bình năm 2026");
		assertThat(draft.periodStart()).hasYear(2026);
		assertThat(draft.code()).isEqualTo("ANBINH-2026");
	}

	@Test
	void shouldHaveVietnameseBoldHeadersSetWidthsAndAGuideForEveryColumn() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(PlanTemplate.xlsx()))) {
			Sheet plan = workbook.getSheetAt(0);
			Row header = plan.getRow(5);
			List<String> headers = new ArrayList<>();
			for (Cell cell : header) {
				headers.add(cell.getStringCellValue());
				assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
			}
			assertThat(headers).containsExactly("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
					"Thời gian thực hiện/hoàn thành", "Sản phẩm", "Ghi chú");
			assertThat(plan.getColumnWidth(1)).isGreaterThan(plan.getDefaultColumnWidth() * 256 * 3);

			Sheet guide = workbook.getSheet("Hướng dẫn");
			assertThat(guide).isNotNull();
			List<String> explained = new ArrayList<>();
			for (Row row : guide) {
				explained.add(row.getCell(0).getStringCellValue());
			}
			assertThat(explained).containsAll(headers);
		}
	}

}
