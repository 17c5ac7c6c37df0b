package vn.parflow.schedule;

import java.time.MonthDay;
import java.util.List;

/**
 * A plan's reporting regime for one report, as written in the plan's body or its appendix
 * ("báo cáo quý, báo cáo 6 tháng gửi trước ngày 10 tháng cuối của quý, báo cáo năm gửi trước ngày 10/12").
 * The day is a per-plan setting, never a constant: each seed uses its own.
 *
 * @param report    the report's name ("Báo cáo công tác cải cách hành chính")
 * @param quarterly quarterly and 6-month reports: day D of the last month of each quarter; null when none
 * @param yearly    the yearly report (which takes the place of the Q4 report); null when none
 * @param dates     explicit per-report dates (seed 002: "Báo cáo quý I: 15/3"); empty when none
 * @param recipient to whom the report goes ("Sở Nội vụ"), may be null
 * @param source    the sentence as written, may be null for rules written by hand
 */
public record ReportingRule(String report, QuarterlyRule quarterly, YearlyRule yearly, List<ReportDate> dates,
		String recipient, String source) {

	public ReportingRule {
		dates = dates == null ? List.of() : List.copyOf(dates);
	}

	/** "trước ngày {day} của tháng cuối quý" (before = true) or "ngày {day} tháng cuối quý" (before = false). */
	public record QuarterlyRule(int dayOfLastMonth, boolean before) {
	}

	/** "báo cáo năm trước ngày 10/12" (before = true) or "ngày 15/12" (before = false). */
	public record YearlyRule(MonthDay day, boolean before) {
	}

	/** One explicitly dated report: "Báo cáo quý I: 15/3" → label "Báo cáo quý I", day 15/3, before = false. */
	public record ReportDate(String label, MonthDay day, boolean before) {
	}

}
