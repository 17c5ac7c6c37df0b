package vn.parflow.reporting;

/** Where a report cycle stands. */
public enum ReportCycleStatus {
	/** Opened: the units send their parts, the coordinating office consolidates, a leader approves. */
	OPEN,
	/** Approved by a leader; the outgoing document is still to be recorded. */
	APPROVED,
	/** Sent: the outgoing document's number and date are recorded, and whether it left on time. */
	SUBMITTED
}
