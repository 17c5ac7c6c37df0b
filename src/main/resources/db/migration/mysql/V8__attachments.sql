-- Files attached to Camunda tasks (vn.parflow.attachment): the bytes are on disk under parflow.attachments.dir,
-- named by id; this table says what they are, whose task they belong to and who uploaded them.

CREATE TABLE pf_attachment (
	id VARCHAR(36) NOT NULL,
	camunda_task_id VARCHAR(64) NOT NULL,
	process_instance_id VARCHAR(64),
	plan_task_id BIGINT,
	original_name VARCHAR(255) NOT NULL,
	content_type VARCHAR(100) NOT NULL,
	size_bytes BIGINT NOT NULL,
	sha256 VARCHAR(64) NOT NULL,
	uploaded_by VARCHAR(64) NOT NULL,
	uploaded_at TIMESTAMP NOT NULL,
	CONSTRAINT pk_pf_attachment PRIMARY KEY (id),
	INDEX ix_pf_attachment_task (camunda_task_id),
	INDEX ix_pf_attachment_plan_task (plan_task_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
