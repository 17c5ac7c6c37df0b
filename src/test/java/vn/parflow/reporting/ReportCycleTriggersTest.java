package vn.parflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.parflow.reporting.ReportCycleTriggers.Opening;
import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.ReportCalendar;
import vn.parflow.schedule.ReportDeadline;

/**
 * When the report cycles of the five seed plans open: ten days before each deadline of their reporting regimes, at
 * 07:00 in Việt Nam. Computed from config/plans/reporting-rules.yaml, never waited for.
 */
class ReportCycleTriggersTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

	final ReportCalendar calendar = new ReportCalendar();

	final ReportCycleTriggers triggers = new ReportCycleTriggers(10, LocalTime.of(7, 0), VIETNAM);

	static final String CCHC = "Báo cáo công tác cải cách hành chính";

	@ParameterizedTest(name = "{0}: {1} – {2} due {3}, opens {4} 07:00")
	@CsvSource(delimiter = '|', textBlock = """
			VINHBAO-2026    | Báo cáo công tác cải cách hành chính | Quý I    | 2/3/2026   | 20/2/2026
			VINHBAO-2026    | Báo cáo công tác cải cách hành chính | 6 tháng  | 2/6/2026   | 23/5/2026
			VINHBAO-2026    | Báo cáo công tác cải cách hành chính | Quý III  | 2/9/2026   | 23/8/2026
			VINHBAO-2026    | Báo cáo công tác cải cách hành chính | Năm      | 2/12/2026  | 22/11/2026
			VIETKHE-2025-H2 | Báo cáo công tác cải cách hành chính | Quý III  | 9/9/2025   | 30/8/2025
			VIETKHE-2025-H2 | Báo cáo công tác cải cách hành chính | Năm      | 9/12/2025  | 29/11/2025
			VIETKHE-2025-H2 | Báo cáo cải cách hành chính hàng quý và năm của UBND xã | Quý III | 19/9/2025 | 9/9/2025
			VIETKHE-2025-H2 | Báo cáo cải cách hành chính hàng quý và năm của UBND xã | Quý IV  | 19/12/2025 | 9/12/2025
			LELOI-2025      | Báo cáo công tác cải cách hành chính | Quý I    | 28/2/2025  | 18/2/2025
			LELOI-2025      | Báo cáo công tác cải cách hành chính | 6 tháng  | 31/5/2025  | 21/5/2025
			LELOI-2025      | Báo cáo công tác cải cách hành chính | Quý III  | 31/8/2025  | 21/8/2025
			LELOI-2025      | Báo cáo công tác cải cách hành chính | Năm      | 30/11/2025 | 20/11/2025
			THAITAN-2025-H2 | Báo cáo công tác cải cách hành chính | Năm      | 9/12/2025  | 29/11/2025
			ANHSON-2025     | Báo cáo công tác cải cách hành chính | Quý I    | 10/3/2025  | 28/2/2025
			ANHSON-2025     | Báo cáo công tác cải cách hành chính | Quý II   | 10/6/2025  | 31/5/2025
			ANHSON-2025     | Báo cáo công tác cải cách hành chính | Quý III  | 10/9/2025  | 31/8/2025
			ANHSON-2025     | Báo cáo công tác cải cách hành chính | Quý IV   | 10/11/2025 | 31/10/2025
			ANHSON-2025     | Báo cáo kỷ luật, kỷ cương hành chính | Quý I    | 15/3/2025  | 5/3/2025
			ANHSON-2025     | Báo cáo kỷ luật, kỷ cương hành chính | Quý II   | 15/6/2025  | 5/6/2025
			ANHSON-2025     | Báo cáo kỷ luật, kỷ cương hành chính | Quý III  | 15/9/2025  | 5/9/2025
			ANHSON-2025     | Báo cáo kỷ luật, kỷ cương hành chính | Quý IV   | 15/11/2025 | 5/11/2025
			ANHSON-2025     | Báo cáo xếp hạng chỉ số CCHC cấp xã  | Năm      | 30/11/2025 | 20/11/2025
			ANHSON-2025     | Báo cáo kiểm soát thủ tục hành chính | Quý I    | 15/3/2025  | 5/3/2025
			ANHSON-2025     | Báo cáo kiểm soát thủ tục hành chính | Quý II   | 15/6/2025  | 5/6/2025
			ANHSON-2025     | Báo cáo kiểm soát thủ tục hành chính | Quý III  | 15/9/2025  | 5/9/2025
			ANHSON-2025     | Báo cáo kiểm soát thủ tục hành chính | Năm      | 15/12/2025 | 5/12/2025
			ANHSON-2025     | Báo cáo số hóa hồ sơ, kết quả giải quyết TTHC | Quý I   | 5/3/2025  | 23/2/2025
			ANHSON-2025     | Báo cáo số hóa hồ sơ, kết quả giải quyết TTHC | Quý II  | 5/6/2025  | 26/5/2025
			ANHSON-2025     | Báo cáo số hóa hồ sơ, kết quả giải quyết TTHC | Quý III | 5/9/2025  | 26/8/2025
			ANHSON-2025     | Báo cáo số hóa hồ sơ, kết quả giải quyết TTHC | Năm     | 5/12/2025 | 25/11/2025
			ANHSON-2025     | Báo cáo kết quả thực hiện chuyển đổi số | Quý I   | 20/3/2025  | 10/3/2025
			ANHSON-2025     | Báo cáo kết quả thực hiện chuyển đổi số | Quý II  | 20/6/2025  | 10/6/2025
			ANHSON-2025     | Báo cáo kết quả thực hiện chuyển đổi số | Quý III | 20/9/2025  | 10/9/2025
			ANHSON-2025     | Báo cáo kết quả thực hiện chuyển đổi số | Năm     | 15/12/2025 | 5/12/2025
			ANHSON-2025     | Báo cáo kết quả thực hiện công tác tuyên truyền công tác CCHC | Quý I   | 5/3/2025 | 23/2/2025
			ANHSON-2025     | Báo cáo kết quả thực hiện công tác tuyên truyền công tác CCHC | Quý II  | 5/6/2025 | 26/5/2025
			ANHSON-2025     | Báo cáo kết quả thực hiện công tác tuyên truyền công tác CCHC | Quý III | 5/9/2025 | 26/8/2025
			ANHSON-2025     | Báo cáo kết quả thực hiện công tác tuyên truyền công tác CCHC | Năm     | 5/12/2025 | 25/11/2025
			""")
	void shouldOpenEachSeedReportTenDaysBeforeItsDeadlineAtSevenInTheMorning(String planCode, String report,
			String period, String due, String opens) {
		PlanPeriod planPeriod = SeedRegimes.PERIODS.get(planCode);
		List<ReportDeadline> deadlines = calendar.expand(SeedRegimes.rules(planCode), planPeriod);
		Instant beforeThePlan = planPeriod.start().minusDays(1).atStartOfDay(VIETNAM).toInstant();

		List<Opening> openings = triggers.openings(deadlines, planPeriod, beforeThePlan);

		assertThat(openings).contains(new Opening(new ReportDeadline(report, period, LocalDate.parse(due, DAY)),
				LocalDate.parse(opens, DAY).atTime(7, 0).atZone(VIETNAM).toInstant()));
	}

	@ParameterizedTest(name = "{0} has {1} report cycles")
	@CsvSource({ "VINHBAO-2026, 4", "VIETKHE-2025-H2, 4", "LELOI-2025, 4", "THAITAN-2025-H2, 1", "ANHSON-2025, 25" })
	void shouldOpenNoOtherCycleThanTheSeedsReports(String planCode, int cycles) {
		PlanPeriod planPeriod = SeedRegimes.PERIODS.get(planCode);
		List<ReportDeadline> deadlines = calendar.expand(SeedRegimes.rules(planCode), planPeriod);

		assertThat(triggers.openings(deadlines, planPeriod, planPeriod.start().atStartOfDay(VIETNAM).toInstant()))
			.hasSize(cycles);
	}

	@Test
	void shouldNeverOpenACycleBeforeThePlanPeriodStarts() {
		ReportCycleTriggers ninetyDays = new ReportCycleTriggers(90, LocalTime.of(7, 0), VIETNAM);
		PlanPeriod secondHalf = SeedRegimes.PERIODS.get("VIETKHE-2025-H2");
		ReportDeadline quarterThree = new ReportDeadline(CCHC, "Quý III", LocalDate.of(2025, 9, 9));

		assertThat(ninetyDays.plannedOpening(quarterThree, secondHalf))
			.isEqualTo(OffsetDateTime.parse("2025-07-01T07:00+07:00").toInstant());
	}

	@Test
	void shouldOpenAtOnceACycleWhoseOpeningTimePassedWhileItsDeadlineHasNot() {
		PlanPeriod secondHalf = SeedRegimes.PERIODS.get("VIETKHE-2025-H2");
		List<ReportDeadline> deadlines = calendar.expand(SeedRegimes.rules("VIETKHE-2025-H2"), secondHalf).stream()
			.filter(d -> d.report().equals(CCHC))
			.toList();
		Instant now = OffsetDateTime.parse("2025-09-05T10:30+07:00").toInstant();

		assertThat(triggers.openings(deadlines, secondHalf, now)).containsExactly(
				new Opening(deadlines.get(0), now),
				new Opening(deadlines.get(1), OffsetDateTime.parse("2025-11-29T07:00+07:00").toInstant()));
	}

	@Test
	void shouldStillOpenOnTheDeadlineDayItselfButNotAfterIt() {
		PlanPeriod secondHalf = SeedRegimes.PERIODS.get("VIETKHE-2025-H2");
		ReportDeadline quarterThree = new ReportDeadline(CCHC, "Quý III", LocalDate.of(2025, 9, 9));
		Instant lastDay = OffsetDateTime.parse("2025-09-09T16:00+07:00").toInstant();
		Instant dayAfter = OffsetDateTime.parse("2025-09-10T00:05+07:00").toInstant();

		assertThat(triggers.openings(List.of(quarterThree), secondHalf, lastDay))
			.containsExactly(new Opening(quarterThree, lastDay));
		assertThat(triggers.openings(List.of(quarterThree), secondHalf, dayAfter)).isEmpty();
	}

	@Test
	void shouldGiveEveryCycleTheSameJobKeyEachTimeItIsScheduled() {
		ReportDeadline quarterThree = new ReportDeadline(CCHC, "Quý III", LocalDate.of(2025, 9, 9));

		assertThat(ReportCycleSchedule.jobKey("VIETKHE-2025-H2", quarterThree).getName())
			.isEqualTo("VIETKHE-2025-H2/bao-cao-cong-tac-cai-cach-hanh-chinh/quy-iii");
		assertThat(ReportCycleSchedule.jobKey("VIETKHE-2025-H2", quarterThree))
			.isEqualTo(ReportCycleSchedule.jobKey("VIETKHE-2025-H2",
					new ReportDeadline(CCHC, "Quý III", LocalDate.of(2025, 9, 9))))
			.isNotEqualTo(ReportCycleSchedule.jobKey("VIETKHE-2025-H2",
					new ReportDeadline(CCHC, "Năm", LocalDate.of(2025, 12, 9))));
	}

	@Test
	void shouldKeepJobKeysOfVeryLongReportNamesWithinQuartzLimits() {
		ReportDeadline longName = new ReportDeadline("Báo cáo " + "kết quả thực hiện ".repeat(20), "Quý I",
				LocalDate.of(2025, 3, 10));

		assertThat(ReportCycleSchedule.jobKey("ANHSON-2025", longName).getName()).hasSizeLessThanOrEqualTo(190)
			.startsWith("ANHSON-2025/");
	}

}
