package vn.parflow.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DeadlineParserTest {

	private static final PlanPeriod YEAR_2025 = PlanPeriod.year(2025);

	private static final PlanPeriod YEAR_2026 = PlanPeriod.year(2026);

	private static final PlanPeriod SECOND_HALF_2025 = new PlanPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));

	private final DeadlineParser parser = new DeadlineParser();

	// ------------------------------------------------------------------------------------------------------------
	// Days and months

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Trước ngày 10/12/2025   | 2025-12-09
			Trước 10/12/2025        | 2025-12-09
			Trước ngày 10/1/2025    | 2025-01-09
			Trước ngày 01/01/2026   | 2025-12-31
			""")
	void shouldReadBeforeDayAsTheDayBefore(String phrase, LocalDate due) {
		assertOneOff(parser.parse(phrase, YEAR_2025), due);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Chậm nhất ngày 30/6/2025     | 2025-06-30
			Chậm nhất là ngày 30/6/2025  | 2025-06-30
			Ngày 15/3/2025               | 2025-03-15
			Hạn 15/3/2025                | 2025-03-15
			Đến ngày 30/9/2025           | 2025-09-30
			""")
	void shouldReadAtTheLatestOnDayAsThatDay(String phrase, LocalDate due) {
		assertOneOff(parser.parse(phrase, YEAR_2025), due);
	}

	@Test
	void shouldReadBeforeMonthAsLastDayOfPreviousMonth() {
		assertOneOff(parser.parse("Trước tháng 12/2025", YEAR_2025), LocalDate.of(2025, 11, 30));
		assertOneOff(parser.parse("Trước tháng 3/2024", PlanPeriod.year(2024)), LocalDate.of(2024, 2, 29));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Trong tháng 7/2025             | 2025-07-31
			Tháng 7/2025                   | 2025-07-31
			hoàn thành trong tháng 7/2025  | 2025-07-31
			Tháng 2/2025                   | 2025-02-28
			Tháng 10 năm 2025              | 2025-10-31
			""")
	void shouldReadInMonthAsLastDayOfMonth(String phrase, LocalDate due) {
		assertOneOff(parser.parse(phrase, YEAR_2025), due);
	}

	// ------------------------------------------------------------------------------------------------------------
	// Quarters, half years, years

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Quý III/2025            | 2025-09-30
			Quý III năm 2025        | 2025-09-30
			trong quý I năm 2026    | 2026-03-31
			Quí IV-2025             | 2025-12-31
			Qúy I                   | 2026-03-31
			""")
	void shouldReadQuarterAsItsLastDay(String phrase, LocalDate due) {
		Schedule schedule = parser.parse(phrase, YEAR_2026);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.ONE_OFF);
		assertThat(schedule.dueDates()).containsExactly(due);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Quý III, IV/2025            | 2025-12-31
			Quý III-IV/2025             | 2025-12-31
			Quý III,IV/2025)            | 2025-12-31
			Quý IV/2025 - Quý II/2026   | 2026-06-30
			""")
	void shouldReadQuarterSpanAsLastQuarterEnd(String phrase, LocalDate due) {
		Schedule schedule = parser.parse(phrase, SECOND_HALF_2025);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.ONE_OFF);
		assertThat(schedule.dueDates()).containsExactly(due);
	}

	@Test
	void shouldReadFirstHalfYearAsThirtiethOfJune() {
		assertOneOff(parser.parse("6 tháng đầu năm 2025", YEAR_2025), LocalDate.of(2025, 6, 30));
	}

	@Test
	void shouldReadSecondHalfYearAsThirtyFirstOfDecember() {
		assertOneOff(parser.parse("6 tháng cuối năm", SECOND_HALF_2025), LocalDate.of(2025, 12, 31));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Năm 2025                 | 2025-12-31
			Trong năm 2025           | 2025-12-31
			Cả năm 2025              | 2025-12-31
			Theo lộ trình năm 2025   | 2025-12-31
			""")
	void shouldReadYearAsThirtyFirstOfDecember(String phrase, LocalDate due) {
		assertOneOff(parser.parse(phrase, YEAR_2025), due);
	}

	@Test
	void shouldReadBeforeYearAsEndOfPreviousYear() {
		assertOneOff(parser.parse("Trước năm 2027", YEAR_2026), LocalDate.of(2026, 12, 31));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2026-2030              | 2030-12-31
			Năm 2026 - 2030        | 2030-12-31
			""")
	void shouldReadPeriodOfYearsAsEndOfItsLastYear(String phrase, LocalDate due) {
		Schedule schedule = parser.parse(phrase, YEAR_2026);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.ONE_OFF);
		assertThat(schedule.dueDates()).containsExactly(due);
		assertThat(schedule.note()).contains("ngoài kỳ kế hoạch");
	}

	// ------------------------------------------------------------------------------------------------------------
	// Recurring

	@ParameterizedTest
	@CsvSource({ "Hàng quý", "Hằng quý", "hang quy" })
	void shouldExpandQuarterlyIntoQuarterEndsInsidePlanPeriod(String phrase) {
		Schedule schedule = parser.parse(phrase, SECOND_HALF_2025);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.RECURRING);
		assertThat(schedule.dueDates()).containsExactly(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31));
		assertThat(schedule.labels()).containsExactly("Quý III/2025", "Quý IV/2025");
	}

	@ParameterizedTest
	@CsvSource({ "Hàng năm", "Hằng năm" })
	void shouldExpandYearlyIntoThirtyFirstOfDecemberOfEachYear(String phrase) {
		PlanPeriod twoYears = new PlanPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 12, 31));
		Schedule schedule = parser.parse(phrase, twoYears);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.RECURRING);
		assertThat(schedule.dueDates()).containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31));
	}

	@Test
	void shouldExpandBeforeDayOfEachMonthIntoTheDayBefore() {
		Schedule schedule = parser.parse("trước ngày 20 hằng tháng", SECOND_HALF_2025);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.RECURRING);
		assertThat(schedule.dueDates()).containsExactly(LocalDate.of(2025, 7, 19), LocalDate.of(2025, 8, 19),
				LocalDate.of(2025, 9, 19), LocalDate.of(2025, 10, 19), LocalDate.of(2025, 11, 19), LocalDate.of(2025, 12, 19));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Trước ngày 15/12 hàng năm
			Trước ngày 15 tháng 12 hằng năm
			""")
	void shouldExpandBeforeDayOfYearIntoTheDayBeforeEachYear(String phrase) {
		Schedule schedule = parser.parse(phrase, YEAR_2025);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.RECURRING);
		assertThat(schedule.dueDates()).containsExactly(LocalDate.of(2025, 12, 14));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Trước ngày 20 của tháng cuối quý             | 19
			định kỳ trước ngày 15 tháng cuối của quý     | 14
			""")
	void shouldExpandBeforeDayOfLastMonthOfQuarterIntoTheDayBefore(String phrase, int day) {
		Schedule schedule = parser.parse(phrase, YEAR_2025);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.RECURRING);
		assertThat(schedule.dueDates()).containsExactly(LocalDate.of(2025, 3, day), LocalDate.of(2025, 6, day),
				LocalDate.of(2025, 9, day), LocalDate.of(2025, 12, day));
	}

	@Test
	void shouldKeepOnlyRecurringDatesInsidePlanPeriod() {
		Schedule schedule = parser.parse("Trước ngày 20 của tháng cuối quý", SECOND_HALF_2025);
		assertThat(schedule.dueDates()).containsExactly(LocalDate.of(2025, 9, 19), LocalDate.of(2025, 12, 19));
	}

	@Test
	void shouldLeaveRecurringRuleUnresolvedWhenNoDateFallsInsidePlanPeriod() {
		Schedule schedule = parser.parse("Trước ngày 15/1 hằng năm", SECOND_HALF_2025);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.UNRESOLVED);
		assertThat(schedule.reason()).contains("không có ngày nào trong kỳ kế hoạch");
	}

	@Test
	void shouldReadQuarterlySixMonthAndYearReportsAsQuarterEnds() {
		Schedule schedule = parser.parse("Thực hiện định kỳ hàng quý/6 tháng/năm", YEAR_2025);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.RECURRING);
		assertThat(schedule.dueDates()).containsExactly(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30),
				LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31));
		assertThat(schedule.labels()).containsExactly("Quý I/2025", "6 tháng đầu năm 2025", "Quý III/2025", "Năm 2025");
	}

	@Test
	void shouldReadQuarterAndYearReportingAsQuarterly() {
		Schedule schedule = parser.parse("Kết hợp báo cáo công tác KSTTHC quý, năm", SECOND_HALF_2025);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.RECURRING);
		assertThat(schedule.dueDates()).containsExactly(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31));
		assertThat(schedule.labels()).containsExactly("Quý III/2025", "Năm 2025");
	}

	// ------------------------------------------------------------------------------------------------------------
	// Several dates in one cell

	@Test
	void shouldReadLabelledReportDatesAsMultiWithTheirLabels() {
		Schedule schedule = parser.parse("Báo cáo quý I: 15/3/2025 – Báo cáo quý II: 15/6/2025 – Báo cáo quý III: 15/9/2025 "
				+ "– Báo cáo năm: 15/12/2025", YEAR_2025);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.MULTI);
		assertThat(schedule.dueDates()).containsExactly(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 6, 15),
				LocalDate.of(2025, 9, 15), LocalDate.of(2025, 12, 15));
		assertThat(schedule.labels()).containsExactly("Báo cáo quý I", "Báo cáo quý II", "Báo cáo quý III", "Báo cáo năm");
	}

	@Test
	void shouldReadGroupedReportDatesUnderTheirHeaders() {
		Schedule schedule = parser.parse(SEED_002_III_2, YEAR_2025);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.MULTI);
		assertThat(schedule.deadlines()).startsWith(
				new Deadline(LocalDate.of(2025, 3, 10), "Báo cáo công tác CCHC – Quý I"),
				new Deadline(LocalDate.of(2025, 3, 15), "Báo cáo Kỷ luật KCHC – Quý I"));
		assertThat(schedule.deadlines()).endsWith(
				new Deadline(LocalDate.of(2025, 11, 30), "Báo cáo xếp hạng chỉ số CCHC cấp xã"));
	}

	@Test
	void shouldReadUnlabelledBeforeDatesJoinedByAndAsMulti() {
		Schedule schedule = parser.parse("Trước ngày 30/6/2025 và trước ngày 15/12/2025", YEAR_2025);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.MULTI);
		assertThat(schedule.dueDates()).containsExactly(LocalDate.of(2025, 6, 29), LocalDate.of(2025, 12, 14));
	}

	@Test
	void shouldLeaveListUnresolvedWhenOneOfItsDatesCannotBeRead() {
		Schedule schedule = parser.parse("- Báo cáo quý I: 15/3/2025 - Báo cáo quý II: 31/6/2025 - Báo cáo năm: 15/12/2025",
				YEAR_2025);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.UNRESOLVED);
		assertThat(schedule.reason()).contains("Báo cáo quý II: 31/6/2025");
	}

	// ------------------------------------------------------------------------------------------------------------
	// Years, normalisation, clauses

	@Test
	void shouldTakeMissingYearFromPlanPeriod() {
		assertOneOff(parser.parse("Quý III", YEAR_2026), LocalDate.of(2026, 9, 30));
		assertOneOff(parser.parse("Trước ngày 20/12", SECOND_HALF_2025), LocalDate.of(2025, 12, 19));
		PlanPeriod schoolYear = new PlanPeriod(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30));
		assertOneOff(parser.parse("Tháng 3", schoolYear), LocalDate.of(2026, 3, 31));
		assertOneOff(parser.parse("Tháng 11", schoolYear), LocalDate.of(2025, 11, 30));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Hằng quý                                           | Hàng quý
			Quí III/2025                                       | Quý III/2025
			Qúy III/2025                                       | Quý III/2025
			quy iii/2025                                       | Quý III/2025
			Quý III/2025.                                      | Quý III/2025
			QUÝ III/2025                                       | Quý III/2025
			Thời gian hoàn thành: Quý III/2025                 | Quý III/2025
			truoc ngay 06 thang 9 nam 2025                     | Trước ngày 06/9/2025
			Trước ngày 06 (sáu) tháng 9 năm 2025               | Trước ngày 06/9/2025
			'Trước ngày\\n\\n06/9/2025'                        | Trước ngày 06/9/2025
			""")
	void shouldNormaliseWordsAccentsCaseAndPrefixes(String written, String canonical) {
		Schedule fromWritten = parser.parse(written.replace("\\n", "\n"), SECOND_HALF_2025);
		Schedule fromCanonical = parser.parse(canonical, SECOND_HALF_2025);
		assertThat(fromWritten.kind()).isNotEqualTo(ScheduleKind.UNRESOLVED);
		assertThat(fromWritten.dueDates()).isEqualTo(fromCanonical.dueDates());
	}

	@Test
	void shouldTakeFirstSentenceWithADateAndKeepTheRestAsNote() {
		Schedule schedule = parser.parse("Ban hành trong quý I năm 2026. Thực hiện rà soát, cập nhật thường xuyên.", YEAR_2026);
		assertOneOff(schedule, LocalDate.of(2026, 3, 31));
		assertThat(schedule.note()).isEqualTo("Thực hiện rà soát, cập nhật thường xuyên");
	}

	@Test
	void shouldNotReadPastASentenceWhoseDateCannotBeRead() {
		Schedule schedule = parser.parse("Trước ngày 31/2/2026. Báo cáo quý IV/2026.", YEAR_2026);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.UNRESOLVED);
	}

	@Test
	void shouldNotTakeTheDateOfACitedDocumentAsDeadline() {
		assertOneOff(parser.parse("Trước ngày 30/6/2025 theo Kế hoạch số 12/KH-UBND ngày 03/01/2025", YEAR_2025),
				LocalDate.of(2025, 6, 29));
		assertOneOff(parser.parse("Thực hiện theo Nghị định 118/NĐ-CP ngày 09/6/2025, trong quý IV/2025", YEAR_2025),
				LocalDate.of(2025, 12, 31));
	}

	// ------------------------------------------------------------------------------------------------------------
	// No deadline

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Thường xuyên", "thuong xuyen", "Thường xuyên, liên tục", "Hàng ngày",
			"Thường xuyên, khi có phát sinh" })
	void shouldReadOngoingWorkAsNoDeadline(String phrase) {
		Schedule schedule = parser.parse(phrase, YEAR_2025);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.ONGOING);
		assertThat(schedule.dueDates()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Theo thời gian đánh giá hàng năm của Bộ Y tế                           | theo lịch
			Khi có phát sinh                                                       | phụ thuộc
			Theo kế hoạch riêng                                                    | theo lịch
			Ban hành kế hoạch đúng thời gian quy định theo Kế hoạch của thị xã     | theo lịch
			Đột xuất                                                               | Không có ngày
			Sau ngày 15/3/2025                                                     | bắt đầu
			Từ tháng 7/2025                                                        | bắt đầu
			Đầu năm 2025                                                           | không rõ ngày
			Quý III hoặc quý IV/2025                                               | hoặc
			Hằng tuần                                                              | hằng tuần
			""")
	void shouldLeaveUnresolvedWithReasonWhenNothingGivesADate(String phrase, String reasonPart) {
		Schedule schedule = parser.parse(phrase, YEAR_2025);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.UNRESOLVED);
		assertThat(schedule.dueDates()).isEmpty();
		assertThat(schedule.reason()).containsIgnoringCase(reasonPart);
	}

	@Test
	void shouldLeaveEmptyCellUnresolved() {
		assertThat(parser.parse("  ", YEAR_2025).reason()).contains("để trống");
		assertThat(parser.parse(null, YEAR_2025).kind()).isEqualTo(ScheduleKind.UNRESOLVED);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Trước ngày 31/2/2025   | Ngày 31/2/2025 không có thật
			Ngày 29/2/2025         | Ngày 29/2/2025 không có thật
			Hạn 31/4/2025          | Ngày 31/4/2025 không có thật
			Tháng 13/2025          | Tháng 13 không có thật
			Quý 5/2025             | Quý 5/2025
			Trước ngày 31 hằng tháng | ngày 31
			""")
	void shouldNeverGuessADayThatDoesNotExist(String phrase, String reasonPart) {
		Schedule schedule = parser.parse(phrase, YEAR_2025);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.UNRESOLVED);
		assertThat(schedule.reason()).contains(reasonPart);
	}

	@Test
	void shouldKeepOneOffDateOutsidePlanPeriodWithNote() {
		Schedule schedule = parser.parse("Quý I/2025", SECOND_HALF_2025);
		assertOneOff(schedule, LocalDate.of(2025, 3, 31));
		assertThat(schedule.note()).isEqualTo("Thời hạn 31/03/2025 nằm ngoài kỳ kế hoạch (01/07/2025 – 31/12/2025).");
	}

	// ------------------------------------------------------------------------------------------------------------
	// Every time phrase of the seeds' appendices

	/**
	 * Every time cell of the appendix tables, as extracted (line breaks inside a cell kept). Seeds 001 (Lê Lợi),
	 * 003 (Thái Tân) and 004 (Vĩnh Bảo) come without their appendix in the extracted text, so only seeds 000 and 002
	 * have cells. Expected: kind and due dates separated by ";".
	 */
	static Stream<Arguments> seedAppendixPhrases() {
		return Stream.of(
				// Seed 000, Việt Khê, 6 tháng cuối năm 2025
				seed000("1", "Trong tháng \n\n7/2025", "ONE_OFF", "2025-07-31"),
				seed000("2", "Trước ngày 20 \n\ncủa tháng cuối \n\nquý", "RECURRING", "2025-09-19;2025-12-19"),
				seed000("3", "Quý III, \n\nIV/2025", "ONE_OFF", "2025-12-31"),
				seed000("4", "Theo thời gian \n\nđánh giá hàng \n\nnăm của Bộ Y \n\ntế", "UNRESOLVED", ""),
				seed000("5", "Cả năm 2025", "ONE_OFF", "2025-12-31"),
				seed000("6 (20%)", "Quý \n\nIII,IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("6 (30%)", "Quý \n\nIII,IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("7", "Cả năm 2025", "ONE_OFF", "2025-12-31"),
				seed000("8", "Cả năm 2025", "ONE_OFF", "2025-12-31"),
				seed000("9", "Quý III, \n\nIV/2025", "ONE_OFF", "2025-12-31"),
				seed000("10", "Quý \n\nIII,IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("11", "Quý \n\nIII,IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("12", "Trước ngày \n\n10/12/2025", "ONE_OFF", "2025-12-09"),
				seed000("13", "Quý III năm \n\n2025", "ONE_OFF", "2025-09-30"),
				seed000("14", "Quý IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("15", "Quý IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("16", "Quý IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("17", "Cả năm 2025", "ONE_OFF", "2025-12-31"),
				seed000("17 (thẩm định)", "Thường xuyên", "ONGOING", ""),
				seed000("17 (tổng hợp)", "Quý III-\n\nIV/2025", "ONE_OFF", "2025-12-31"),
				seed000("18", "Thường xuyên", "ONGOING", ""),
				seed000("19", " ", "UNRESOLVED", ""),
				seed000("20", "Kết hợp báo \n\ncáo công tác \n\nKSTTHC quý, \n\nnăm", "RECURRING", "2025-09-30;2025-12-31"),
				seed000("21", "Thường xuyên", "ONGOING", ""),
				seed000("22", "Thường xuyên", "ONGOING", ""),
				seed000("23", "Thường xuyên", "ONGOING", ""),
				seed000("24", "Hàng quý", "RECURRING", "2025-09-30;2025-12-31"),
				seed000("25", "Thường xuyên", "ONGOING", ""),
				seed000("26", "Quý \n\nIII,IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("27", "Quý \n\nIII,IV/2025)", "ONE_OFF", "2025-12-31"),
				seed000("28", "Quý \n\nIII,IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("29", "Quý \n\nIII,IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("30", "Quý \n\nIII,IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("31", "Quý \n\nIII,IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("32", "Quý \n\nIII,IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("33", "Quý \n\nIII,IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("34", "Quý \n\nIII,IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("35", "Quý \n\nIII,IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("36", "Quý \n\nIII,IV/2025", "ONE_OFF", "2025-12-31"),
				seed000("37", "Cả năm 2025", "ONE_OFF", "2025-12-31"),
				seed000("38", "Cả năm 2025", "ONE_OFF", "2025-12-31"),
				seed000("39", "Thường xuyên", "ONGOING", ""),
				seed000("40", "Thường xuyên", "ONGOING", ""),
				seed000("41", "Theo lộ trình \n\nnăm 2025", "ONE_OFF", "2025-12-31"),
				seed000("42", "Quý \n\nIII,IV/2025", "ONE_OFF", "2025-12-31"),
				// Seed 002, Anh Sơn, năm 2025
				seed002("I.1", "Ban hành kế hoạch đúng \n\nthời gian quy định theo \n\nKế hoạch của thị xã", "UNRESOLVED", ""),
				seed002("I.2", "Trong năm 2025", "ONE_OFF", "2025-12-31"),
				seed002("I.3", "Trong năm 2025", "ONE_OFF", "2025-12-31"),
				seed002("I.4", "Trong năm 2025", "ONE_OFF", "2025-12-31"),
				seed002("I.5", "Trong năm 2025", "ONE_OFF", "2025-12-31"),
				seed002("II.1", "- Qúy I năm 2025", "ONE_OFF", "2025-03-31"),
				seed002("II.2", "- Báo cáo quý I: \n\n15/3/2025 \n\n- Báo cáo quý II: \n\n15/6/2025 \n\n- Báo cáo quý III: \n\n"
						+ "15/9/2025 \n\n- Báo cáo năm: \n\n15/12/2025", "MULTI", "2025-03-15;2025-06-15;2025-09-15;2025-12-15"),
				seed002("II.3", "Trong năm 2025", "ONE_OFF", "2025-12-31"),
				seed002("II.4", "Trong năm 2025", "ONE_OFF", "2025-12-31"),
				seed002("II.5", "Trong năm 2025", "ONE_OFF", "2025-12-31"),
				seed002("II.6", "Trong năm 2025", "ONE_OFF", "2025-12-31"),
				seed002("II.7", "Trong năm 2025", "ONE_OFF", "2025-12-31"),
				seed002("II.8", "Trong năm 2025", "ONE_OFF", "2025-12-31"),
				seed002("II.9", "Trong năm 2025", "ONE_OFF", "2025-12-31"),
				seed002("II.10", "- Báo cáo quý I: \n\n5/3/2025 \n\n- Báo cáo quý II: \n\n5/6/2025 \n\n- Báo cáo quý III: \n\n"
						+ "5/9/2025 \n\n- Báo cáo năm: \n\n5/12/2025", "MULTI", "2025-03-05;2025-06-05;2025-09-05;2025-12-05"),
				// II.11: the time cell is empty; the time is in the notes column.
				seed002("II.11", "- Thực hiện định kỳ hàng \n\nquý/6 tháng/năm", "RECURRING",
						"2025-03-31;2025-06-30;2025-09-30;2025-12-31"),
				seed002("II.12", "Thường xuyên", "ONGOING", ""),
				seed002("II.13", "Thường xuyên", "ONGOING", ""),
				seed002("III.1", "Trước ngày 10/1/2025", "ONE_OFF", "2025-01-09"),
				seed002("III.2", SEED_002_III_2, "MULTI",
						"2025-03-10;2025-03-15;2025-06-10;2025-06-15;2025-09-10;2025-09-15;2025-11-10;2025-11-15;2025-11-30"),
				seed002("III.3", "Trước tháng 12/2025", "ONE_OFF", "2025-11-30"),
				seed002("III.4", "Thường xuyên", "ONGOING", ""),
				seed002("III.5", "Thường xuyên", "ONGOING", ""),
				seed002("III.6", "Tháng 1/2025 ", "ONE_OFF", "2025-01-31"),
				seed002("III.7", "Tháng 12/2025", "ONE_OFF", "2025-12-31"),
				seed002("III.8", "Trước ngày 15/12/2025 ", "ONE_OFF", "2025-12-14"),
				seed002("III.9", "Trước ngày 15/11/2025", "ONE_OFF", "2025-11-14"),
				seed002("III.10", "Trước 10/12/2025", "ONE_OFF", "2025-12-09"),
				seed002("IV.1", "Trước ngày 30/11/2025", "ONE_OFF", "2025-11-29"),
				seed002("IV.2", "Trước ngày 30/11/2025 ", "ONE_OFF", "2025-11-29"),
				seed002("IV.3", "Trước ngày 30/11/2025 ", "ONE_OFF", "2025-11-29"),
				seed002("IV.4", "Trước ngày 30/11/2025 ", "ONE_OFF", "2025-11-29"),
				seed002("V.1", "Quý I năm 2025", "ONE_OFF", "2025-03-31"),
				seed002("V.2", "- Báo cáo quý I: \n\n20/3/2025 \n\n- Báo cáo quý II: \n\n20/6/2025 \n\n- Báo cáo quý III: \n\n"
						+ "20/9/2025 \n\n- Báo cáo năm: \n\n15/12/2025", "MULTI", "2025-03-20;2025-06-20;2025-09-20;2025-12-15"),
				seed002("V.3", "- Báo cáo quý I: \n\n5/3/2025 \n\n- Báo cáo quý II: \n\n5/6/2025 \n\n- Báo cáo quý III: \n\n"
						+ "5/9/2025 \n\n- Báo cáo năm: \n\n5/12/2025", "MULTI", "2025-03-05;2025-06-05;2025-09-05;2025-12-05"),
				seed002("V.4", "Quý I năm 2025", "ONE_OFF", "2025-03-31"),
				seed002("V.5", "- Báo cáo quý I: \n\n5/3/2025 \n\n- Báo cáo quý II: \n\n5/6/2025 \n\n- Báo cáo quý III: \n\n"
						+ "5/9/2025 \n\n- Báo cáo năm: \n\n5/12/2025", "MULTI", "2025-03-05;2025-06-05;2025-09-05;2025-12-05"));
	}

	@ParameterizedTest(name = "seed {0}, task {1}: {2}")
	@MethodSource("seedAppendixPhrases")
	void shouldReadEveryTimePhraseOfTheSeedAppendices(String seed, String task, String phrase, PlanPeriod period,
			ScheduleKind kind, String dates) {
		Schedule schedule = parser.parse(phrase, period);
		assertThat(schedule.kind()).as("kind of «%s»", phrase).isEqualTo(kind);
		assertThat(schedule.dueDates()).as("dates of «%s»", phrase).isEqualTo(dates(dates));
		if (kind == ScheduleKind.UNRESOLVED) {
			assertThat(schedule.reason()).isNotBlank();
		}
	}

	static final String SEED_002_III_2 = """
			- BC công tác CCHC\s

			+ Quý I: 10/3/2025\s

			+ Quý II: 10/6/2025\s

			+ Quý III: 10/9/2025\s

			+ Quý IV: 10/11/2025\s

			- BC Kỷ luật KCHC\s

			+ Quý I: 15/3/2025\s

			+ Quý II: 15/6/2025\s

			+ Quý III: 15/9/2025\s

			+ Quý IV: 15/11/2025\s

			- BC xếp hạng chỉ số\s

			CCHC cấp xã\s

			+ Trước 1/12/2025\s
			""";

	private static Arguments seed000(String task, String phrase, String kind, String dates) {
		return Arguments.of("000", task, phrase, SECOND_HALF_2025, ScheduleKind.valueOf(kind), dates);
	}

	private static Arguments seed002(String task, String phrase, String kind, String dates) {
		return Arguments.of("002", task, phrase, YEAR_2025, ScheduleKind.valueOf(kind), dates);
	}

	static List<LocalDate> dates(String dates) {
		if (dates == null || dates.isBlank()) {
			return List.of();
		}
		return Arrays.stream(dates.split(";")).map(String::trim).map(LocalDate::parse).toList();
	}

	// ---- issue 16: general forms

	/** A parser with the shipped working-day calendar, as the application builds it. */
	private final DeadlineParser withCalendar = new DeadlineParser(
			vn.parflow.calendar.WorkingDays.read("config/calendar/days-off.yaml")::plusWorkingDays);

	private static final PlanPeriod H2_2025 = new PlanPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ngày 15/3 năm sau                          | 2026-03-15
			Trước 31/01 của năm tiếp theo              | 2026-01-30
			Trước ngày 15/01 năm sau                   | 2026-01-14
			Chậm nhất ngày 20 tháng 2 năm sau          | 2026-02-20
			Quý I năm sau                              | 2026-03-31
			Trong tháng 3 năm kế tiếp                  | 2026-03-31
			truoc ngay 10/02 nam sau                   | 2026-02-09
			""")
	void shouldReadARelativeYearAsTheYearAfterThePlanPeriod(String phrase, LocalDate due) {
		Schedule schedule = parser.parse(phrase, H2_2025);
		assertOneOff(schedule, due);
		assertThat(schedule.note()).contains("năm 2026, năm sau kỳ kế hoạch");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Năm 2025 và các năm tiếp theo
			Quý I năm sau hoặc năm sau nữa
			""")
	void shouldNotTakeEveryNamSauForARelativeYear(String phrase) {
		Schedule schedule = parser.parse(phrase, H2_2025);
		assertThat(schedule.note() == null || !schedule.note().contains("năm sau kỳ kế hoạch")).isTrue();
		if (phrase.startsWith("Quý")) {
			assertThat(schedule.kind()).isEqualTo(ScheduleKind.UNRESOLVED);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Định kỳ trước ngày 05/6 và 10/11 hằng năm (hoặc đột xuất khi có yêu cầu)  | 2026-06-04;2026-11-09 | đột xuất khi có yêu cầu
			Hằng năm (trước ngày 20 tháng 10) hoặc theo đề nghị                       | 2026-10-19            | theo đề nghị
			Hằng quý (hoặc đột xuất theo yêu cầu của UBND xã)                         | 2026-03-31;2026-06-30;2026-09-30;2026-12-31 | theo yêu cầu
			Trước ngày 15 tháng cuối quý, hoặc khi có yêu cầu                         | 2026-03-14;2026-06-14;2026-09-14;2026-12-14 | khi có yêu cầu
			Định kỳ 6 tháng hoặc theo chỉ đạo của cấp trên                            | 2026-06-30;2026-12-31 | theo chỉ đạo
			""")
	void shouldReadARegularRegimeAndKeepItsAlternativeAsANote(String phrase, String dates, String alternative) {
		Schedule schedule = parser.parse(phrase, YEAR_2026);
		assertThat(schedule.kind()).as(schedule.reason()).isEqualTo(ScheduleKind.RECURRING);
		assertThat(schedule.dueDates()).isEqualTo(dates(dates));
		assertThat(schedule.note()).startsWith("Ngoài lịch định kỳ:").contains(alternative);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Quý IV/2026 hoặc theo yêu cầu
			Trước ngày 30/6/2026 hoặc khi có yêu cầu
			Hằng quý hoặc trước ngày 15/12/2026
			Hằng năm hoặc 6 tháng
			""")
	void shouldLeaveAnAlternativeToAPersonWhenTheRegularPartIsNoRegimeOrTheAlternativeHasATime(String phrase) {
		assertThat(parser.parse(phrase, YEAR_2026).kind()).isEqualTo(ScheduleKind.UNRESOLVED);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Định kỳ trước ngày 05/6 và 10/11 hằng năm | 2026-06-04;2026-11-09
			Trước ngày 20/6, 20/12 hằng năm           | 2026-06-19;2026-12-19
			Ngày 15/3 và 15/9 hằng năm                | 2026-03-15;2026-09-15
			trước ngày 10/1, 10/4 và 10/7 hàng năm    | 2026-01-09;2026-04-09;2026-07-09
			""")
	void shouldReadSeveralDaysOfEveryYear(String phrase, String dates) {
		Schedule schedule = parser.parse(phrase, YEAR_2026);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.RECURRING);
		assertThat(schedule.dueDates()).isEqualTo(dates(dates));
		assertThat(parser.parse("Trước ngày 29/2 và 31/8 hằng năm", YEAR_2026).kind()).isEqualTo(ScheduleKind.UNRESOLVED);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			trước ngày 07 tháng cuối cùng của mỗi quý     | 2026-03-06;2026-06-06;2026-09-06;2026-12-06
			Trước ngày 12 tháng cuối cùng của quý         | 2026-03-11;2026-06-11;2026-09-11;2026-12-11
			Định kỳ ngày 25 tháng cuối cùng mỗi quý       | 2026-03-25;2026-06-25;2026-09-25;2026-12-25
			""")
	void shouldReadAnOrdinalDayOfTheLastMonthOfEachQuarter(String phrase, String dates) {
		Schedule schedule = parser.parse(phrase, YEAR_2026);
		assertThat(schedule.kind()).as(schedule.reason()).isEqualTo(ScheduleKind.RECURRING);
		assertThat(schedule.dueDates()).isEqualTo(dates(dates));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Trình HĐND xem xét trước ngày 15/12/2025                 | 2025-12-14
			Báo cáo UBND tỉnh trong tháng 11/2025                    | 2025-11-30
			Tham mưu UBND xã ban hành trước ngày 30/9/2025           | 2025-09-29
			Gửi Sở Nội vụ chậm nhất ngày 10/12/2025                  | 2025-12-10
			Trình Chủ tịch UBND xã phê duyệt trong quý III/2025      | 2025-09-30
			Xin ý kiến các phòng, ban trước ngày 05/11/2025          | 2025-11-04
			""")
	void shouldReadADateAfterAVerbOrAnActor(String phrase, LocalDate due) {
		assertOneOff(parser.parse(phrase, H2_2025), due);
	}

	@Test
	void shouldReadAFirstDeadlineThenTheRecurringOnesAfterIt() {
		Schedule once = parser.parse("Hoàn thành lần đầu trong năm 2026; định kỳ cập nhật hằng quý", YEAR_2026);
		assertThat(once.kind()).isEqualTo(ScheduleKind.ONE_OFF);
		assertThat(once.dueDates()).containsExactly(LocalDate.of(2026, 12, 31));
		assertThat(once.note()).contains("định kỳ cập nhật hằng quý");

		Schedule then = parser.parse("Ban hành lần đầu trong quý I/2026, sau đó định kỳ rà soát hằng quý", YEAR_2026);
		assertThat(then.kind()).isEqualTo(ScheduleKind.RECURRING);
		assertThat(then.dueDates()).isEqualTo(dates("2026-03-31;2026-06-30;2026-09-30;2026-12-31"));
		assertThat(then.labels().get(0)).isEqualTo("Lần đầu");

		Schedule halves = parser.parse("Thực hiện lần đầu trước ngày 30/4/2026; định kỳ 6 tháng", YEAR_2026);
		assertThat(halves.dueDates()).isEqualTo(dates("2026-04-29;2026-06-30;2026-12-31"));

		// a first time nobody can read stays unread
		assertThat(parser.parse("Hoàn thành lần đầu khi có hướng dẫn; định kỳ hằng quý", YEAR_2026).kind())
			.isEqualTo(ScheduleKind.UNRESOLVED);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Giai đoạn 2026 – 2030
			Giai đoạn 2021-2030
			Trong giai đoạn 2026 - 2028
			Triển khai từ năm 2026 và thực hiện thường xuyên
			Từ năm 2025, thực hiện thường xuyên
			Thực hiện từ năm 2026 và duy trì thường xuyên
			""")
	void shouldFollowASpanPastThePlanPeriodAsOngoingWorkWithAWarning(String phrase) {
		Schedule schedule = parser.parse(phrase, YEAR_2026);
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.ONGOING);
		assertThat(schedule.note()).contains("kéo dài quá kỳ kế hoạch (01/01/2026 – 31/12/2026)");
	}

	@Test
	void shouldNotFollowASpanThatStartsAfterThePlanPeriod() {
		assertThat(parser.parse("Triển khai từ năm 2027 và thực hiện thường xuyên", YEAR_2026).kind())
			.isEqualTo(ScheduleKind.UNRESOLVED);
		assertOneOff(parser.parse("Giai đoạn 2026 - 2026", YEAR_2026), LocalDate.of(2026, 12, 31));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Trong 05 ngày làm việc kể từ ngày 01/10/2025              | 2025-10-08
			Trong vòng 10 ngày làm việc kể từ ngày 10/02/2026          | 2026-03-03
			Hoàn thành trong thời hạn 3 ngày làm việc kể từ ngày 13/02/2026 | 2026-02-25
			Chậm nhất 02 ngày làm việc trước ngày 23/02/2026           | 2026-02-12
			03 ngày làm việc trước ngày 05/5/2025                      | 2025-04-26
			""")
	void shouldCountWorkingDaysOnTheCalendar(String phrase, LocalDate due) {
		// 13/02/2026 + 3 skips Tết (14/02 – 22/02); 05/05/2025 − 3 skips 30/4 – 4/5 and counts Saturday 26/04, worked
		Schedule schedule = withCalendar.parse(phrase, YEAR_2025.contains(due) ? YEAR_2025 : YEAR_2026);
		assertOneOff(schedule, due);
		assertThat(schedule.note()).contains("ngày làm việc");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Trong vòng 15 ngày làm việc kể từ ngày nhận được văn bản
			05 ngày làm việc sau khi có kết quả
			Trong 05 ngày làm việc kể từ ngày 31/02/2026
			""")
	void shouldLeaveWorkingDaysFromAnEventOrAnImpossibleDayToAPerson(String phrase) {
		assertThat(withCalendar.parse(phrase, YEAR_2026).kind()).isEqualTo(ScheduleKind.UNRESOLVED);
		// without a calendar no working days are counted at all
		assertThat(parser.parse("Trong 05 ngày làm việc kể từ ngày 01/10/2026", YEAR_2026).kind())
			.isEqualTo(ScheduleKind.UNRESOLVED);
	}

	private static void assertOneOff(Schedule schedule, LocalDate due) {
		assertThat(schedule.kind()).as(schedule.reason()).isEqualTo(ScheduleKind.ONE_OFF);
		assertThat(schedule.dueDates()).containsExactly(due);
	}

}
