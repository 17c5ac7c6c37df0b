package vn.parflow.workflow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** When reminders and overdue escalations fire, and when a firing owes a reminder. */
class ReminderRulesTest {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final LocalDate DUE = LocalDate.of(2025, 9, 30);

	@ParameterizedTest(name = "{1} days before {0} → {2}")
	@CsvSource(delimiter = ';', textBlock = """
			2025-09-30; 7,1;    R1/2025-09-23T08:00:00+07:00/P6D
			2025-09-30; 7,3,1;  R3/2025-09-23T08:00:00+07:00/P2D
			2025-09-30; 14,7;   R1/2025-09-16T08:00:00+07:00/P7D
			2025-09-30; 1;      R1/2025-09-29T08:00:00+07:00/P1D
			2025-10-03; 7,1;    R1/2025-09-26T08:00:00+07:00/P6D
			""")
	void shouldFireOnEveryReminderDayAtEightInThePlansTimeZone(LocalDate due, String days, String cycle) {
		assertThat(ReminderRules.reminderCycle(due, days(days), LocalTime.of(8, 0), ZONE)).isEqualTo(cycle);
	}

	@ParameterizedTest(name = "due {0}, every {1} → {2}")
	@CsvSource(delimiter = ';', textBlock = """
			2025-09-30; P7D;  R/2025-10-01T08:00:00+07:00/P7D
			2025-12-31; P14D; R/2026-01-01T08:00:00+07:00/P14D
			""")
	void shouldEscalateFromTheDayAfterTheDueDateAndRepeat(LocalDate due, Period every, String cycle) {
		assertThat(ReminderRules.overdueCycle(due, every, LocalTime.of(8, 0), ZONE)).isEqualTo(cycle);
	}

	@ParameterizedTest(name = "on {0} after reminders at [{1}] days left: {2}")
	@CsvSource(delimiter = ';', textBlock = """
			2025-09-22; ;    false
			2025-09-23; ;    true
			2025-09-25; 7;   false
			2025-09-25; ;    true
			2025-09-29; 7;   true
			2025-09-29; 3;   true
			2025-09-29; 7,1; false
			2025-09-30; 7;   false
			2025-10-01; 7,1; false
			""")
	void shouldOweOneReminderPerWindowWith7And1DaysBefore(LocalDate today, String earlier, boolean owed) {
		assertThat(ReminderRules.reminderOwed(DUE, today, List.of(7, 1), days(earlier))).isEqualTo(owed);
	}

	@ParameterizedTest(name = "on {0}: escalation {1}")
	@CsvSource(delimiter = ';', textBlock = """
			2025-09-30; 0
			2025-10-01; 1
			2025-10-07; 1
			2025-10-08; 2
			2025-10-29; 5
			""")
	void shouldCountEscalationsWeekByWeekFromTheDayAfterTheDueDate(LocalDate today, int escalation) {
		assertThat(ReminderRules.periodsOverdue(DUE, today, Period.ofWeeks(1))).isEqualTo(escalation);
	}

	private static List<Integer> days(String list) {
		return list == null ? List.of() : Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
	}

}
