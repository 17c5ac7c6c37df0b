package vn.parflow.schedule;

import java.time.MonthDay;
import java.util.List;

/**
 * A plan's reporting regime for one report, as written in the plan's body or its appendix
 * ("báo cáo quý, báo cáo 6 tháng gửi trước ngày 10 tháng cuối của quý, báo cáo năm gửi trước ngày 10/12").
 * The day is a per-plan setting, never a constant: each seed uses its own.
 *
 * @param report      the report's name ("Báo cáo công tác cải cách hành chính")
 * @param quarterly   quarterly and 6-month reports: day D of the last month of each quarter; null when none
 * @param yearly      the yearly report (which takes the place of the Q4 report); null when none
 * @param dates       explicit per-report dates (seed 002: "Báo cáo quý I: 15/3"); empty when none
 * @param recipient   to whom the report goes ("Sở Nội vụ"), may be null
 * @param source      the sentence as written, may be null for rules written by hand
 * @param monthly     monthly reports: day D of every month ("trước ngày 15 hằng tháng"); null when none
 * @param dataPeriods the data cut-off windows of the reports (Decree 09/2019: "từ ngày 15/12 năm trước đến ngày
 *                    14/6"): the period each report's figures cover, never a due date; empty when none
 */
public record ReportingRule(String report, QuarterlyRule quarterly, YearlyRule yearly, List<ReportDate> dates,
		String recipient, String source, MonthlyRule monthly, List<DataPeriod> dataPeriods) {

	public ReportingRule {
		dates = dates == null ? List.of() : List.copyOf(dates);
		dataPeriods = dataPeriods == null ? List.of() : List.copyOf(dataPeriods);
	}

	public ReportingRule(String report, QuarterlyRule quarterly, YearlyRule yearly, List<ReportDate> dates,
			String recipient, String source) {
		this(report, quarterly, yearly, dates, recipient, source, null, List.of());
	}

	/** True when the rule dates at least one report (a rule may only give data periods). */
	public boolean datesReports() {
		return quarterly != null || yearly != null || monthly != null || !dates.isEmpty();
	}

	/** "trước ngày {day} của tháng cuối quý" (before = true) or "ngày {day} tháng cuối quý" (before = false). */
	public record QuarterlyRule(int dayOfLastMonth, boolean before) {
	}

	/**
	 * "báo cáo năm trước ngày 10/12" (before = true) or "ngày 15/12" (before = false); {@code nextYear}: the day
	 * falls in the year after the report year ("trước ngày 10/01 của năm liền kề năm báo cáo").
	 */
	public record YearlyRule(MonthDay day, boolean before, boolean nextYear) {

		public YearlyRule(MonthDay day, boolean before) {
			this(day, before, false);
		}
	}

	/** "trước ngày {day} hằng tháng" (before = true) or "ngày {day} hằng tháng". */
	public record MonthlyRule(int day, boolean before) {
	}

	/** One explicitly dated report: "Báo cáo quý I: 15/3" → label "Báo cáo quý I", day 15/3, before = false. */
	public record ReportDate(String label, MonthDay day, boolean before) {
	}

	/**
	 * The data a report covers: from {@code from} (of the year before the report year when {@code fromPreviousYear})
	 * to {@code to} of the report year; {@code label} is the report's period ("Quý I", "6 tháng", "Năm").
	 */
	public record DataPeriod(String label, MonthDay from, boolean fromPreviousYear, MonthDay to) {
	}

}
