package vn.parflow.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

import vn.parflow.calendar.WorkingDays;

/**
 * When reminders and escalations are due. Plain rules: the timers of the model fire on the days these cycles name,
 * and each firing asks these rules whether a reminder is owed, so that a late or repeated firing never reminds twice.
 * <p>
 * With reminders {@code daysBefore} = 7 and 1 and a due date D, the reminder windows are "7 to 2 days left" and "1
 * day left": one reminder per window, the first time a timer fires inside it.
 */
final class ReminderRules {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private ReminderRules() {
	}

	/**
	 * A timer cycle that fires on every reminder day before {@code due}: from the earliest reminder day, in steps that
	 * land on each configured day (7 and 1 days before → {@code R1/<D−7>/P6D}). A single reminder day gets one more,
	 * harmless firing on the due day. Days already past are skipped by the engine.
	 *
	 * @param daysBefore the reminder days, largest first, each at least 1
	 */
	static String reminderCycle(LocalDate due, List<Integer> daysBefore, LocalTime at, ZoneId zone) {
		return reminderCycle(due, daysBefore, at, zone, null);
	}

	/**
	 * The same, for a timer created at {@code soon} minus a minute: when every reminder day is already past (a task
	 * that starts late), one firing at {@code soon}, so that the timer always has a due date (the engine refuses a
	 * cycle whose firings are all past: "duedate is null"). Null {@code soon}: no such check.
	 */
	static String reminderCycle(LocalDate due, List<Integer> daysBefore, LocalTime at, ZoneId zone, Instant soon) {
		int last = daysBefore.get(daysBefore.size() - 1);
		if (soon != null && !due.minusDays(last).atTime(at).atZone(zone).toInstant().isAfter(soon)) {
			return "R1/%s/P1D".formatted(ISO.format(soon.atZone(zone)));
		}
		int first = daysBefore.get(0);
		String start = ISO.format(due.minusDays(first).atTime(at).atZone(zone));
		if (first == last) {
			return "R1/%s/P%dD".formatted(start, first);
		}
		int step = 0;
		for (int i = 1; i < daysBefore.size(); i++) {
			step = gcd(step, daysBefore.get(i - 1) - daysBefore.get(i));
		}
		return "R%d/%s/P%dD".formatted((first - last) / step, start, step);
	}

	/** A timer cycle that fires the day after {@code due} and again after every {@code every} while it runs. */
	static String overdueCycle(LocalDate due, Period every, LocalTime at, ZoneId zone) {
		return "R/%s/%s".formatted(ISO.format(due.plusDays(1).atTime(at).atZone(zone)), every);
	}

	/**
	 * The same on working days: the first escalation on the first working day after {@code due} (never on or before
	 * the due day, which moving a day off back would do), the later ones moved by the engine's cycle calendar.
	 */
	static String overdueCycle(LocalDate due, Period every, LocalTime at, ZoneId zone, WorkingDays workingDays) {
		return overdueCycle(due, every, at, zone, workingDays, null);
	}

	/**
	 * The same, for a timer created at {@code soon} minus a minute: a due date already past escalates at once (at
	 * {@code soon}), then every {@code every}, instead of waiting for the next weekly slot. Null {@code soon}: no
	 * such check.
	 */
	static String overdueCycle(LocalDate due, Period every, LocalTime at, ZoneId zone, WorkingDays workingDays,
			Instant soon) {
		java.time.ZonedDateTime first = workingDays.nextWorkingDay(due).atTime(at).atZone(zone);
		if (soon != null && first.toInstant().isBefore(soon)) {
			first = soon.atZone(zone);
		}
		return "R/%s/%s".formatted(ISO.format(first), every);
	}

	/**
	 * The reminder window {@code today} stands for on the working-day calendar: a reminder due on a day off is sent
	 * on the last working day before it, so today also stands for the days off that follow it. Of the windows today
	 * stands for, the nearest to the due date; two reminders that land on the same day are one.
	 */
	static OptionalInt window(LocalDate due, LocalDate today, List<Integer> daysBefore, WorkingDays workingDays) {
		long left = daysLeft(due, today);
		if (left < 1) {
			return OptionalInt.empty();
		}
		long nearest = Math.max(1, left - workingDays.daysOffAfter(today));
		return daysBefore.stream().mapToInt(Integer::intValue).filter(days -> days >= nearest).min();
	}

	/** {@link #reminderOwed(LocalDate, LocalDate, List, Collection)} on the working-day calendar. */
	static boolean reminderOwed(LocalDate due, LocalDate today, List<Integer> daysBefore, Collection<Integer> earlier,
			WorkingDays workingDays) {
		OptionalInt window = window(due, today, daysBefore, workingDays);
		if (window.isEmpty()) {
			return false;
		}
		return earlier.stream().noneMatch(days -> {
			OptionalInt theirs = window(due, due.minusDays(days), daysBefore, workingDays);
			return theirs.isPresent() && theirs.getAsInt() <= window.getAsInt();
		});
	}

	/**
	 * The reminder window {@code today} falls in: the smallest reminder day not smaller than the days left. Empty
	 * before the first reminder day and from the due day on.
	 */
	static OptionalInt window(LocalDate due, LocalDate today, List<Integer> daysBefore) {
		long left = daysLeft(due, today);
		if (left < 1) {
			return OptionalInt.empty();
		}
		return daysBefore.stream().mapToInt(Integer::intValue).filter(days -> days >= left).min();
	}

	/**
	 * Whether a reminder is owed today: today is in a reminder window and no reminder was raised in that window yet.
	 *
	 * @param earlier the days left at each reminder already raised for the same due date
	 */
	static boolean reminderOwed(LocalDate due, LocalDate today, List<Integer> daysBefore, Collection<Integer> earlier) {
		OptionalInt window = window(due, today, daysBefore);
		if (window.isEmpty()) {
			return false;
		}
		return earlier.stream().noneMatch(days -> {
			OptionalInt theirs = window(due, due.minusDays(days), daysBefore);
			return theirs.isPresent() && theirs.getAsInt() == window.getAsInt();
		});
	}

	static int daysLeft(LocalDate due, LocalDate today) {
		return (int) ChronoUnit.DAYS.between(today, due);
	}

	/** 1 the day after the due date and the {@code every} days after it, 2 in the next such period, and so on. */
	static int periodsOverdue(LocalDate due, LocalDate today, Period every) {
		long late = ChronoUnit.DAYS.between(due, today);
		if (late < 1) {
			return 0;
		}
		long days = Math.max(1, every.toTotalMonths() * 30 + every.getDays());
		return (int) ((late - 1) / days + 1);
	}

	private static int gcd(int a, int b) {
		return b == 0 ? Math.abs(a) : gcd(b, a % b);
	}

}
