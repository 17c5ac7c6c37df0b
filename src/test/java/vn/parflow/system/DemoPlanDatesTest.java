package vn.parflow.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPlanDatesTest {

	final byte[] demo = read();

	@Test
	void shouldLeaveThePlanAloneWhileItsPeriodRuns() {
		assertThat(DemoPlanDates.forToday(demo, LocalDate.of(2025, 7, 1))).isEqualTo(demo);
		assertThat(DemoPlanDates.forToday(demo, LocalDate.of(2025, 12, 31))).isEqualTo(demo);
	}

	@Test
	void shouldMoveThePeriodCodeTitleAndTimePhrasesToTheFirstYearInWhichThePlanStillRuns() {
		String moved = new String(DemoPlanDates.forToday(demo, LocalDate.of(2026, 12, 6)), StandardCharsets.UTF_8);

		assertThat(moved).contains("code: VIETKHE-2026-H2", "periodStart: 2026-07-01", "periodEnd: 2026-12-31",
				"6 tháng cuối năm 2026", "Trong tháng 7/2026").doesNotContain("/2025", "năm 2025");
		assertThat(new String(DemoPlanDates.forToday(demo, LocalDate.of(2027, 1, 2)), StandardCharsets.UTF_8))
			.as("the first half of 2027: the second half of 2027 is the next period that has not ended")
			.contains("periodEnd: 2027-12-31");
	}

	@Test
	void shouldKeepTheYearsOfCitedDocuments() {
		String shipped = new String(demo, StandardCharsets.UTF_8);
		String moved = new String(DemoPlanDates.forToday(demo, LocalDate.of(2028, 12, 6)), StandardCharsets.UTF_8);

		for (String year : new String[] { "2014", "2015", "2020", "2021", "2023" }) {
			assertThat(count(moved, year)).as(year).isEqualTo(count(shipped, year));
		}
		assertThat(count(moved, "2028")).isEqualTo(count(shipped, "2025"));
	}

	private static int count(String text, String year) {
		return text.split("(?<!\\d)" + year + "(?!\\d)", -1).length - 1;
	}

	private static byte[] read() {
		try {
			return Files.readAllBytes(Path.of("config/plans/viet-khe-2025-h2.yaml"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
