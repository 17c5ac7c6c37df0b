package vn.parflow.reporting;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.parflow.schedule.PlanPeriod;

/**
 * Which days a report covers, from the period as the report calendar names it and the report's deadline: "Quý III"
 * the third quarter, "6 tháng" the first half-year, "Năm" the year (the reports of a year are cumulative the way
 * offices write them: the 6-month and yearly reports cover the year so far), each inside the plan period. A period
 * with another name covers the plan period up to the end of the month of the deadline. The year is the one written
 * after a slash ("Quý I/2026"), otherwise the deadline's. Plain Java.
 */
final class ReportPeriods {

	private static final Pattern LABEL = Pattern.compile("^(Quý (I|II|III|IV)|6 tháng|Năm)(?:/(\\d{4}))?$");

	private ReportPeriods() {
	}

	static PlanPeriod range(String period, LocalDate due, PlanPeriod plan) {
		Matcher m = LABEL.matcher(period == null ? "" : period.strip());
		LocalDate from;
		LocalDate to;
		if (m.matches()) {
			int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : due.getYear();
			if (m.group(2) != null) {
				int quarter = roman(m.group(2));
				from = LocalDate.of(year, quarter * 3 - 2, 1);
				to = from.plusMonths(3).minusDays(1);
			}
			else if (m.group(1).equals("6 tháng")) {
				from = LocalDate.of(year, 1, 1);
				to = LocalDate.of(year, 6, 30);
			}
			else {
				from = LocalDate.of(year, 1, 1);
				to = LocalDate.of(year, 12, 31);
			}
		}
		else {
			from = plan.start();
			to = due.withDayOfMonth(due.lengthOfMonth());
		}
		if (from.isBefore(plan.start())) {
			from = plan.start();
		}
		if (to.isAfter(plan.end())) {
			to = plan.end();
		}
		if (to.isBefore(from)) {
			to = from;
		}
		return new PlanPeriod(from, to);
	}

	/** "quý III năm 2025", "6 tháng đầu năm 2025", "năm 2025"; another name as written, with the year. */
	static String phrase(String period, LocalDate to) {
		Matcher m = LABEL.matcher(period == null ? "" : period.strip());
		if (!m.matches()) {
			return (period == null ? "" : period.strip()) + " năm " + to.getYear();
		}
		int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : to.getYear();
		if (m.group(2) != null) {
			return "quý " + m.group(2) + " năm " + year;
		}
		return m.group(1).equals("6 tháng") ? "6 tháng đầu năm " + year : "năm " + year;
	}

	private static int roman(String numeral) {
		return switch (numeral) {
			case "I" -> 1;
			case "II" -> 2;
			case "III" -> 3;
			case "IV" -> 4;
			default -> throw new IllegalArgumentException("Quý không hợp lệ: " + numeral);
		};
	}

}
