package vn.parflow.schedule;

import java.time.LocalDate;

/**
 * One report of a plan's calendar: which report, for which period ("Quý I", "6 tháng", "Quý III", "Năm"),
 * and the last day on which it is on time; {@code dataFrom} and {@code dataTo} give the data cut-off window of the
 * report when the plan states one (null otherwise): the figures it covers, not a deadline.
 */
public record ReportDeadline(String report, String period, LocalDate due, LocalDate dataFrom, LocalDate dataTo) {

	public ReportDeadline(String report, String period, LocalDate due) {
		this(report, period, due, null, null);
	}

}
