package vn.parflow.workflow;

/**
 * The ids of {@code processes/PlanTaskProcess.bpmn} and the names of its variables, in one place. The model refers
 * to Parflow's beans by their names ({@code ${planTaskRouting…}}, {@code ${deliverableSubmitted}}); Java code refers
 * to the model through these constants. An administrator who edits the model in the Modeler keeps these ids.
 */
public final class PlanTaskProcess {

	/** The process definition key; one instance per plan task, business key {@code {planCode}/{taskNumber}}. */
	public static final String KEY = "PlanTaskProcess";

	public static final String RESOURCE = "PlanTaskProcess.bpmn";

	// ---- elements, in the order a task passes them

	public static final String START = "StartEvent_TaskActivated";

	public static final String GATEWAY_DEADLINE_KNOWN = "Gateway_DeadlineKnown";

	public static final String SET_DEADLINE = "Task_SetDeadline";

	public static final String GATEWAY_OFFICER_KNOWN = "Gateway_OfficerKnown";

	public static final String ASSIGN_OFFICER = "Task_AssignOfficer";

	public static final String GATEWAY_COORDINATION_NEEDED = "Gateway_CoordinationNeeded";

	public static final String COORDINATION = "SubProcess_Coordination";

	public static final String PROVIDE_INPUT = "Task_ProvideInput";

	public static final String INPUT_REMINDER_DUE = "BoundaryEvent_InputReminderDue";

	public static final String INPUT_OVERDUE = "BoundaryEvent_InputOverdue";

	public static final String REMIND_INPUT = "Task_RemindInput";

	public static final String ESCALATE_INPUT = "Task_EscalateInput";

	public static final String DEADLINE = "SubProcess_Deadline";

	public static final String SUBMIT_DELIVERABLE = "Task_SubmitDeliverable";

	public static final String REMINDER_DUE = "BoundaryEvent_ReminderDue";

	public static final String OVERDUE = "BoundaryEvent_Overdue";

	public static final String REMIND_OFFICER = "Task_RemindOfficer";

	public static final String ESCALATE_OVERDUE = "Task_EscalateOverdue";

	public static final String APPROVE_DELIVERABLE = "Task_ApproveDeliverable";

	public static final String GATEWAY_DELIVERABLE_APPROVED = "Gateway_DeliverableApproved";

	public static final String END = "EndEvent_TaskDone";

	// ---- variables: ids and decisions, never copies of the plan

	/** The plan task's id (Long), set at start. */
	public static final String PLAN_TASK_ID = "planTaskId";

	/** The officer's username; null at start when a unit head must choose. */
	public static final String OFFICER = "officer";

	/** The deadline being worked on (Integer, 0-based), the element of the sequential loop over deadlines. */
	public static final String DEADLINE_INDEX = "deadlineIndex";

	/** The coordinating unit's code, the element of the parallel loop of Task_ProvideInput. */
	public static final String COORDINATING_UNIT = "coordinatingUnit";

	/** Task_SetDeadline's answer: the date, as the form gives it (yyyy-MM-dd). */
	public static final String NEW_DEADLINE = "newDeadline";

	/** Task_ProvideInput's answer, local to one coordinating unit's task. */
	public static final String INPUT_TEXT = "inputText";

	public static final String INPUT_LINK = "inputLink";

	/** The deliverable, as Task_SubmitDeliverable's form submits it; local to one deadline. */
	public static final String DOCUMENT_NUMBER = "documentNumber";

	public static final String DOCUMENT_DATE = "documentDate";

	public static final String DOCUMENT_LINK = "documentLink";

	public static final String COMMENT = "comment";

	/** An ONGOING task's progress update, instead of a document. */
	public static final String PROGRESS_REPORT = "progressReport";

	/** Task_ApproveDeliverable's decision (Boolean) and, when false, the reason (required). */
	public static final String APPROVED = "approved";

	public static final String RETURN_REASON = "returnReason";

	// ---- task-local variables shown by the forms (filled when the task is created, never read back)

	/** Markdown: the task, its deliverable and notes, the deadline, the coordinating units' input, the last return. */
	public static final String VIEW_SUMMARY = "viewSummary";

	/** True on an ONGOING task's submission: the form asks for a progress update instead of a document. */
	public static final String VIEW_ONGOING = "viewOngoing";

	/** Task_AssignOfficer's choices: "username|name" separated by ";" (the form splits them with FEEL). */
	public static final String VIEW_OFFICERS = "viewOfficers";

	private PlanTaskProcess() {
	}

}
