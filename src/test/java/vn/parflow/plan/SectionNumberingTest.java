package vn.parflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.parflow.plan.AppendixTableParser.Cell;
import vn.parflow.plan.AppendixTableParser.Row;
import vn.parflow.plan.AppendixTableParser.Table;
import vn.parflow.plan.CellSplitter.Line;
import vn.parflow.plan.ImportProblem.Severity;
import vn.parflow.plan.PlanDraft.TaskRow;

/**
 * Plans whose sections are not the seven reform areas (a digital-transformation plan, a civil-defence plan, a
 * national action plan) and whose numbering restarts in every section: each task is called by its section as the
 * section row numbers it, and the section heading is the area of its tasks when it names no reform area. The
 * variants below are made up, one per way a section row is written.
 */
class SectionNumberingTest {

	private static final String[] HEADER = { "TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
			"Thời gian hoàn thành", "Sản phẩm" };

	@Test
	void shouldNumberTasksByTheRomanNumeralOfSectionsThatAreNotReformAreas() {
		Table table = table(row(HEADER),
				row("I. NÂNG CAO NHẬN THỨC VỀ CHUYỂN ĐỔI SỐ", ">", ">", ">", ">", ">"),
				row("1", "Tuyên truyền trên loa truyền thanh", "Phòng Văn hóa – Xã hội", "", "Quý I/2026", "Tin bài"),
				row("2", "Tập huấn kỹ năng số cho công chức", "Văn phòng HĐND và UBND", "", "Quý II/2026", "Lớp tập huấn"),
				row("II. PHÁT TRIỂN HẠ TẦNG SỐ", ">", ">", ">", ">", ">"),
				row("1", "Phủ sóng wifi tại nhà văn hóa thôn", "Phòng Kinh tế", "", "Quý III/2026", "Điểm wifi"),
				row("2", "Nâng cấp mạng nội bộ", "Văn phòng HĐND và UBND", "", "Năm 2026", "Mạng nội bộ"),
				row("III. BẢO ĐẢM AN TOÀN THÔNG TIN", ">", ">", ">", ">", ">"),
				row("1", "Rà soát lỗ hổng máy trạm", "Văn phòng HĐND và UBND", "", "Tháng 6/2026", "Báo cáo"));

		AppendixTableParser.Result result = parse(table);
		List<ImportProblem> problems = new ArrayList<>();
		Map<TaskRow, String> numbers = PlanImportService.numbers(result.tasks(), problems);

		assertThat(numbers.values()).containsExactly("I.1", "I.2", "II.1", "II.2", "III.1");
		assertThat(problems).noneMatch(p -> p.severity() == Severity.ERROR);
		assertThat(result.tasks()).extracting(TaskRow::sectionTitle).containsExactly(
				"I. NÂNG CAO NHẬN THỨC VỀ CHUYỂN ĐỔI SỐ", "I. NÂNG CAO NHẬN THỨC VỀ CHUYỂN ĐỔI SỐ",
				"II. PHÁT TRIỂN HẠ TẦNG SỐ", "II. PHÁT TRIỂN HẠ TẦNG SỐ", "III. BẢO ĐẢM AN TOÀN THÔNG TIN");
		// "chuyển đổi số" names the digital-government area; the other two sections name none
		assertThat(result.tasks()).extracting(TaskRow::area).containsExactly(ReformArea.CHINH_QUYEN_SO,
				ReformArea.CHINH_QUYEN_SO, null, null, null);
		assertThat(PlanViews.areaName(null, result.tasks().get(4).sectionTitle()))
			.isEqualTo("III. BẢO ĐẢM AN TOÀN THÔNG TIN");
	}

	@Test
	void shouldNumberTasksByTheLetterOfSectionsWrittenInTheNumberColumn() {
		Table table = table(row(HEADER),
				row("A", "PHÒNG THỦ DÂN SỰ", ">", ">", ">", ">"),
				row("1", "Kiện toàn Ban Chỉ huy phòng thủ dân sự", "Ban Chỉ huy Quân sự xã", "", "Quý I/2026", "Quyết định"),
				row("2", "Diễn tập ứng phó bão lũ", "Ban Chỉ huy Quân sự xã", "Công an xã", "Quý II/2026", "Báo cáo"),
				row("B", "PHÒNG CHÁY, CHỮA CHÁY", "", "", "", ""),
				row("1", "Kiểm tra an toàn phòng cháy tại chợ", "Công an xã", "", "Quý III/2026", "Biên bản"),
				row("Đ", "CÔNG TÁC KHÁC", ">", ">", ">", ">"),
				row("1", "Sơ kết 6 tháng", "Văn phòng HĐND và UBND", "", "Tháng 6/2026", "Báo cáo"));

		AppendixTableParser.Result result = parse(table);
		List<ImportProblem> problems = new ArrayList<>();

		assertThat(PlanImportService.numbers(result.tasks(), problems).values()).containsExactly("A.1", "A.2", "B.1",
				"Đ.1");
		assertThat(problems).noneMatch(p -> p.severity() == Severity.ERROR);
	}

	@Test
	void shouldNumberUnnumberedSectionTitlesByTheirPosition() {
		Table table = table(row(HEADER),
				row("MỤC TIÊU CHUNG CỦA CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA", ">", ">", ">", ">", ">"),
				row("1", "Xây dựng kế hoạch triển khai", "Văn phòng HĐND và UBND", "", "Tháng 3/2026", "Kế hoạch"),
				row("NHIỆM VỤ TRỌNG TÂM", ">", ">", ">", ">", ">"),
				row("1", "Tổ chức hội nghị quán triệt", "Phòng Văn hóa – Xã hội", "", "Tháng 4/2026", "Hội nghị"),
				row("2", "Kiểm tra, giám sát", "Văn phòng HĐND và UBND", "", "Quý IV/2026", "Báo cáo"));

		AppendixTableParser.Result result = parse(table);
		List<ImportProblem> problems = new ArrayList<>();

		assertThat(PlanImportService.numbers(result.tasks(), problems).values()).containsExactly("I.1", "II.1", "II.2");
		assertThat(problems).noneMatch(p -> p.severity() == Severity.ERROR);
	}

	@Test
	void shouldNumberTasksByTopLevelArabicHeadingsAcrossTheRow() {
		Table table = table(row(HEADER),
				row("1. Hoàn thiện thể chế về dữ liệu", ">", ">", ">", ">", ">"),
				row("1", "Rà soát quy chế quản lý dữ liệu", "Văn phòng HĐND và UBND", "", "Quý I/2026", "Quy chế"),
				row("2. Phát triển dữ liệu số", ">", ">", ">", ">", ">"),
				row("1", "Số hóa hồ sơ hộ tịch", "Công chức Tư pháp - HT", "", "Quý II/2026", "Dữ liệu"),
				row("2", "Làm sạch dữ liệu dân cư", "Công an xã", "", "Quý III/2026", "Dữ liệu"));

		AppendixTableParser.Result result = parse(table);
		List<ImportProblem> problems = new ArrayList<>();

		assertThat(PlanImportService.numbers(result.tasks(), problems).values()).containsExactly("1.1", "2.1", "2.2");
		assertThat(problems).noneMatch(p -> p.severity() == Severity.ERROR);
	}

	@Test
	void shouldStillRefuseANumberRepeatedInsideOneSectionNamingTheSection() {
		Table table = table(row(HEADER),
				row("I. PHÁT TRIỂN HẠ TẦNG SỐ", ">", ">", ">", ">", ">"),
				row("1", "Phủ sóng wifi", "Phòng Kinh tế", "", "Quý III/2026", "Điểm wifi"),
				row("1", "Nâng cấp mạng nội bộ", "Văn phòng HĐND và UBND", "", "Năm 2026", "Mạng nội bộ"));

		List<ImportProblem> problems = new ArrayList<>();
		PlanImportService.numbers(parse(table).tasks(), problems);

		assertThat(problems).filteredOn(p -> p.severity() == Severity.ERROR).singleElement()
			.extracting(ImportProblem::message).asString()
			.contains("Số thứ tự 1 lặp lại trong cùng một mục", "I. PHÁT TRIỂN HẠ TẦNG SỐ");
	}

	@Test
	void shouldReadTheMarkerOfASectionHeading() {
		assertThat(AppendixTableParser.sectionMarker("II. CẢI CÁCH THỂ CHẾ")).isEqualTo("II");
		assertThat(AppendixTableParser.sectionMarker("B. Bảo đảm an toàn thông tin")).isEqualTo("B");
		assertThat(AppendixTableParser.sectionMarker("Phần III - Tổ chức thực hiện")).isEqualTo("III");
		assertThat(AppendixTableParser.sectionMarker("2) Chuyển đổi số")).isEqualTo("2");
		assertThat(AppendixTableParser.sectionMarker("BẢO ĐẢM AN TOÀN THÔNG TIN")).isNull();
		assertThat(AppendixTableParser.sectionMarker("Cải cách thể chế")).isNull();
	}

	static AppendixTableParser.Result parse(Table table) {
		return new AppendixTableParser("ke-hoach.docx").parse(List.of(table));
	}

	/** A grid: "^" is the lower part of a cell merged with the one above, ">" widens the cell on its left. */
	static Table table(Row... rows) {
		List<Row> placed = new ArrayList<>();
		for (Row spec : rows) {
			Row above = placed.isEmpty() ? null : placed.get(placed.size() - 1);
			List<Cell> cells = new ArrayList<>();
			for (Cell cell : spec.cells()) {
				String text = cell.lines().isEmpty() ? "" : cell.lines().get(0).text();
				if (">".equals(text) && !cells.isEmpty()) {
					Cell left = cells.remove(cells.size() - 1);
					cells.add(new Cell(left.col(), left.span() + 1, left.lines(), left.mergedFromAbove()));
				}
				else if ("^".equals(text) && above != null) {
					cells.add(new Cell(cell.col(), above.cellAt(cell.col()).span(), above.cellAt(cell.col()).lines(), true));
				}
				else {
					cells.add(cell);
				}
			}
			placed.add(new Row(placed.size() + 1, cells));
		}
		return new Table("bảng 1", placed, false);
	}

	static Row row(String... texts) {
		List<Cell> cells = new ArrayList<>();
		for (int col = 0; col < texts.length; col++) {
			cells.add(new Cell(col, 1, Arrays.stream(texts[col].split("\n")).map(Line::of).toList(), false));
		}
		return new Row(0, cells);
	}

}
