package vn.parflow.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.parflow.schedule.ReportingRule.DataPeriod;
import vn.parflow.schedule.ReportingRule.MonthlyRule;
import vn.parflow.schedule.ReportingRule.QuarterlyRule;
import vn.parflow.schedule.ReportingRule.YearlyRule;
import vn.parflow.schedule.ReportingRuleParser.ParsedRules;

/**
 * The reporting shapes of real regimes beyond the seeds' three, each with made-up variants (none taken from a
 * real plan), and what a person would read from them: a day of every month, a fixed 6-month day, "ngày 20 của tháng
 * cuối kỳ báo cáo", a yearly day in the year after the report year, several cycles in one sentence, a yearly day in
 * brackets, and the data cut-off windows of Decree 09/2019, which are the reports' data periods, never due dates.
 * A sentence that names a day is read or left for a person, never dropped.
 */
class ReportingShapesTest {

	static final PlanPeriod YEAR_2026 = new PlanPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

	final ReportingRuleParser parser = new ReportingRuleParser();

	final ReportCalendar calendar = new ReportCalendar();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Các phòng, ban gửi báo cáo kết quả thực hiện trước ngày 15 hằng tháng về Văn phòng để tổng hợp | 15 | true
			Báo cáo tháng gửi chậm nhất ngày 20 hàng tháng                                                | 20 | false
			bao cao tien do truoc ngay 5 hang thang                                                         | 5  | true
			""")
	void shouldReadADayOfEveryMonth(String sentence, int day, boolean before) {
		ReportingRule rule = single(sentence);

		assertThat(rule.monthly()).isEqualTo(new MonthlyRule(day, before));
		List<ReportDeadline> deadlines = calendar.expand(List.of(rule), YEAR_2026);
		assertThat(deadlines).hasSize(12);
		assertThat(deadlines.get(1).period()).isEqualTo("Tháng 2");
		assertThat(deadlines.get(1).due()).isEqualTo(LocalDate.of(2026, 2, before ? day - 1 : day));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Báo cáo 6 tháng gửi trước ngày 15/6 về Sở Nội vụ để tổng hợp        | 2026-06-14
			Báo cáo sáu tháng đầu năm gửi chậm nhất ngày 20 tháng 6              | 2026-06-20
			Báo cáo 6 tháng (trước ngày 25/6) gửi Phòng Nội vụ để theo dõi      | 2026-06-24
			""")
	void shouldReadAFixedSixMonthDay(String sentence, LocalDate due) {
		ReportingRule rule = single(sentence);

		assertThat(calendar.expand(List.of(rule), YEAR_2026)).singleElement().satisfies(deadline -> {
			assertThat(deadline.period()).isEqualTo("6 tháng");
			assertThat(deadline.due()).isEqualTo(due);
		});
	}

	@Test
	void shouldReadTheLastMonthOfEachReportsOwnPeriod() {
		ReportingRule rule = single("Báo cáo quý, 6 tháng và năm gửi ngày 20 của tháng cuối kỳ báo cáo.");

		assertThat(calendar.expand(List.of(rule), YEAR_2026)).extracting(ReportDeadline::period, ReportDeadline::due)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Quý I", LocalDate.of(2026, 3, 20)),
					org.assertj.core.groups.Tuple.tuple("6 tháng", LocalDate.of(2026, 6, 20)),
					org.assertj.core.groups.Tuple.tuple("Quý III", LocalDate.of(2026, 9, 20)),
					org.assertj.core.groups.Tuple.tuple("Năm", LocalDate.of(2026, 12, 20)));

		ReportingRule halfAndYear = single("Báo cáo 6 tháng và báo cáo năm gửi trước ngày 15 của tháng cuối kỳ báo cáo.");
		assertThat(calendar.expand(List.of(halfAndYear), YEAR_2026)).extracting(ReportDeadline::due)
			.containsExactly(LocalDate.of(2026, 6, 14), LocalDate.of(2026, 12, 14));

		assertUnread("Báo cáo gửi trước ngày 20 của tháng cuối kỳ báo cáo");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Báo cáo năm gửi trước ngày 10/01 của năm liền kề năm báo cáo                 | 2027-01-09
			Báo cáo tổng kết năm gửi chậm nhất ngày 15/01 năm sau về UBND huyện để tổng hợp | 2027-01-15
			Báo cáo năm gửi trước ngày 05 tháng 01 năm tiếp theo                        | 2027-01-04
			""")
	void shouldReadAYearlyDayInTheYearAfterTheReportYear(String sentence, LocalDate due) {
		ReportingRule rule = single(sentence);

		assertThat(rule.yearly().nextYear()).isTrue();
		assertThat(calendar.expand(List.of(rule), YEAR_2026)).singleElement().satisfies(deadline -> {
			assertThat(deadline.period()).isEqualTo("Năm 2026");
			assertThat(deadline.due()).as("the year after, never the report year").isEqualTo(due);
		});
	}

	@Test
	void shouldNeverReadTheYearAfterAsTheReportYear() {
		assertUnread("Các đơn vị gửi báo cáo trước ngày 10/01 của năm liền kề");
		assertUnread("Định kỳ hằng quý báo cáo trước ngày 10 của tháng đầu quý năm sau");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Báo cáo quý, 6 tháng và năm gửi trước ngày 15 tháng cuối quý về UBND huyện để tổng hợp | 15 | true
			Định kỳ hằng quý, 6 tháng, năm báo cáo trước ngày 18 của tháng cuối quý                 | 18 | true
			Báo cáo quý, báo cáo 6 tháng, báo cáo năm gửi vào ngày 12 tháng cuối của quý            | 12 | false
			""")
	void shouldReadSeveralCyclesInOneSentence(String sentence, int day, boolean before) {
		ReportingRule rule = single(sentence);

		assertThat(rule.quarterly()).isEqualTo(new QuarterlyRule(day, before));
		assertThat(rule.yearly()).isEqualTo(new YearlyRule(MonthDay.of(12, day), before));
		assertThat(calendar.expand(List.of(rule), YEAR_2026)).extracting(ReportDeadline::period)
			.containsExactly("Quý I", "6 tháng", "Quý III", "Năm");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Báo cáo kết quả thực hiện hằng năm (trước ngày 15/11) gửi Phòng Nội vụ để theo dõi | 11 | 15 | true
			Các đơn vị báo cáo hàng năm (chậm nhất ngày 20/11) về Văn phòng để tổng hợp       | 11 | 20 | false
			Tổng hợp báo cáo hằng năm ( trước ngày 01 tháng 12 )                             | 12 | 1  | true
			""")
	void shouldReadAYearlyDayInBracketsAfterHangNam(String sentence, int month, int day, boolean before) {
		assertThat(single(sentence).yearly()).isEqualTo(new YearlyRule(MonthDay.of(month, day), before));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Thời gian chốt số liệu báo cáo 6 tháng tính từ ngày 15/12 năm trước đến ngày 14/6 của kỳ báo cáo | 6 tháng | 12-15 | true  | 06-14
			Số liệu báo cáo năm tính từ ngày 01/01 đến ngày 31/12 của năm báo cáo                          | Năm     | 01-01 | false | 12-31
			Báo cáo 6 tháng lấy số liệu từ ngày 01/01 đến ngày 30/06 của năm báo cáo                       | 6 tháng | 01-01 | false | 06-30
			Chốt số liệu báo cáo quý I: từ ngày 15/12 năm trước đến ngày 14/3                              | Quý I   | 12-15 | true  | 03-14
			""")
	void shouldKeepDataCutOffWindowsApartFromDeadlines(String sentence, String label, String from, boolean previous,
			String to) {
		ReportingRule rule = single(sentence);

		assertThat(rule.datesReports()).as("a window is no deadline").isFalse();
		assertThat(rule.dataPeriods()).containsExactly(new DataPeriod(label, MonthDay.parse("--" + from), previous,
				MonthDay.parse("--" + to)));
		assertThat(calendar.expand(List.of(rule), YEAR_2026)).as("no due date from a window").isEmpty();
	}

	@Test
	void shouldGiveEachReportTheDataPeriodOfItsCycle() {
		ParsedRules parsed = parser.parse("""
				TỔ CHỨC THỰC HIỆN
				Báo cáo quý, báo cáo 6 tháng gửi trước ngày 10 tháng cuối của quý, báo cáo năm gửi trước ngày 10/12 về Sở \
				Nội vụ để tổng hợp. Thời gian chốt số liệu báo cáo 6 tháng tính từ ngày 15/12 năm trước đến ngày 14/6. \
				Số liệu báo cáo năm tính từ ngày 15/12 năm trước đến ngày 14/12 của năm báo cáo.""");

		assertThat(parsed.unread()).isEmpty();
		List<ReportDeadline> deadlines = calendar.expand(parsed.rules(), YEAR_2026);
		assertThat(deadlines).extracting(ReportDeadline::period, ReportDeadline::due, ReportDeadline::dataFrom,
				ReportDeadline::dataTo)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Quý I", LocalDate.of(2026, 3, 9), null, null),
					org.assertj.core.groups.Tuple.tuple("6 tháng", LocalDate.of(2026, 6, 9), LocalDate.of(2025, 12, 15),
							LocalDate.of(2026, 6, 14)),
					org.assertj.core.groups.Tuple.tuple("Quý III", LocalDate.of(2026, 9, 9), null, null),
					org.assertj.core.groups.Tuple.tuple("Năm", LocalDate.of(2026, 12, 9), LocalDate.of(2025, 12, 15),
							LocalDate.of(2026, 12, 14)));
	}

	@Test
	void shouldReadTheDueDayNextToAWindowInBracketsAndNeverTheWindow() {
		ReportingRule rule = single("Báo cáo 6 tháng (số liệu tính từ ngày 15/12 năm trước đến ngày 14/6) gửi trước ngày "
				+ "20/6 về Sở Nội vụ để tổng hợp.");

		assertThat(calendar.expand(List.of(rule), YEAR_2026)).singleElement().satisfies(deadline -> {
			assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 6, 19));
			assertThat(deadline.dataFrom()).isEqualTo(LocalDate.of(2025, 12, 15));
			assertThat(deadline.dataTo()).isEqualTo(LocalDate.of(2026, 6, 14));
		});
	}

	@Test
	void shouldReadOrFlagEverySentenceOfTheReportingPartThatNamesADay() {
		ParsedRules parsed = parser.parse("""
				IV. TỔ CHỨC THỰC HIỆN
				Các phòng, ban gửi báo cáo trước ngày 15 hằng tháng. Thời gian chốt số liệu báo cáo: từ ngày 15/12 năm \
				trước đến ngày 14/3 đối với báo cáo quý I. Báo cáo đột xuất gửi trong ngày 3 kể từ khi có yêu cầu. \
				Các đơn vị thực hiện báo cáo theo Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ.""");

		assertThat(parsed.rules()).hasSize(2);
		assertThat(parsed.unread()).containsExactly("Báo cáo đột xuất gửi trong ngày 3 kể từ khi có yêu cầu");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Báo cáo tiến độ gửi trước ngày 31 hằng tháng
			Báo cáo quý gửi trước ngày 10 tháng cuối quý, báo cáo 6 tháng gửi trước ngày 20/6
			Báo cáo 6 tháng và năm gửi trước ngày 10/12
			Số liệu tính từ ngày 15/12 năm trước đến ngày 14/5
			""")
	void shouldLeaveWhatItCannotReadForAPerson(String sentence) {
		assertUnread(sentence);
	}

	private ReportingRule single(String sentence) {
		ParsedRules parsed = parser.parseSentence(sentence);
		assertThat(parsed.unread()).as("read: %s", sentence).isEmpty();
		assertThat(parsed.rules()).hasSize(1);
		return parsed.rules().get(0);
	}

	private void assertUnread(String sentence) {
		ParsedRules parsed = parser.parseSentence(sentence);
		assertThat(parsed.rules()).as("no rule from: %s", sentence).isEmpty();
		assertThat(parsed.unread()).containsExactly(sentence);
	}

}
