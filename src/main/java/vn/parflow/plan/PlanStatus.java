package vn.parflow.plan;

/** Where a plan stands: imported and still editable, or running as processes. */
public enum PlanStatus {
	/** Imported; may be replaced by a corrected file; no process runs yet. */
	DRAFT,
	/** Activated: every task runs as a process. */
	ACTIVE
}
