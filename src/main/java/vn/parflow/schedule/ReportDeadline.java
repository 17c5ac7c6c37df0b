package vn.parflow.schedule;

import java.time.LocalDate;

/**
 * One report of a plan's calendar: which report, for which period ("Quý I", "6 tháng", "Quý III", "Năm"),
 * and the last day on which it is on time.
 */
public record ReportDeadline(String report, String period, LocalDate due) {
}
