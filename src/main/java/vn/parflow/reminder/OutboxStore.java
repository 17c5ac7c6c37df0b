package vn.parflow.reminder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The {@code pf_outbox} table through plain SQL that H2 and MySQL both run: insert-if-absent, claims that two nodes
 * cannot both win, and the outcome of each attempt. Timestamps are written and read as {@link Timestamp} on both
 * sides, so they round-trip whatever the database's time zone.
 */
@Repository
class OutboxStore {

	private static final String SUMMARY_COLUMNS = "id, dedup_key, kind, recipient_username, recipient_name, "
			+ "recipient_email, subject, link, created_at, status, attempts, next_attempt_at, last_error, sent_at";

	private final JdbcTemplate jdbc;

	OutboxStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(String dedupKey) {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM pf_outbox WHERE dedup_key = ?", Integer.class,
				dedupKey);
		return count != null && count > 0;
	}

	/** Writes the mail as QUEUED, due now. @throws DuplicateKeyException when its key is already there */
	void insert(OutboxMail mail, Instant now) {
		jdbc.update("""
				INSERT INTO pf_outbox (dedup_key, kind, recipient_username, recipient_name, recipient_email, subject,
					html_body, text_body, link, created_at, status, attempts, next_attempt_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""", mail.dedupKey(), mail.kind().name(),
				mail.recipientUsername(), truncate(mail.recipientName(), 255), mail.recipientEmail(),
				truncate(mail.subject(), 500), mail.htmlBody(), mail.textBody(), truncate(mail.link(), 1000),
				ts(now), OutboxStatus.QUEUED.name(), ts(now));
	}

	/** Ids of queued mail whose time has come, oldest first. */
	List<Long> due(Instant now, int limit) {
		return jdbc.queryForList("""
				SELECT id FROM pf_outbox WHERE status = 'QUEUED' AND next_attempt_at <= ?
				ORDER BY next_attempt_at, id LIMIT ?""", Long.class, ts(now), limit);
	}

	/** Claims one queued mail for this node; false when another node (or run) claimed it first. */
	boolean claim(long id, String node, Instant now) {
		return jdbc.update("""
				UPDATE pf_outbox SET status = 'SENDING', claimed_by = ?, claimed_at = ?
				WHERE id = ? AND status = 'QUEUED'""", node, ts(now), id) == 1;
	}

	/** Puts mail claimed before the given time back in the queue: its node died while sending. */
	int releaseStale(Instant claimedBefore) {
		return jdbc.update("""
				UPDATE pf_outbox SET status = 'QUEUED', claimed_by = NULL, claimed_at = NULL
				WHERE status = 'SENDING' AND claimed_at < ?""", ts(claimedBefore));
	}

	/** Renews this node's claims on mail it is still sending (see {@link #releaseStale}). */
	int renewClaims(List<Long> ids, String node, Instant now) {
		if (ids.isEmpty()) {
			return 0;
		}
		List<Object> args = new ArrayList<>();
		args.add(ts(now));
		args.add(node);
		args.addAll(ids);
		return jdbc.update("UPDATE pf_outbox SET claimed_at = ? WHERE status = 'SENDING' AND claimed_by = ? AND id IN ("
				+ String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")", args.toArray());
	}

	void sent(long id, String node, Instant at) {
		jdbc.update("""
				UPDATE pf_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL,
					claimed_by = NULL, claimed_at = NULL
				WHERE id = ? AND status = 'SENDING' AND claimed_by = ?""", ts(at), id, node);
	}

	void retry(long id, String node, Instant nextAttempt, String error) {
		jdbc.update("""
				UPDATE pf_outbox SET status = 'QUEUED', attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
					claimed_by = NULL, claimed_at = NULL
				WHERE id = ? AND status = 'SENDING' AND claimed_by = ?""", ts(nextAttempt), truncate(error, 1000), id,
				node);
	}

	void failed(long id, String node, String error) {
		jdbc.update("""
				UPDATE pf_outbox SET status = 'FAILED', attempts = attempts + 1, last_error = ?,
					claimed_by = NULL, claimed_at = NULL
				WHERE id = ? AND status = 'SENDING' AND claimed_by = ?""", truncate(error, 1000), id, node);
	}

	/** Queues a mail again now, whatever its attempts (an administrator's retry). False when it was not FAILED. */
	boolean requeue(long id, Instant now) {
		return jdbc.update("""
				UPDATE pf_outbox SET status = 'QUEUED', attempts = 0, next_attempt_at = ?
				WHERE id = ? AND status = 'FAILED'""", ts(now), id) == 1;
	}

	Optional<OutboxEntry> find(long id) {
		return jdbc.query("SELECT " + SUMMARY_COLUMNS + ", text_body, html_body FROM pf_outbox WHERE id = ?",
				OutboxStore::withBodies, id).stream().findFirst();
	}

	Optional<OutboxEntry> findByKey(String dedupKey) {
		return jdbc.query("SELECT " + SUMMARY_COLUMNS + ", text_body, html_body FROM pf_outbox WHERE dedup_key = ?",
				OutboxStore::withBodies, dedupKey).stream().findFirst();
	}

	/** One page of the outbox, newest first, optionally of one status only. */
	List<OutboxEntry> page(OutboxStatus status, int page, int size) {
		List<Object> args = new ArrayList<>();
		String where = "";
		if (status != null) {
			where = " WHERE status = ?";
			args.add(status.name());
		}
		args.add(size);
		args.add((long) page * size);
		return jdbc.query("SELECT " + SUMMARY_COLUMNS + " FROM pf_outbox" + where
				+ " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", SUMMARY, args.toArray());
	}

	long count(OutboxStatus status) {
		Long count = status == null ? jdbc.queryForObject("SELECT COUNT(*) FROM pf_outbox", Long.class)
				: jdbc.queryForObject("SELECT COUNT(*) FROM pf_outbox WHERE status = ?", Long.class, status.name());
		return count == null ? 0 : count;
	}

	private static final RowMapper<OutboxEntry> SUMMARY = (rs, row) -> entry(rs, null, null);

	private static OutboxEntry withBodies(ResultSet rs, int row) throws SQLException {
		return entry(rs, rs.getString("text_body"), rs.getString("html_body"));
	}

	private static OutboxEntry entry(ResultSet rs, String text, String html) throws SQLException {
		return new OutboxEntry(rs.getLong("id"), rs.getString("dedup_key"), MailKind.valueOf(rs.getString("kind")),
				rs.getString("recipient_username"), rs.getString("recipient_name"), rs.getString("recipient_email"),
				rs.getString("subject"), rs.getString("link"), instant(rs.getTimestamp("created_at")),
				OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
				instant(rs.getTimestamp("sent_at")), text, html);
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static String truncate(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		return text.substring(0, max - 1) + "…";
	}

}
