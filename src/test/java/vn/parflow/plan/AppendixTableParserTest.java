package vn.parflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.parflow.plan.AppendixTableParser.Cell;
import vn.parflow.plan.AppendixTableParser.Row;
import vn.parflow.plan.AppendixTableParser.Table;
import vn.parflow.plan.CellSplitter.Line;
import vn.parflow.plan.ImportProblem.Severity;
import vn.parflow.plan.PlanDraft.TaskRow;

/**
 * The appendix logic on grids of cells, as the .docx and .xlsx readers hand them over. In the grids below a cell
 * "^" is the lower part of a cell merged vertically with the one above, and ">" widens the cell on its left.
 */
class AppendixTableParserTest {

	private static final String[] VIET_KHE_HEADER = { "TT", "Nội dung nhiệm vụ", "Cơ quan\nchủ trì", "Cơ quan\nphối hợp",
			"Thời gian\nthực hiện/\nhoàn thành", "Sản phẩm" };

	@Test
	void shouldFindColumnsByTheMeaningOfTheirHeadersInAnyOrder() {
		Table table = table(
				row("STT", "Nhiệm vụ thực hiện", "Sản phẩm", "Công chức chủ trì\ntham mưu thực hiện", "Thời gian", "Ghi chú"),
				row("I. CẢI CÁCH THỂ CHẾ", ">", ">", ">", ">", ">"),
				row("1", "Ban hành Kế hoạch theo dõi", "- Kế hoạch\n- Báo cáo", "Công chức\nTư pháp - HT", "Trong năm 2025",
						"Tính tỷ lệ %"));

		TaskRow task = parse(table).tasks().get(0);

		assertThat(task.number()).isEqualTo("1");
		assertThat(task.area()).isEqualTo(ReformArea.THE_CHE);
		assertThat(task.content()).isEqualTo("Ban hành Kế hoạch theo dõi");
		assertThat(task.lead()).isEqualTo("Công chức Tư pháp - HT");
		assertThat(task.coordinating()).isEmpty();
		assertThat(task.timePhrase()).isEqualTo("Trong năm 2025");
		assertThat(task.deliverables()).containsExactly("Kế hoạch", "Báo cáo");
		assertThat(task.notes()).isEqualTo("Tính tỷ lệ %");
	}

	@Test
	void shouldReadAHeaderWrittenOnTwoRows() {
		Table table = table(
				row("TT", "Nội dung công việc", "Cơ quan thực hiện", ">", "Thời gian hoàn thành"),
				row("^", "^", "Chủ trì", "Phối hợp", "^"),
				row("1", "Rà soát thủ tục", "Phòng Kinh tế", "Công an xã", "Quý IV/2025"));

		AppendixTableParser.Result result = parse(table);

		assertThat(result.tasks()).singleElement().satisfies(task -> {
			assertThat(task.lead()).isEqualTo("Phòng Kinh tế");
			assertThat(task.coordinating()).containsExactly("Công an xã");
			assertThat(task.timePhrase()).isEqualTo("Quý IV/2025");
		});
		assertThat(result.problems()).noneMatch(problem -> problem.severity() == Severity.ERROR);
	}

	@Test
	void shouldSkipHeaderRowsRepeatedAtPageBreaksAndTheColumnNumberRow() {
		Table table = table(
				row(VIET_KHE_HEADER),
				row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)"),
				row("1", "Ban hành Kế hoạch", "Phòng Văn hóa – Xã hội", "", "Trong tháng 7/2025", "Kế hoạch"),
				row("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/ hoàn thành", "Sản phẩm"),
				row("2", "Xây dựng báo cáo", "Phòng Văn hóa – Xã hội", "", "Hàng quý", "Báo cáo"));

		AppendixTableParser.Result result = parse(table);

		assertThat(result.tasks()).extracting(TaskRow::number).containsExactly("1", "2");
		assertThat(result.problems()).isEmpty();
	}

	@Test
	void shouldWarnAboutAnEmptyRowAndSkipIt() {
		Table table = table(
				row(VIET_KHE_HEADER),
				row("1", "Ban hành Kế hoạch", "Phòng Văn hóa – Xã hội", "", "Trong tháng 7/2025", "Kế hoạch"),
				row("", "", "", "", "", ""),
				row("2", "Xây dựng báo cáo", "Phòng Văn hóa – Xã hội", "", "Hàng quý", "Báo cáo"),
				row("", "", "", "", "", ""));

		AppendixTableParser.Result result = parse(table);

		assertThat(result.tasks()).hasSize(2);
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.severity()).isEqualTo(Severity.WARNING);
			assertThat(problem.row()).isEqualTo(3);
			assertThat(problem.message()).contains("Dòng 3").contains("trống");
		});
	}

	static Stream<Arguments> sections() {
		return Stream.of(
				Arguments.of("a section row merged across the table, or its numeral and title in the first two columns",
						table(
								row(VIET_KHE_HEADER),
								row("I. Chỉ đạo điều hành, kiểm tra và tuyên truyền", ">", ">", ">", ">", ">"),
								row("1", "Ban hành Kế hoạch", "Phòng Văn hóa – Xã hội", "", "Trong tháng 7/2025", "Kế hoạch"),
								row("II", "CẢI CÁCH THỂ CHẾ", "", "", "", ""),
								row("2", "Rà soát văn bản", "Văn phòng HĐND và UBND", "", "Quý IV/2025", "Báo cáo"),
								row("VII. Xây dựng Chính quyền điện tử, Chính quyền số", ">", ">", ">", ">", ">"),
								row("3", "Ứng dụng AI", "Phòng Văn hóa – Xã hội", "", "Cả năm 2025", "Báo cáo")),
						List.of(tuple("1", ReformArea.CHI_DAO_DIEU_HANH), tuple("2", ReformArea.THE_CHE),
								tuple("3", ReformArea.CHINH_QUYEN_SO))),
				Arguments.of("sections marked with letters in the number column",
						table(
								row(VIET_KHE_HEADER),
								row("A", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", ">", ">", ">", ">"),
								row("1", "Ban hành kế hoạch", "Văn phòng HĐND và UBND", "", "Tháng 1/2026", "Kế hoạch"),
								row("B", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", ""),
								row("2", "Niêm yết TTHC", "Bộ phận Một cửa", "", "Thường xuyên", "Danh mục TTHC")),
						List.of(tuple("1", ReformArea.CHI_DAO_DIEU_HANH), tuple("2", ReformArea.THU_TUC_HANH_CHINH))),
				Arguments.of("a sub-section heading below the section, which is not a task",
						table(
								row(VIET_KHE_HEADER),
								row("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", ""),
								row("", "1. Kiểm soát thủ tục hành chính", "", "", "", ""),
								row("1", "Ban hành kế hoạch kiểm soát TTHC", "Công chức Văn phòng - TK", "", "Quý I năm 2025",
										"Kế hoạch")),
						List.of(tuple("1", ReformArea.THU_TUC_HANH_CHINH))),
				Arguments.of("Arabic-numbered headings without a lead above numbered sub-tasks",
						table(
								row("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp"),
								row("1", "Cải cách thể chế", "", ""),
								row("1.1", "Rà soát văn bản", "Công chức Tư pháp - Hộ tịch", ""),
								row("2", "Cải cách thủ tục hành chính", "", ""),
								row("2.1", "Niêm yết TTHC", "Công chức Văn phòng - Thống kê", "")),
						List.of(tuple("1.1", ReformArea.THE_CHE), tuple("2.1", ReformArea.THU_TUC_HANH_CHINH))));
	}

	/**
	 * Each task takes the reform area of the section it stands in, however the plan marks its sections, and no
	 * section or heading row is reported as a problem.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("sections")
	void shouldGiveEachTaskTheAreaOfItsSection(String layout, Table table, List<Tuple> numbersAndAreas) {
		AppendixTableParser.Result result = parse(table);

		assertThat(result.tasks()).extracting(TaskRow::number, TaskRow::area).containsExactlyElementsOf(numbersAndAreas);
		assertThat(result.problems()).isEmpty();
	}
	@Test
	void shouldWarnWhenASectionNamesNoKnownAreaInsteadOfGuessing() {
		Table table = table(
				row(VIET_KHE_HEADER),
				row("VIII. NHIỆM VỤ KHÁC", ">", ">", ">", ">", ">"),
				row("1", "Tổng kết", "Phòng Văn hóa – Xã hội", "", "Tháng 12/2025", "Báo cáo"));

		AppendixTableParser.Result result = parse(table);

		assertThat(result.tasks().get(0).area()).isNull();
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.severity()).isEqualTo(Severity.WARNING);
			assertThat(problem.row()).isEqualTo(2);
			assertThat(problem.message()).contains("VIII. NHIỆM VỤ KHÁC");
		});
	}

	@Test
	void shouldNumberUnnumberedRowsAfterATaskAsItsSubTasks() {
		Table table = table(
				row(VIET_KHE_HEADER),
				row("17", "Thực hiện rà soát", "Các phòng, ban, ngành, đơn vị", "Văn phòng HĐND và UBND xã", "Cả năm 2025",
						"Văn bản đề nghị thẩm định."),
				row("", "Thẩm định kết quả rà soát", "Văn phòng HĐND và UBND xã", "", "Thường xuyên", "Văn bản thẩm định"),
				row(VIET_KHE_HEADER),
				row("", "Tổng hợp kết quả rà soát", "Văn phòng HĐND và UBND xã", "Các phòng, ban, đơn vị có liên quan",
						"Quý III-IV/2025", "Báo cáo kết quả"),
				row("18", "Cập nhật, công khai TTHC", "Văn phòng HĐND và UBND xã", "", "Thường xuyên", "TTHC công khai"));

		List<TaskRow> tasks = parse(table).tasks();

		assertThat(tasks).extracting(TaskRow::number).containsExactly("17", "17.1", "17.2", "18");
		assertThat(tasks.get(1).content()).isEqualTo("Thẩm định kết quả rà soát");
	}

	@Test
	void shouldReadANumberedRowWithoutLeadAsTheHeadingOfItsSubRows() {
		Table table = table(
				row(VIET_KHE_HEADER),
				row("6", "Kiểm tra cải cách hành chính", "", "", "", ""),
				row("", "- Tối thiểu 20% phòng, ban", "Phòng Văn hóa – Xã hội", "", "Quý III,IV/2025", "Kế hoạch"),
				row("", "- Tối thiểu 30% các cơ quan", "Các phòng, ban, ngành", "", "Quý III,IV/2025", "Kế hoạch"),
				row("7", "Nâng cao chỉ số PCI", "Phòng Kinh tế", "", "Cả năm 2025", "Báo cáo"));

		AppendixTableParser.Result result = parse(table);

		assertThat(result.tasks()).extracting(TaskRow::number).containsExactly("6.1", "6.2", "7");
		assertThat(result.tasks()).extracting(TaskRow::content).startsWith(
				"Kiểm tra cải cách hành chính - Tối thiểu 20% phòng, ban",
				"Kiểm tra cải cách hành chính - Tối thiểu 30% các cơ quan");
		assertThat(result.problems()).isEmpty();
	}

	@Test
	void shouldTakeTheLeadOfAMergedCellButNotItsNumber() {
		Table table = table(
				row("STT", "Nhiệm vụ thực hiện", "Sản phẩm", "Công chức chủ trì", "Thời gian"),
				row("1", "Xây dựng và báo cáo dự toán", "Báo cáo dự toán", "Công chức\nTài chính - KT", "Trước ngày 30/11/2025"),
				row("^", "Thực hiện công khai dự toán", "Văn bản công khai", "^", "^"));

		List<TaskRow> tasks = parse(table).tasks();

		assertThat(tasks).extracting(TaskRow::number).containsExactly("1", "1.1");
		assertThat(tasks.get(1).lead()).isEqualTo("Công chức Tài chính - KT");
		assertThat(tasks.get(1).timePhrase()).isEqualTo("Trước ngày 30/11/2025");
	}

	@Test
	void shouldJoinARowBrokenAcrossAPageBreakToTheTaskAboveIt() {
		Table table = table(
				row(VIET_KHE_HEADER),
				row("34", "Nghiên cứu, đề xuất chính sách, từ", "Phòng Kinh tế", "Các phòng, ban, đơn vị có liên quan",
						"Quý III,IV/2025", "Văn bản tham gia, đề xuất hoặc của"),
				row(VIET_KHE_HEADER),
				row("", "đó để Quốc hội thông qua", "", "", "", "UBND xã"),
				row("35", "Đẩy mạnh tự chủ", "Phòng Kinh tế", "", "Quý III,IV/2025", "Báo cáo"));

		List<TaskRow> tasks = parse(table).tasks();

		assertThat(tasks).extracting(TaskRow::number).containsExactly("34", "35");
		assertThat(tasks.get(0).content()).isEqualTo("Nghiên cứu, đề xuất chính sách, từ đó để Quốc hội thông qua");
		assertThat(tasks.get(0).deliverables()).containsExactly("Văn bản tham gia, đề xuất hoặc của UBND xã");
	}

	@Test
	void shouldReportAMissingLeadOnItsRowAndColumn() {
		Table table = table(
				row(VIET_KHE_HEADER),
				row("1", "Ban hành Kế hoạch", "Phòng Văn hóa – Xã hội", "", "Trong tháng 7/2025", "Kế hoạch"),
				row("2", "Xây dựng báo cáo", "", "", "Hàng quý", "Báo cáo"));

		AppendixTableParser.Result result = parse(table);

		assertThat(result.tasks()).hasSize(2);
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.severity()).isEqualTo(Severity.ERROR);
			assertThat(problem.row()).isEqualTo(3);
			assertThat(problem.column()).isEqualTo("Cơ quan chủ trì");
			assertThat(problem.message()).contains("Thiếu cơ quan chủ trì");
		});
	}

	static Stream<Arguments> refusedTables() {
		List<Row> tooMany = new ArrayList<>();
		tooMany.add(row(VIET_KHE_HEADER));
		for (int i = 1; i <= 10_000; i++) {
			tooMany.add(row(String.valueOf(i), "Nhiệm vụ " + i, "Phòng Kinh tế", "", "Quý IV/2025", "Báo cáo"));
		}
		return Stream.of(
				Arguments.of("without a lead column, naming the column it has",
						table(
								row("TT", "Nội dung nhiệm vụ", "Thời gian"),
								row("1", "Ban hành Kế hoạch", "Trong tháng 7/2025")),
						List.of("ke-hoach.docx", "\"Nội dung nhiệm vụ\"", "không có cột cơ quan chủ trì")),
				Arguments.of("with more rows than a plan has, saying how many",
						table(tooMany.toArray(Row[]::new)),
						List.of("ke-hoach.docx", "10.000 dòng", "2.000 dòng")));
	}

	/** A table the parser cannot take yields no task at all and one error that tells the administrator why. */
	@ParameterizedTest(name = "a table {0}")
	@MethodSource("refusedTables")
	void shouldRefuseTheWholeTableWithOneErrorSayingWhy(String why, Table table, List<String> messageParts) {
		AppendixTableParser.Result result = parse(table);

		assertThat(result.tasks()).isEmpty();
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.severity()).isEqualTo(Severity.ERROR);
			assertThat(problem.message()).contains(messageParts);
		});
	}
	@Test
	void shouldNotTakeALayoutTableForTheAppendix() {
		Table layout = table(row("ỦY BAN NHÂN DÂN\nXÃ VIỆT KHÊ", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
		Table appendix = table(row(VIET_KHE_HEADER),
				row("1", "Ban hành Kế hoạch", "Phòng Văn hóa – Xã hội", "", "Trong tháng 7/2025", "Kế hoạch"));

		AppendixTableParser.Result result = new AppendixTableParser("ke-hoach.docx").parse(List.of(layout, appendix));

		assertThat(result.appendixTables()).containsExactly(1);
		assertThat(result.tasks()).hasSize(1);
	}

	@Test
	void shouldContinueTheAppendixInTheNextTableWithTheSameHeaderCountingRowsOn() {
		Table first = table(row(VIET_KHE_HEADER),
				row("1", "Ban hành Kế hoạch", "Phòng Văn hóa – Xã hội", "", "Trong tháng 7/2025", "Kế hoạch"));
		Table second = table(row(VIET_KHE_HEADER),
				row("2", "Xây dựng báo cáo", "", "", "Hàng quý", "Báo cáo"));

		AppendixTableParser.Result result = new AppendixTableParser("ke-hoach.docx").parse(List.of(first, second));

		assertThat(result.tasks()).extracting(TaskRow::number).containsExactly("1", "2");
		assertThat(result.problems()).singleElement().extracting(ImportProblem::row).isEqualTo(4);
	}

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			I. Chỉ đạo điều hành, kiểm tra và tuyên truyền                              | CHI_DAO_DIEU_HANH
			2.7. Công tác chỉ đạo điều hành, thông tin, tuyên truyền về cải cách hành chính | CHI_DAO_DIEU_HANH
			II. CẢI CÁCH THỂ CHẾ                                                        | THE_CHE
			III. Cải cách thủ tục hành chính                                            | THU_TUC_HANH_CHINH
			Thực hiện cơ chế một cửa, một cửa liên thông                                | THU_TUC_HANH_CHINH
			III. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CẢI CÁCH CHẾ ĐỘ CÔNG VỤ                      | TO_CHUC_BO_MAY
			2.4. Cải cách chế độ cộng vụ                                                 | CONG_VU
			VI. Cải cách tài chính công                                                 | TAI_CHINH_CONG
			VII. Xây dựng Chính quyền điện tử, Chính quyền số                           | CHINH_QUYEN_SO
			V. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ                                             | CHINH_QUYEN_SO
			Chuyển đổi số                                                               | CHINH_QUYEN_SO
			THE_CHE                                                                     | THE_CHE
			VIII. NHIỆM VỤ KHÁC                                                         |
			""")
	void shouldReadTheAreaOfASectionTitleByItsKeywords(String title, ReformArea expected) {
		assertThat(ReformArea.fromSectionTitle(title)).isEqualTo(expected);
	}

	private static AppendixTableParser.Result parse(Table table) {
		return new AppendixTableParser("ke-hoach.docx").parse(List.of(table));
	}

	private static Table table(Row... rows) {
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

	private static Row row(String... texts) {
		List<Cell> cells = new ArrayList<>();
		for (int col = 0; col < texts.length; col++) {
			cells.add(new Cell(col, 1, Arrays.stream(texts[col].split("\n")).map(Line::of).toList(), false));
		}
		return new Row(0, cells);
	}

}
