package vn.parflow.reporting;

/**
 * The names of processes/ReportCycleProcess.bpmn: its id, element ids, variables and form fields, in one place.
 * The process holds only {@link #REPORT_CYCLE_ID}; everything else lives in pf_report_cycle.
 */
final class ReportCycleProcess {

	static final String PROCESS_ID = "ReportCycleProcess";

	static final String START = "StartEvent_CycleOpened";

	static final String SUBMIT_UNIT_REPORT = "Task_SubmitUnitReport";

	static final String UNIT_REPORTS_DUE = "BoundaryEvent_UnitReportsDue";

	static final String CONSOLIDATE = "Task_ConsolidateReport";

	static final String APPROVE = "Task_ApproveReport";

	static final String REPORT_APPROVED_GATEWAY = "Gateway_ReportApproved";

	static final String RECORD_SUBMISSION = "Task_RecordSubmission";

	static final String END = "EndEvent_ReportSubmitted";

	/** The cycle's id in pf_report_cycle (Long). */
	static final String REPORT_CYCLE_ID = "reportCycleId";

	/** Display only: "Báo cáo công tác cải cách hành chính – Quý III (hạn 09/09/2025)", used in task names. */
	static final String REPORT_LABEL = "reportLabel";

	/** The multi-instance element: the unit whose part a Task_SubmitUnitReport is. */
	static final String UNIT_CODE = "unitCode";

	/** The leader's decision, read by Gateway_ReportApproved (Boolean). */
	static final String REPORT_APPROVED = "reportApproved";

	// form fields (task-local variables prefilled by the create listeners)

	static final String UNIT_NAME = "unitName";

	static final String UNIT_TASKS = "unitTasks";

	static final String RESULTS = "results";

	static final String DIFFICULTIES = "difficulties";

	static final String REPORT_TEXT = "reportText";

	static final String RETURN_REASON = "returnReason";

	static final String DECISION = "decision";

	static final String DECISION_APPROVE = "approve";

	static final String DECISION_RETURN = "return";

	static final String DOCUMENT_NUMBER = "documentNumber";

	static final String DOCUMENT_DATE = "documentDate";

	/** Display only: the addresses of the report's documents, shown as links in the forms. */
	static final String DRAFT_DOCX = "draftDocxUrl";

	static final String DRAFT_XLSX = "draftXlsxUrl";

	static final String APPROVED_DOCX = "approvedDocxUrl";

	static final String APPROVED_XLSX = "approvedXlsxUrl";

	private ReportCycleProcess() {
	}

}
