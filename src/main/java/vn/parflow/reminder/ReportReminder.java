package vn.parflow.reminder;

import java.time.LocalDate;

/**
 * One reminder of a report deadline: which plan, which report and period, its last day on time, and how many days
 * before it the reminder is meant to go out.
 */
record ReportReminder(String planCode, String report, String period, LocalDate due, int daysBefore) {
}
