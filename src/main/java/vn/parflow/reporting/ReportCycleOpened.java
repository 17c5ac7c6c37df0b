package vn.parflow.reporting;

import java.time.LocalDate;

/**
 * Published (inside the transaction that opened it) when a report cycle opens: its process has started and the
 * lead units have their report tasks.
 */
public record ReportCycleOpened(String planCode, String report, String period, LocalDate due,
		String processInstanceId) {
}
