package vn.parflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import vn.parflow.calendar.WorkingDayCalendars;
import vn.parflow.calendar.WorkingDays;
import vn.parflow.schedule.Deadline;
import vn.parflow.schedule.DeadlineParser;
import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.Schedule;

/**
 * Walks the whole year 2026 through the timers of every task of the Việt Khê sample (6 tháng cuối năm 2025: its
 * overdue escalations run on into 2026) and of the same plan issued for 2026, as the engine fires them with the
 * working-day cycle calendar, and asserts that every reminder and escalation goes out on a working day at 08:00,
 * once per day, and that the reminders the rules then owe are never two on one day.
 */
class WorkingDayRemindersTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final WorkingDays DAYS = WorkingDays.read("config/calendar/days-off.yaml");

	static final LocalTime AT = LocalTime.of(8, 0);

	static final List<Integer> DAYS_BEFORE = List.of(7, 1);

	final CycleBusinessCalendar cycles = WorkingDayCalendars.cycle(DAYS, VIETNAM);

	final DeadlineParser parser = new DeadlineParser();

	@AfterEach
	void resetEngineClock() {
		ClockUtil.reset();
	}

	record Plan(String name, PlanPeriod period, List<String> phrases) {
	}

	static Plan vietKhe(boolean as2026) throws Exception {
		JsonNode plan = new ObjectMapper(new YAMLFactory()).readTree(Path.of("config/plans/viet-khe-2025-h2.yaml").toFile());
		List<String> phrases = new ArrayList<>();
		plan.path("tasks").forEach(task -> {
			String time = task.path("time").asText(null);
			if (time != null) {
				phrases.add(as2026 ? time.replace("2025", "2026") : time);
			}
		});
		PlanPeriod period = as2026 ? new PlanPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
				: new PlanPeriod(LocalDate.parse(plan.path("periodStart").asText()),
						LocalDate.parse(plan.path("periodEnd").asText()));
		return new Plan(as2026 ? "Việt Khê 2026" : "Việt Khê 6 tháng cuối năm 2025", period, phrases);
	}

	/** The firings of a timer cycle as the engine makes them: the first when the timer is created, each next one when the last one fired. */
	List<LocalDateTime> firings(String cycle, Instant created, LocalDate until) {
		List<LocalDateTime> firings = new ArrayList<>();
		ClockUtil.setCurrentTime(Date.from(created));
		Date next = cycles.resolveDuedate(cycle);
		while (next != null && !LocalDateTime.ofInstant(next.toInstant(), VIETNAM).toLocalDate().isAfter(until)) {
			firings.add(LocalDateTime.ofInstant(next.toInstant(), VIETNAM));
			// the job executor runs the job a moment after its due time
			ClockUtil.setCurrentTime(Date.from(next.toInstant().plusSeconds(1)));
			next = cycles.resolveDuedate(cycle);
		}
		return firings;
	}

	@Test
	void shouldFireEveryReminderAndEscalationOf2026OnAWorkingDayAtEightOnce() throws Exception {
		int inYear = 0;
		int remindersSent = 0;
		Set<LocalDate> moved = new HashSet<>();
		for (Plan plan : List.of(vietKhe(false), vietKhe(true))) {
			Instant activated = plan.period().start().atStartOfDay(VIETNAM).toInstant();
			for (String phrase : plan.phrases()) {
				Schedule schedule = parser.parse(phrase, plan.period());
				for (Deadline deadline : schedule.deadlines()) {
					LocalDate due = deadline.date();
					List<LocalDateTime> reminders = firings(
							ReminderRules.reminderCycle(due, DAYS_BEFORE, AT, VIETNAM), activated, due);
					List<LocalDateTime> escalations = firings(ReminderRules.overdueCycle(due, Period.ofWeeks(1), AT,
							VIETNAM, DAYS), activated, LocalDate.of(2026, 12, 31));
					for (List<LocalDateTime> timer : List.of(reminders, escalations)) {
						assertThat(timer).as("%s: %s → %s", plan.name(), phrase, due).doesNotHaveDuplicates();
						assertThat(timer.stream().map(LocalDateTime::toLocalDate).distinct().count())
							.as("one firing a day: %s → %s", phrase, due).isEqualTo(timer.size());
						for (LocalDateTime firing : timer) {
							if (firing.getYear() != 2026) {
								continue;
							}
							inYear++;
							assertThat(DAYS.isWorkingDay(firing.toLocalDate()))
								.as("%s: %s → hạn %s, nhắc %s", plan.name(), phrase, due, firing).isTrue();
							assertThat(firing.toLocalTime()).isEqualTo(AT);
						}
					}
					assertThat(escalations).allSatisfy(firing -> assertThat(firing.toLocalDate()).isAfter(due));
					// what the rules send on the reminder days: never two on one day
					List<Integer> sent = new ArrayList<>();
					Set<LocalDate> sentOn = new HashSet<>();
					for (LocalDateTime firing : reminders) {
						LocalDate today = firing.toLocalDate();
						if (ReminderRules.reminderOwed(due, today, DAYS_BEFORE, sent, DAYS)) {
							assertThat(sentOn.add(today)).isTrue();
							sent.add(ReminderRules.daysLeft(due, today));
							if (!DAYS.isWorkingDay(today.plusDays(1))) {
								moved.add(today);
							}
						}
					}
					remindersSent += sent.size();
				}
			}
		}
		assertThat(inYear).as("timers walked in 2026").isGreaterThan(100);
		assertThat(remindersSent).isGreaterThan(50);
		assertThat(moved).as("some reminders were moved before a day off").isNotEmpty();
	}

	@Test
	void shouldMoveTheRemindersOfADeadlineInTetToTheLastWorkingDayBeforeItAndSendThemOnce() {
		// "Trước ngày 20/02/2026" → 19/02/2026, in Tết (14/02 – 22/02): 7 days before is Thursday 12/02; 1 day
		// before is 18/02 → Friday 13/02; the third, harmless firing on the due day moves to 13/02 too: dropped
		LocalDate due = LocalDate.of(2026, 2, 19);
		List<LocalDateTime> reminders = firings(ReminderRules.reminderCycle(due, DAYS_BEFORE, AT, VIETNAM),
				Instant.parse("2026-01-01T00:00:00Z"), due);
		assertThat(reminders).containsExactly(LocalDateTime.of(2026, 2, 12, 8, 0), LocalDateTime.of(2026, 2, 13, 8, 0));

		// due Monday 23/02/2026: 7 days before (16/02) and 1 day before (22/02) both land on Friday 13/02: once
		LocalDate after = LocalDate.of(2026, 2, 23);
		List<LocalDateTime> both = firings(ReminderRules.reminderCycle(after, DAYS_BEFORE, AT, VIETNAM),
				Instant.parse("2026-01-01T00:00:00Z"), after);
		assertThat(both).containsExactly(LocalDateTime.of(2026, 2, 13, 8, 0));
		assertThat(ReminderRules.reminderOwed(after, LocalDate.of(2026, 2, 13), DAYS_BEFORE, List.of(), DAYS)).isTrue();
		assertThat(ReminderRules.window(after, LocalDate.of(2026, 2, 13), DAYS_BEFORE, DAYS)).hasValue(1);
	}

	@Test
	void shouldEscalateOnTheFirstWorkingDayAfterADeadlineThatFallsBeforeADayOff() {
		// due Friday 13/02/2026, the last day before Tết: the first escalation is Monday 23/02, then weekly
		LocalDate due = LocalDate.of(2026, 2, 13);
		List<LocalDateTime> escalations = firings(ReminderRules.overdueCycle(due, Period.ofWeeks(1), AT, VIETNAM, DAYS),
				Instant.parse("2026-02-01T00:00:00Z"), LocalDate.of(2026, 3, 10));
		assertThat(escalations).containsExactly(LocalDateTime.of(2026, 2, 23, 8, 0), LocalDateTime.of(2026, 3, 2, 8, 0),
				LocalDateTime.of(2026, 3, 9, 8, 0));
	}

}
