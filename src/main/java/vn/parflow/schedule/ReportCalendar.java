package vn.parflow.schedule;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.parflow.schedule.ReportingRule.QuarterlyRule;
import vn.parflow.schedule.ReportingRule.ReportDate;

/**
 * Expands a plan's reporting rules into its report deadlines inside the plan period, in date order.
 * <ul>
 * <li>A quarterly rule gives "Quý I", "6 tháng" (the Q2 report is the 6-month report), "Quý III", and "Quý IV" only
 * when the same rule has no yearly report (the yearly report takes the place of the Q4 report).</li>
 * <li>A yearly rule gives "Năm".</li>
 * <li>Explicit dates give their own labels ("Báo cáo quý I" → "Quý I", "Báo cáo năm" → "Năm").</li>
 * <li>"before" means the day before: "trước ngày 01 tháng cuối quý" for Q1 is 28/2 (29/2 in a leap year).</li>
 * <li>A monthly rule gives "Tháng 1" … "Tháng 12".</li>
 * <li>A yearly rule whose day lies in the next year ("trước ngày 10/01 của năm liền kề năm báo cáo") gives the
 * report of each year of the period on that day of the following year, also after the period ends.</li>
 * <li>Data cut-off windows ({@link ReportingRule.DataPeriod}) are attached to the report of their period as
 * {@code dataFrom}/{@code dataTo}; a rule that gives only windows lends them to the plan's reports of the same name
 * (or to all, when it names no report). They never make a deadline.</li>
 * </ul>
 * When the period spans more than one calendar year, each period label carries its year ("Quý I/2026").
 * Plain Java: no Spring inside.
 */
public class ReportCalendar {

	private static final Pattern QUARTER = Pattern.compile("(?<![a-z])quy\\s*(iv|iii|ii|i|[1-4])(?![a-z0-9])");

	private static final Pattern HALF = Pattern.compile("(?<![a-z])(?:6|06|sau)\\s*thang(?![a-z])");

	private static final Pattern YEAR = Pattern.compile("(?<![a-z])nam(?![a-z])");

	public List<ReportDeadline> expand(List<ReportingRule> rules, PlanPeriod period) {
		List<ReportDeadline> all = new ArrayList<>();
		List<ReportDeadline> afterPeriod = new ArrayList<>();
		boolean manyYears = period.start().getYear() != period.end().getYear();
		for (ReportingRule rule : rules) {
			if (!rule.datesReports()) {
				continue;
			}
			List<ReportingRule.DataPeriod> windows = new ArrayList<>(rule.dataPeriods());
			for (ReportingRule other : rules) {
				if (!other.datesReports() && (other.report() == null
						|| ReportingRuleParser.DEFAULT_REPORT.equals(other.report())
						|| other.report().equals(rule.report()))) {
					windows.addAll(other.dataPeriods());
				}
			}
			int from = all.size();
			String report = rule.report() == null || rule.report().isBlank() ? ReportingRuleParser.DEFAULT_REPORT : rule.report();
			for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
				String suffix = manyYears ? "/" + year : "";
				QuarterlyRule quarterly = rule.quarterly();
				if (quarterly != null) {
					for (int quarter = 1; quarter <= 4; quarter++) {
						if (quarter == 4 && rule.yearly() != null) {
							continue;
						}
						String label = quarter == 2 ? "6 tháng" : "Quý " + TimePhraseReader.roman(quarter);
						all.add(new ReportDeadline(report, label + suffix, quarterDay(year, quarter, quarterly)));
					}
				}
				if (rule.monthly() != null) {
					for (int month = 1; month <= 12; month++) {
						LocalDate first = LocalDate.of(year, month, 1);
						int day = Math.min(rule.monthly().day(), first.lengthOfMonth());
						LocalDate due = first.withDayOfMonth(day);
						all.add(new ReportDeadline(report, "Tháng " + month + suffix,
								rule.monthly().before() ? due.minusDays(1) : due));
					}
				}
				if (rule.yearly() != null && rule.yearly().nextYear()) {
					ReportDeadline yearly = new ReportDeadline(report, "Năm " + year,
							due(year + 1, rule.yearly().day(), rule.yearly().before()));
					all.add(yearly);
					if (!period.contains(yearly.due()) && yearly.due().isAfter(period.end())) {
						afterPeriod.add(yearly);
					}
				}
				else if (rule.yearly() != null) {
					all.add(new ReportDeadline(report, "Năm" + suffix, due(year, rule.yearly().day(), rule.yearly().before())));
				}
				for (ReportDate date : rule.dates()) {
					all.add(new ReportDeadline(report, period(date.label()) + suffix, due(year, date.day(), date.before())));
				}
			}
			if (!windows.isEmpty()) {
				for (int i = from; i < all.size(); i++) {
					ReportDeadline deadline = all.get(i);
					ReportDeadline withData = withData(deadline, windows);
					if (afterPeriod.remove(deadline)) {
						afterPeriod.add(withData);
					}
					all.set(i, withData);
				}
			}
		}
		return all.stream()
				.filter(d -> period.contains(d.due()) || afterPeriod.contains(d))
				.sorted(Comparator.comparing(ReportDeadline::due).thenComparing(ReportDeadline::report))
				.toList();
	}

	/** The deadline with the window of its period ("Quý I" ← "Quý I/2026", "Năm" ← "Năm 2025"), if there is one. */
	private static ReportDeadline withData(ReportDeadline deadline, List<ReportingRule.DataPeriod> windows) {
		String label = deadline.period().replaceAll("/\\d{4}$", "").replaceAll("^Năm \\d{4}$", "Năm");
		int year = deadline.period().matches(".*\\d{4}$")
				? Integer.parseInt(deadline.period().substring(deadline.period().length() - 4))
				: deadline.due().getYear();
		for (ReportingRule.DataPeriod window : windows) {
			if (label.equals(window.label())) {
				LocalDate to = window.to().atYear(year);
				int fromYear = window.fromPreviousYear() ? year - 1 : year;
				LocalDate dataFrom = window.from().atYear(fromYear);
				return new ReportDeadline(deadline.report(), deadline.period(), deadline.due(), dataFrom, to);
			}
		}
		return deadline;
	}

	private static LocalDate quarterDay(int year, int quarter, QuarterlyRule rule) {
		LocalDate firstOfLastMonth = LocalDate.of(year, quarter * 3, 1);
		if (rule.dayOfLastMonth() < 1 || rule.dayOfLastMonth() > firstOfLastMonth.lengthOfMonth()) {
			throw new IllegalArgumentException("Ngày " + rule.dayOfLastMonth() + " không có trong tháng " + quarter * 3
					+ ": chế độ báo cáo quý cần một ngày từ 1 đến 30.");
		}
		LocalDate day = firstOfLastMonth.withDayOfMonth(rule.dayOfLastMonth());
		return rule.before() ? day.minusDays(1) : day;
	}

	private static LocalDate due(int year, MonthDay day, boolean before) {
		if (!day.isValidYear(year)) {
			throw new IllegalArgumentException("Ngày " + day.getDayOfMonth() + "/" + day.getMonthValue() + " không có trong năm " + year + ".");
		}
		LocalDate date = day.atYear(year);
		return before ? date.minusDays(1) : date;
	}

	/** "Báo cáo quý I" → "Quý I", "Báo cáo 6 tháng" → "6 tháng", "Báo cáo năm" → "Năm"; otherwise the label as written. */
	static String period(String label) {
		if (label == null || label.isBlank()) {
			return "Một lần";
		}
		String folded = VietnameseText.fold(label);
		Matcher quarter = QUARTER.matcher(folded);
		if (quarter.find()) {
			return "Quý " + switch (quarter.group(1)) {
				case "i", "1" -> "I";
				case "ii", "2" -> "II";
				case "iii", "3" -> "III";
				default -> "IV";
			};
		}
		if (HALF.matcher(folded).find()) {
			return "6 tháng";
		}
		if (YEAR.matcher(folded).find()) {
			return "Năm";
		}
		return label.trim();
	}

}
