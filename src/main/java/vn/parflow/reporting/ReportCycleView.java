package vn.parflow.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report cycle as Parflow's API shows it: the report, its deadline, where it stands, each lead unit's part, the
 * leader's approval and the outgoing document, with whether it left on time (null until it left).
 */
public record ReportCycleView(long id, String planCode, String report, String period, LocalDate due,
		ReportCycleStatus status, String processInstanceId, Instant openedAt, List<UnitPartView> units,
		Instant consolidatedAt, String consolidatedBy, int returns, String returnReason, Instant approvedAt,
		String approvedBy, String documentNumber, LocalDate documentDate, Instant submittedAt, String submittedBy,
		Boolean submittedOnTime) {

	/** One lead unit's part: its results and difficulties once sent. */
	public record UnitPartView(String unitCode, String unitName, Instant submittedAt, String submittedBy,
			String results, String difficulties) {
	}

	static ReportCycleView of(ReportCycle cycle) {
		return new ReportCycleView(cycle.getId(), cycle.getPlanCode(), cycle.getReport(), cycle.getPeriod(),
				cycle.getDue(), cycle.getStatus(), cycle.getProcessInstanceId(), cycle.getOpenedAt(),
				cycle.getUnits()
					.stream()
					.map(u -> new UnitPartView(u.getUnitCode(), u.getUnitName(), u.getSubmittedAt(),
							u.getSubmittedBy(), u.getResults(), u.getDifficulties()))
					.toList(),
				cycle.getConsolidatedAt(), cycle.getConsolidatedBy(), cycle.getReturnCount(), cycle.getReturnReason(),
				cycle.getApprovedAt(), cycle.getApprovedBy(), cycle.getDocumentNumber(), cycle.getDocumentDate(),
				cycle.getSubmittedAt(), cycle.getSubmittedBy(), cycle.getSubmittedOnTime());
	}

}
