package vn.parflow.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parflow.schedule.ReportingRule.QuarterlyRule;
import vn.parflow.schedule.ReportingRule.ReportDate;
import vn.parflow.schedule.ReportingRule.YearlyRule;

class ReportCalendarTest {

	private static final String CCHC = "Báo cáo công tác cải cách hành chính";

	private static final PlanPeriod SECOND_HALF_2025 = new PlanPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));

	private final ReportCalendar calendar = new ReportCalendar();

	private final ReportingRuleParser parser = new ReportingRuleParser();

	@Test
	void shouldGiveVinhBao2026ItsQuarterSixMonthAndYearReportsTheDayBeforeTheThird() {
		List<ReportDeadline> deadlines = calendar.expand(parser.parse(SeedBodies.VINH_BAO_2026).rules(), PlanPeriod.year(2026));

		assertThat(deadlines).containsExactly(
				new ReportDeadline(CCHC, "Quý I", LocalDate.of(2026, 3, 2)),
				new ReportDeadline(CCHC, "6 tháng", LocalDate.of(2026, 6, 2)),
				new ReportDeadline(CCHC, "Quý III", LocalDate.of(2026, 9, 2)),
				new ReportDeadline(CCHC, "Năm", LocalDate.of(2026, 12, 2)));
	}

	@Test
	void shouldGiveVietKheSecondHalf2025OnlyTheReportsInsideItsPeriod() {
		List<ReportDeadline> deadlines = calendar.expand(parser.parse(SeedBodies.VIET_KHE_2025_H2).rules(), SECOND_HALF_2025);

		assertThat(deadlines).containsExactly(
				new ReportDeadline(CCHC, "Quý III", LocalDate.of(2025, 9, 9)),
				new ReportDeadline(CCHC, "Năm", LocalDate.of(2025, 12, 9)));
	}

	@Test
	void shouldGiveLeLoi2025TheLastDayOfTheMonthBeforeTheLastMonthOfEachQuarter() {
		List<ReportDeadline> deadlines = calendar.expand(parser.parse(SeedBodies.LE_LOI_2025).rules(), PlanPeriod.year(2025));

		assertThat(deadlines).containsExactly(
				new ReportDeadline(CCHC, "Quý I", LocalDate.of(2025, 2, 28)),
				new ReportDeadline(CCHC, "6 tháng", LocalDate.of(2025, 5, 31)),
				new ReportDeadline(CCHC, "Quý III", LocalDate.of(2025, 8, 31)),
				new ReportDeadline(CCHC, "Năm", LocalDate.of(2025, 11, 30)));
	}

	@Test
	void shouldGiveTheTwentyNinthOfFebruaryForBeforeTheFirstOfMarchInALeapYear() {
		ReportingRule leLoi = new ReportingRule(CCHC, new QuarterlyRule(1, true), new YearlyRule(MonthDay.of(12, 1), true),
				List.of(), null, null);

		assertThat(calendar.expand(List.of(leLoi), PlanPeriod.year(2028)).get(0).due()).isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void shouldGiveThaiTanSecondHalf2025OnlyItsYearlyReport() {
		List<ReportDeadline> deadlines = calendar.expand(parser.parse(SeedBodies.THAI_TAN_2025_H2).rules(), SECOND_HALF_2025);

		assertThat(deadlines).containsExactly(new ReportDeadline(CCHC, "Năm", LocalDate.of(2025, 12, 9)));
	}

	@Test
	void shouldGiveAnhSon2025TheExplicitDatesOfItsAppendixInDateOrder() {
		List<ReportingRule> rules = new ArrayList<>();
		String quarterDates = "- Báo cáo quý I: 15/3/2025 - Báo cáo quý II: 15/6/2025 - Báo cáo quý III: 15/9/2025 "
				+ "- Báo cáo năm: 15/12/2025";
		rules.addAll(parser.parseAppendixCell("Báo cáo kiểm soát TTHC", quarterDates).rules());
		rules.addAll(parser.parseAppendixCell("Báo cáo chuyển đổi số", "- Báo cáo quý I: 20/3/2025 - Báo cáo quý II: "
				+ "20/6/2025 - Báo cáo quý III: 20/9/2025 - Báo cáo năm: 15/12/2025").rules());
		rules.addAll(parser.parseAppendixCell("Báo cáo định kỳ", DeadlineParserTest.SEED_002_III_2).rules());

		List<ReportDeadline> deadlines = calendar.expand(rules, PlanPeriod.year(2025));

		assertThat(deadlines).extracting(ReportDeadline::due).isSorted();
		assertThat(deadlines).startsWith(
				new ReportDeadline("Báo cáo công tác CCHC", "Quý I", LocalDate.of(2025, 3, 10)),
				new ReportDeadline("Báo cáo Kỷ luật KCHC", "Quý I", LocalDate.of(2025, 3, 15)),
				new ReportDeadline("Báo cáo kiểm soát TTHC", "Quý I", LocalDate.of(2025, 3, 15)),
				new ReportDeadline("Báo cáo chuyển đổi số", "Quý I", LocalDate.of(2025, 3, 20)));
		assertThat(deadlines).contains(
				new ReportDeadline("Báo cáo công tác CCHC", "Quý IV", LocalDate.of(2025, 11, 10)),
				new ReportDeadline("Báo cáo Kỷ luật KCHC", "Quý IV", LocalDate.of(2025, 11, 15)),
				new ReportDeadline("Báo cáo xếp hạng chỉ số CCHC cấp xã", "Một lần", LocalDate.of(2025, 11, 30)));
		assertThat(deadlines).endsWith(
				new ReportDeadline("Báo cáo chuyển đổi số", "Năm", LocalDate.of(2025, 12, 15)),
				new ReportDeadline("Báo cáo kiểm soát TTHC", "Năm", LocalDate.of(2025, 12, 15)));
		assertThat(deadlines).hasSize(4 + 4 + 4 + 4 + 1);
	}

	@Test
	void shouldKeepTheFourthQuarterReportWhenThereIsNoYearlyReport() {
		ReportingRule quarterlyOnly = new ReportingRule(CCHC, new QuarterlyRule(15, false), null, List.of(), null, null);

		assertThat(calendar.expand(List.of(quarterlyOnly), SECOND_HALF_2025)).containsExactly(
				new ReportDeadline(CCHC, "Quý III", LocalDate.of(2025, 9, 15)),
				new ReportDeadline(CCHC, "Quý IV", LocalDate.of(2025, 12, 15)));
	}

	@Test
	void shouldLabelPeriodsWithTheirYearWhenThePlanSpansTwoYears() {
		ReportingRule rule = new ReportingRule(CCHC, new QuarterlyRule(10, true), new YearlyRule(MonthDay.of(12, 10), true),
				List.of(), null, null);
		PlanPeriod schoolYear = new PlanPeriod(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30));

		assertThat(calendar.expand(List.of(rule), schoolYear)).containsExactly(
				new ReportDeadline(CCHC, "Quý III/2025", LocalDate.of(2025, 9, 9)),
				new ReportDeadline(CCHC, "Năm/2025", LocalDate.of(2025, 12, 9)),
				new ReportDeadline(CCHC, "Quý I/2026", LocalDate.of(2026, 3, 9)),
				new ReportDeadline(CCHC, "6 tháng/2026", LocalDate.of(2026, 6, 9)));
	}

	@Test
	void shouldGiveExplicitDatesTheirOwnLabels() {
		ReportingRule rule = new ReportingRule("Báo cáo chuyên đề", null, null, List.of(
				new ReportDate("Báo cáo 6 tháng", MonthDay.of(6, 20), true),
				new ReportDate("Báo cáo tổng kết giai đoạn", MonthDay.of(11, 1), false)), null, null);

		assertThat(calendar.expand(List.of(rule), PlanPeriod.year(2025))).containsExactly(
				new ReportDeadline("Báo cáo chuyên đề", "6 tháng", LocalDate.of(2025, 6, 19)),
				new ReportDeadline("Báo cáo chuyên đề", "Báo cáo tổng kết giai đoạn", LocalDate.of(2025, 11, 1)));
	}

	@Test
	void shouldRefuseAQuarterlyDayThatSomeLastMonthOfAQuarterDoesNotHave() {
		ReportingRule rule = new ReportingRule(CCHC, new QuarterlyRule(31, true), null, List.of(), null, null);

		assertThatThrownBy(() -> calendar.expand(List.of(rule), PlanPeriod.year(2025)))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("Ngày 31 không có trong tháng 6");
	}

}
