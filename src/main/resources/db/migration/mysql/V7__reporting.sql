-- Report cycles (vn.parflow.reporting): one row per report of a plan's calendar once its cycle has opened, with
-- the part each lead unit sent, the consolidated text, the leader's decision and the outgoing document; and the
-- tokens of the personal calendar feeds (only a hash of each token is kept).

CREATE TABLE pf_report_cycle (
	id BIGINT NOT NULL AUTO_INCREMENT,
	plan_code VARCHAR(50) NOT NULL,
	report VARCHAR(255) NOT NULL,
	report_period VARCHAR(50) NOT NULL,
	due DATE NOT NULL,
	status VARCHAR(12) NOT NULL,
	process_instance_id VARCHAR(64),
	opened_at TIMESTAMP NOT NULL,
	consolidation_started_at TIMESTAMP,
	consolidated_at TIMESTAMP,
	consolidated_by VARCHAR(64),
	report_text VARCHAR(4000),
	return_count INT NOT NULL DEFAULT 0,
	return_reason VARCHAR(2000),
	approved_at TIMESTAMP,
	approved_by VARCHAR(64),
	document_number VARCHAR(100),
	document_date DATE,
	submitted_at TIMESTAMP,
	submitted_by VARCHAR(64),
	submitted_on_time BOOLEAN,
	CONSTRAINT pk_pf_report_cycle PRIMARY KEY (id),
	CONSTRAINT uk_pf_report_cycle UNIQUE (plan_code, report, report_period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pf_report_unit (
	id BIGINT NOT NULL AUTO_INCREMENT,
	cycle_id BIGINT NOT NULL,
	position INT NOT NULL,
	unit_code VARCHAR(50) NOT NULL,
	unit_name VARCHAR(255) NOT NULL,
	results VARCHAR(2000),
	difficulties VARCHAR(2000),
	submitted_at TIMESTAMP,
	submitted_by VARCHAR(64),
	CONSTRAINT pk_pf_report_unit PRIMARY KEY (id),
	CONSTRAINT uk_pf_report_unit UNIQUE (cycle_id, unit_code),
	CONSTRAINT fk_pf_report_unit_cycle FOREIGN KEY (cycle_id) REFERENCES pf_report_cycle (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pf_calendar_token (
	id BIGINT NOT NULL AUTO_INCREMENT,
	username VARCHAR(64) NOT NULL,
	token_hash VARCHAR(64) NOT NULL,
	created_at TIMESTAMP NOT NULL,
	revoked_at TIMESTAMP,
	CONSTRAINT pk_pf_calendar_token PRIMARY KEY (id),
	CONSTRAINT uk_pf_calendar_token_hash UNIQUE (token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pf_calendar_token_username ON pf_calendar_token (username);
