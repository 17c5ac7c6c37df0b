-- The audit trail of plan tasks (vn.parflow.workflow.TaskEvent): who activated, set a deadline, assigned, gave
-- input, submitted, returned, approved, and when; the reminders and overdue escalations raised. Newest last.
CREATE TABLE pf_task_event (
	id BIGINT NOT NULL AUTO_INCREMENT,
	plan_task_id BIGINT NOT NULL,
	kind VARCHAR(30) NOT NULL,
	deadline_index INT,
	actor VARCHAR(100),
	unit_code VARCHAR(50),
	days INT,
	detail VARCHAR(4000),
	camunda_task_id VARCHAR(64),
	occurred_at TIMESTAMP NOT NULL,
	CONSTRAINT pk_pf_task_event PRIMARY KEY (id),
	CONSTRAINT fk_pf_task_event_task FOREIGN KEY (plan_task_id) REFERENCES pf_plan_task (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pf_task_event_task ON pf_task_event (plan_task_id, id);
