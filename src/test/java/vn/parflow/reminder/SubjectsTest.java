package vn.parflow.reminder;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectsTest {

	static final LocalDate DUE = LocalDate.of(2025, 12, 9);

	@Test
	void shouldSayWhichTaskIsDueWhenAndHowManyDaysAreLeft() {
		assertThat(Subjects.taskReminder("12", "Ban hành Kế hoạch cải cách hành chính năm 2026", DUE, 7))
			.isEqualTo("[Parflow] Nhắc việc: nhiệm vụ 12 «Ban hành Kế hoạch cải cách hành chính năm 2026» đến hạn "
					+ "ngày 09/12/2025 (còn 7 ngày)");
	}

	@ParameterizedTest(name = "{0} day(s) left: {1}")
	@CsvSource({ "7, còn 7 ngày", "1, còn 1 ngày", "0, hạn chót là hôm nay" })
	void shouldSayHowManyDaysAreLeft(int days, String text) {
		assertThat(Subjects.daysLeft(days)).isEqualTo(text);
	}

	@ParameterizedTest(name = "{0} week(s) overdue: {1}")
	@CsvSource({ "0, đã quá hạn", "1, đã quá hạn 1 tuần", "3, đã quá hạn 3 tuần" })
	void shouldSayHowLongATaskIsOverdue(int weeks, String text) {
		assertThat(Subjects.overdue(weeks)).isEqualTo(text);
	}

	@Test
	void shouldEscalateAnOverdueTaskWithItsDueDate() {
		assertThat(Subjects.taskOverdue("5", "Rà soát thủ tục hành chính", DUE, 2))
			.isEqualTo("[Parflow] Quá hạn: nhiệm vụ 5 «Rà soát thủ tục hành chính» hết hạn ngày 09/12/2025, "
					+ "đã quá hạn 2 tuần");
	}

	@Test
	void shouldNameTheReportAndItsPeriod() {
		assertThat(Subjects.reportReminder("Báo cáo công tác cải cách hành chính", "Quý III", LocalDate.of(2025, 9, 9), 3))
			.isEqualTo("[Parflow] Nhắc báo cáo: Báo cáo công tác cải cách hành chính (Quý III) đến hạn ngày "
					+ "09/09/2025 (còn 3 ngày)");
		assertThat(Subjects.reportOpened("Báo cáo công tác cải cách hành chính", "6 tháng", LocalDate.of(2025, 6, 9)))
			.isEqualTo("[Parflow] Mở kỳ báo cáo: Báo cáo công tác cải cách hành chính (6 tháng), hạn ngày 09/06/2025");
	}

	@ParameterizedTest(name = "{0} due soon, {1} overdue")
	@CsvSource(delimiter = '|', value = { "3|1|[Parflow] Việc cần làm ngày 02/12/2025: 3 việc sắp đến hạn, 1 việc quá hạn",
			"2|0|[Parflow] Việc cần làm ngày 02/12/2025: 2 việc sắp đến hạn",
			"0|4|[Parflow] Việc cần làm ngày 02/12/2025: 4 việc quá hạn" })
	void shouldCountTheDigestsTasks(int upcoming, int overdue, String subject) {
		assertThat(Subjects.digest(LocalDate.of(2025, 12, 2), upcoming, overdue)).isEqualTo(subject);
	}

	@Test
	void shouldShortenALongTaskAtAWordBoundary() {
		String content = "Tổ chức tuyên truyền, phổ biến các văn bản quy phạm pháp luật mới ban hành liên quan đến "
				+ "công tác cải cách hành chính trên địa bàn xã";

		String shortened = Subjects.shorten(content);

		assertThat(shortened).endsWith("…").hasSizeLessThanOrEqualTo(81);
		assertThat(content).startsWith(shortened.substring(0, shortened.length() - 1));
		assertThat(content.charAt(shortened.length() - 1)).isEqualTo(' ');
	}

	@Test
	void shouldKeepAShortTaskWholeOnOneLine() {
		assertThat(Subjects.shorten("Ban hành\n kế hoạch  ")).isEqualTo("Ban hành kế hoạch");
	}

}
