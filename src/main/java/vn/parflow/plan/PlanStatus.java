package vn.parflow.plan;

/** Where a plan stands: imported and still editable, running as processes, or finished. */
public enum PlanStatus {
	/** Imported; may be replaced by a corrected file; no process runs yet. */
	DRAFT,
	/** Activated: every task runs as a process. */
	ACTIVE,
	/** The plan period is over and its reports are in. */
	CLOSED
}
