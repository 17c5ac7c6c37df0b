package vn.parflow.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.parflow.schedule.ReportingRule.QuarterlyRule;
import vn.parflow.schedule.ReportingRule.ReportDate;
import vn.parflow.schedule.ReportingRule.YearlyRule;
import vn.parflow.schedule.ReportingRuleParser.ParsedRules;

class ReportingRuleParserTest {

	private static final String CCHC = "Báo cáo công tác cải cách hành chính";

	private final ReportingRuleParser parser = new ReportingRuleParser();

	// ------------------------------------------------------------------------------------------------------------
	// The reporting sentences of the seeds' bodies (DOMAIN.md, "Reporting regimes written in the plans' bodies")

	static Stream<Arguments> seedBodies() {
		return Stream.of(
				Arguments.of("000 Việt Khê", SeedBodies.VIET_KHE_2025_H2, new QuarterlyRule(10, true),
						new YearlyRule(MonthDay.of(12, 10), true), "Sở Nội vụ"),
				Arguments.of("001 Lê Lợi", SeedBodies.LE_LOI_2025, new QuarterlyRule(1, true),
						new YearlyRule(MonthDay.of(12, 1), true), "Công chức Văn phòng - thống kê"),
				Arguments.of("003 Thái Tân", SeedBodies.THAI_TAN_2025_H2, null,
						new YearlyRule(MonthDay.of(12, 10), true), "Phòng Văn hóa - Xã hội"),
				Arguments.of("004 Vĩnh Bảo", SeedBodies.VINH_BAO_2026, new QuarterlyRule(3, true),
						new YearlyRule(MonthDay.of(12, 3), true), "Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội xã)"));
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seedBodies")
	void shouldReadTheReportingRegimeOfASeedBodyAndIgnoreOtherReportSentences(String seed, String body,
			QuarterlyRule quarterly, YearlyRule yearly, String recipient) {
		ParsedRules parsed = parser.parse(body);

		assertThat(parsed.unread()).isEmpty();
		assertThat(parsed.rules()).hasSize(1);
		ReportingRule rule = parsed.rules().get(0);
		assertThat(rule.report()).isEqualTo(CCHC);
		assertThat(rule.quarterly()).isEqualTo(quarterly);
		assertThat(rule.yearly()).isEqualTo(yearly);
		assertThat(rule.dates()).isEmpty();
		assertThat(rule.recipient()).isEqualTo(recipient);
		assertThat(rule.source()).contains("báo cáo năm gửi trước ngày");
	}

	@Test
	void shouldReadTheSentenceOfSeed000AsWritten() {
		ParsedRules parsed = parser.parseSentence("""
				Trưởng các phòng chuyên môn, các đơn vị có liên quan chỉ đạo thực hiện
				nghiêm chế độ thông tin báo cáo kết quả tham mưu, thực hiện công tác cải cách
				hành chính theo định kỳ ( Báo cáo quý, báo cáo 6 tháng gửi trước ngày 10 tháng
				cuối của quý, báo cáo năm gửi trước ngày 10/12) về Sở Nội vụ để tổng hợp, báo
				cáo UBND thành phố và Bộ Nội vụ.""");

		assertThat(parsed.rules()).singleElement().satisfies(rule -> {
			assertThat(rule.quarterly()).isEqualTo(new QuarterlyRule(10, true));
			assertThat(rule.yearly()).isEqualTo(new YearlyRule(MonthDay.of(12, 10), true));
			assertThat(rule.recipient()).isEqualTo("Sở Nội vụ");
		});
	}

	@Test
	void shouldPutTheUndatedReportingSentencesOfSeed002InUnread() {
		ParsedRules parsed = parser.parse(SeedBodies.ANH_SON_2025);

		assertThat(parsed.rules()).isEmpty();
		assertThat(parsed.unread()).containsExactly(
				"Định kỳ báo cáo tình hình, kết quả thực hiện cải cách hành chính tại xã về UBND thị xã",
				"Định kỳ hàng quý có văn bản báo cáo UBND xã kết quả xây dựng và rà soát văn bản quy phạm pháp luật trên "
						+ "địa bàn xã; phát hiện kịp thời những văn bản ban hành không phù hợp với quy định của pháp luật "
						+ "hoặc không phù hợp với thực tiễn, gây khó khăn cho sinh hoạt, đời sống của nhân dân để kịp thời "
						+ "kiến nghị bãi bỏ, điều chỉnh, bổ sung");
	}

	// ------------------------------------------------------------------------------------------------------------
	// Seed 002: per-report dates in the appendix

	static Stream<Arguments> seed002AppendixCells() {
		String quarterDates = "- Báo cáo quý I: \n\n%1$s/3/2025 \n\n- Báo cáo quý II: \n\n%1$s/6/2025 \n\n- Báo cáo quý III: \n\n"
				+ "%1$s/9/2025 \n\n- Báo cáo năm: \n\n%2$s/12/2025";
		return Stream.of(
				Arguments.of("II.2 kiểm soát TTHC", "Báo cáo kiểm soát thủ tục hành chính", quarterDates.formatted("15", "15"), 15, 15),
				Arguments.of("II.10 số hóa", "Báo cáo số hóa hồ sơ giải quyết TTHC", quarterDates.formatted("5", "5"), 5, 5),
				Arguments.of("V.2 chuyển đổi số", "Báo cáo kết quả thực hiện chuyển đổi số", quarterDates.formatted("20", "15"), 20, 15),
				Arguments.of("V.3 số hóa", "Báo cáo số hóa hồ sơ giải quyết TTHC", quarterDates.formatted("5", "5"), 5, 5),
				Arguments.of("V.5 tuyên truyền", "Báo cáo kết quả công tác tuyên truyền CCHC", quarterDates.formatted("5", "5"), 5, 5));
	}

	@ParameterizedTest(name = "seed 002, {0}")
	@MethodSource("seed002AppendixCells")
	void shouldReadOneDatePerReportFromAnAppendixCell(String row, String report, String cell, int quarterDay, int yearDay) {
		ParsedRules parsed = parser.parseAppendixCell(report, cell);

		assertThat(parsed.unread()).isEmpty();
		assertThat(parsed.rules()).singleElement().satisfies(rule -> {
			assertThat(rule.report()).isEqualTo(report);
			assertThat(rule.quarterly()).isNull();
			assertThat(rule.yearly()).isNull();
			assertThat(rule.dates()).containsExactly(
					new ReportDate("Báo cáo quý I", MonthDay.of(3, quarterDay), false),
					new ReportDate("Báo cáo quý II", MonthDay.of(6, quarterDay), false),
					new ReportDate("Báo cáo quý III", MonthDay.of(9, quarterDay), false),
					new ReportDate("Báo cáo năm", MonthDay.of(12, yearDay), false));
		});
	}

	@Test
	void shouldReadEachGroupOfSeed002RowIII2AsItsOwnReport() {
		ParsedRules parsed = parser.parseAppendixCell("Báo cáo định kỳ", DeadlineParserTest.SEED_002_III_2);

		assertThat(parsed.rules()).extracting(ReportingRule::report).containsExactly("Báo cáo công tác CCHC",
				"Báo cáo Kỷ luật KCHC", "Báo cáo xếp hạng chỉ số CCHC cấp xã");
		assertThat(parsed.rules().get(0).dates()).containsExactly(
				new ReportDate("Quý I", MonthDay.of(3, 10), false),
				new ReportDate("Quý II", MonthDay.of(6, 10), false),
				new ReportDate("Quý III", MonthDay.of(9, 10), false),
				new ReportDate("Quý IV", MonthDay.of(11, 10), false));
		assertThat(parsed.rules().get(1).dates()).extracting(ReportDate::day).containsExactly(MonthDay.of(3, 15),
				MonthDay.of(6, 15), MonthDay.of(9, 15), MonthDay.of(11, 15));
		assertThat(parsed.rules().get(2).dates()).containsExactly(new ReportDate(null, MonthDay.of(12, 1), true));
	}

	@Test
	void shouldReadAnAppendixCellGivenAsOneSentence() {
		ParsedRules parsed = parser.parseSentence("Báo cáo quý I: 15/3/2025 – Báo cáo quý II: 15/6/2025 – Báo cáo quý III: "
				+ "15/9/2025 – Báo cáo năm: 15/12/2025");

		assertThat(parsed.rules()).singleElement()
				.satisfies(rule -> assertThat(rule.dates()).extracting(ReportDate::day).containsExactly(MonthDay.of(3, 15),
						MonthDay.of(6, 15), MonthDay.of(9, 15), MonthDay.of(12, 15)));
	}

	// ------------------------------------------------------------------------------------------------------------
	// Other ways of writing, and what must never be guessed

	@Test
	void shouldReadOnDayRulesWithoutBefore() {
		ParsedRules parsed = parser.parseSentence("Báo cáo quý gửi chậm nhất ngày 15 tháng cuối quý; báo cáo năm gửi "
				+ "chậm nhất ngày 15/12 về Phòng Văn hóa - Xã hội để tổng hợp.");

		assertThat(parsed.rules()).singleElement().satisfies(rule -> {
			assertThat(rule.quarterly()).isEqualTo(new QuarterlyRule(15, false));
			assertThat(rule.yearly()).isEqualTo(new YearlyRule(MonthDay.of(12, 15), false));
			assertThat(rule.recipient()).isEqualTo("Phòng Văn hóa - Xã hội");
		});
	}

	@Test
	void shouldReadYearlyRuleWrittenWithDayAndMonthInWords() {
		ParsedRules parsed = parser.parseSentence("Báo cáo năm gửi trước ngày 05 tháng 12 về UBND huyện để tổng hợp.");

		assertThat(parsed.rules()).singleElement()
				.satisfies(rule -> assertThat(rule.yearly()).isEqualTo(new YearlyRule(MonthDay.of(12, 5), true)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Báo cáo quý, báo cáo 6 tháng gửi trước ngày 31 tháng cuối của quý
			Báo cáo năm gửi trước ngày 30/2 về Sở Nội vụ để tổng hợp
			Báo cáo quý gửi trước ngày 15 của tháng đầu quý sau
			Định kỳ hằng quý báo cáo kết quả về UBND xã
			Báo cáo quý gửi trước ngày 10 tháng cuối quý, báo cáo 6 tháng gửi trước ngày 20/6, báo cáo năm gửi trước ngày 10/12
			""")
	void shouldPutAReportingSentenceItCannotReadFullyInUnread(String sentence) {
		ParsedRules parsed = parser.parseSentence(sentence);

		assertThat(parsed.rules()).isEmpty();
		assertThat(parsed.unread()).containsExactly(sentence);
	}

	@Test
	void shouldReadWholeBodyWithoutSectionHeading() {
		ParsedRules parsed = parser.parse("Các phòng thực hiện chế độ báo cáo định kỳ (báo cáo quý, báo cáo 6 tháng gửi trước "
				+ "ngày 05 tháng cuối của quý, báo cáo năm gửi trước ngày 05/12) về Văn phòng HĐND và UBND để tổng hợp. "
				+ "Kịp thời báo cáo khó khăn, vướng mắc.");

		assertThat(parsed.rules()).singleElement().satisfies(rule -> {
			assertThat(rule.quarterly()).isEqualTo(new QuarterlyRule(5, true));
			assertThat(rule.recipient()).isEqualTo("Văn phòng HĐND và UBND");
		});
		assertThat(parsed.unread()).isEmpty();
	}

}
