package vn.parflow.reminder;

import java.time.Instant;

/**
 * One mail of the outbox as administrators see it ({@code GET /api/outbox}). The bodies are filled only when one
 * mail is read on its own.
 */
public record OutboxEntry(long id, String dedupKey, MailKind kind, String recipientUsername, String recipientName,
		String recipientEmail, String subject, String link, Instant createdAt, OutboxStatus status, int attempts,
		Instant nextAttemptAt, String lastError, Instant sentAt, String textBody, String htmlBody) {
}
