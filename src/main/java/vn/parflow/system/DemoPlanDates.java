package vn.parflow.system;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo plan moved to a year in which it still runs. The demo ships a real plan (Việt Khê, 6 tháng cuối năm
 * 2025); on a later date every one of its deadlines would be past, so at first start its years are moved forward by
 * whole years until its period ends today or later: the period, the code ({@code VIETKHE-2025-H2} →
 * {@code VIETKHE-2026-H2}), the title and every time phrase ("Quý III/2025" → "Quý III/2026"). Only the years of the
 * plan's own period (and the year after it) move; the years of documents it cites ("Luật … năm 2015") stay.
 */
final class DemoPlanDates {

	private static final Pattern PERIOD_START = Pattern.compile("(?m)^periodStart:\\s*(\\d{4})-(\\d{2})-(\\d{2})");

	private static final Pattern PERIOD_END = Pattern.compile("(?m)^periodEnd:\\s*(\\d{4})-(\\d{2})-(\\d{2})");

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

	private DemoPlanDates() {
	}

	/** How many years the plan must move so that its period ends on {@code today} or later (0 when it does). */
	static int yearsToMove(String yaml, LocalDate today) {
		LocalDate end = date(PERIOD_END, yaml);
		if (end == null) {
			return 0;
		}
		int years = 0;
		while (end.plusYears(years).isBefore(today)) {
			years++;
		}
		return years;
	}

	/** The plan (a YAML plan file) with the years of its period moved so that it runs on {@code today}. */
	static byte[] forToday(byte[] plan, LocalDate today) {
		String yaml = new String(plan, StandardCharsets.UTF_8);
		int years = yearsToMove(yaml, today);
		LocalDate start = date(PERIOD_START, yaml);
		LocalDate end = date(PERIOD_END, yaml);
		if (years == 0 || start == null) {
			return plan;
		}
		int first = start.getYear();
		int last = end.getYear() + 1;
		Matcher year = YEAR.matcher(yaml);
		StringBuilder moved = new StringBuilder();
		while (year.find()) {
			int value = Integer.parseInt(year.group(1));
			year.appendReplacement(moved, String.valueOf(value >= first && value <= last ? value + years : value));
		}
		year.appendTail(moved);
		return moved.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static LocalDate date(Pattern field, String yaml) {
		Matcher matcher = field.matcher(yaml);
		if (!matcher.find()) {
			return null;
		}
		return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
				Integer.parseInt(matcher.group(3)));
	}

}
