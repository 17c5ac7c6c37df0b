package vn.parflow.reminder;

/** What a mail of the outbox is about. */
public enum MailKind {
	/** A plan task's deadline is near. */
	TASK_REMINDER,
	/** A plan task's deadline has passed (escalation). */
	TASK_OVERDUE,
	/** A report cycle has opened: the recipient's unit is to send its part. */
	REPORT_OPENED,
	/** A periodic report of a plan is due soon and the recipient still owes their part. */
	REPORT_REMINDER,
	/** The daily list of one person's tasks due soon and overdue. */
	DIGEST
}
