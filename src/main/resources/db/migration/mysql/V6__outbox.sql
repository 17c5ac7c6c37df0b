-- The mail outbox (vn.parflow.reminder.Outbox): every reminder, escalation and digest is written here in the
-- transaction of the event that causes it, once per dedup_key (what, for whom, for which deadline), and sent by
-- the dispatcher, which retries with back-off while the SMTP server fails. Without SMTP settings mail stays QUEUED.
-- status: QUEUED (waiting, next_attempt_at says when), SENDING (claimed by the node claimed_by), SENT, FAILED.
-- Bodies are long (a digest lists many tasks) and never mapped by Hibernate: MEDIUMTEXT, which keeps the row under
-- InnoDB's 65 535-byte limit that two long utf8mb4 VARCHARs would break. dedup_key is compared byte for byte.

CREATE TABLE pf_outbox (
	id BIGINT NOT NULL AUTO_INCREMENT,
	dedup_key VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	kind VARCHAR(20) NOT NULL,
	recipient_username VARCHAR(64) NOT NULL,
	recipient_name VARCHAR(255),
	recipient_email VARCHAR(255) NOT NULL,
	subject VARCHAR(500) NOT NULL,
	html_body MEDIUMTEXT NOT NULL,
	text_body MEDIUMTEXT NOT NULL,
	link VARCHAR(1000),
	created_at TIMESTAMP NOT NULL,
	status VARCHAR(10) NOT NULL,
	attempts INT NOT NULL DEFAULT 0,
	next_attempt_at TIMESTAMP NOT NULL,
	last_error VARCHAR(1000),
	sent_at TIMESTAMP NULL,
	claimed_by VARCHAR(100),
	claimed_at TIMESTAMP NULL,
	CONSTRAINT pk_pf_outbox PRIMARY KEY (id),
	CONSTRAINT uk_pf_outbox_dedup_key UNIQUE (dedup_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pf_outbox_due ON pf_outbox (status, next_attempt_at);
CREATE INDEX ix_pf_outbox_created ON pf_outbox (created_at);
