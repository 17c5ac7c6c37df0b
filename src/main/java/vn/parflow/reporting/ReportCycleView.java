package vn.parflow.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.parflow.reporting.internal.ReportCycle;

/**
 * A report cycle as Parflow's API shows it: the report, its deadline, where it stands, each lead unit's part, the
 * leader's approval and the outgoing document, with whether it left on time (null until it left).
 */
public record ReportCycleView(long id, String planCode, String report, String period, LocalDate due,
		ReportCycleStatus status, String processInstanceId, Instant openedAt, List<UnitPartView> units,
		Instant consolidatedAt, String consolidatedBy, int returns, String returnReason, Instant approvedAt,
		String approvedBy, String documentNumber, LocalDate documentDate, Instant submittedAt, String submittedBy,
		Boolean submittedOnTime, Documents documents) {

	/**
	 * Where the report's documents are downloaded: the drafts as of now, and the approved version (null until the
	 * leader approves).
	 */
	public record Documents(String draftDocx, String draftXlsx, String approvedDocx, String approvedXlsx) {

		static Documents of(ReportCycle cycle) {
			String docx = ReportDocuments.path(cycle.getPlanCode(), cycle.getReport(), cycle.getPeriod(), "docx");
			String base = docx.substring(0, docx.length() - ".docx".length());
			boolean approved = cycle.getApprovedDocxId() != null;
			return new Documents(docx, base + ".xlsx", approved ? base + "/approved.docx" : null,
					approved ? base + "/approved.xlsx" : null);
		}
	}

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
				cycle.getSubmittedAt(), cycle.getSubmittedBy(), cycle.getSubmittedOnTime(), Documents.of(cycle));
	}

}
