package vn.parflow.reminder;

/** Where a mail of the outbox stands. */
public enum OutboxStatus {
	/** Waiting to be sent at {@code next_attempt_at} (also while no SMTP server is configured). */
	QUEUED,
	/** Claimed by one node's dispatcher, being handed to the SMTP server. */
	SENDING,
	/** Accepted by the SMTP server. */
	SENT,
	/** Given up after the last attempt, or not sendable at all (bad address). */
	FAILED
}
