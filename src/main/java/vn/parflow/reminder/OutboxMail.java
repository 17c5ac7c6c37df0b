package vn.parflow.reminder;

import java.util.Objects;

/**
 * One mail to put in the outbox: rendered, addressed, and keyed so that it is written at most once.
 *
 * @param dedupKey what, for whom, for which deadline ({@link DedupKeys}); a second mail with the same key is dropped
 * @param link     the page the mail points to (the task in the Tasklist), may be null
 */
public record OutboxMail(String dedupKey, MailKind kind, String recipientUsername, String recipientName,
		String recipientEmail, String subject, String htmlBody, String textBody, String link) {

	public OutboxMail {
		Objects.requireNonNull(dedupKey, "dedupKey");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(recipientUsername, "recipientUsername");
		Objects.requireNonNull(recipientEmail, "recipientEmail");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(htmlBody, "htmlBody");
		Objects.requireNonNull(textBody, "textBody");
	}

}
