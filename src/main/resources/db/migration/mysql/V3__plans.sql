-- Plans and their tasks, as imported from the commune's file (vn.parflow.plan.PlanImportService).
-- Units are referred to by their directory code, with the name as the directory had it at import and the
-- text as the plan wrote it.

CREATE TABLE pf_plan (
	id BIGINT NOT NULL AUTO_INCREMENT,
	code VARCHAR(50) NOT NULL,
	title VARCHAR(1000) NOT NULL,
	issuing_body VARCHAR(255),
	locality VARCHAR(255),
	period_start DATE NOT NULL,
	period_end DATE NOT NULL,
	decision_number VARCHAR(100),
	decision_date DATE,
	coordinating_unit_code VARCHAR(50),
	coordinating_unit_name VARCHAR(255),
	reporting_rules VARCHAR(8000) NOT NULL,
	status VARCHAR(10) NOT NULL,
	source_file VARCHAR(255),
	imported_at TIMESTAMP NOT NULL,
	imported_by VARCHAR(100),
	CONSTRAINT pk_pf_plan PRIMARY KEY (id),
	CONSTRAINT uk_pf_plan_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pf_plan_task (
	id BIGINT NOT NULL AUTO_INCREMENT,
	plan_id BIGINT NOT NULL,
	position INT NOT NULL,
	source_row INT,
	number VARCHAR(20) NOT NULL,
	area VARCHAR(30),
	content VARCHAR(4000) NOT NULL,
	lead_as_written VARCHAR(500) NOT NULL,
	lead_unit_code VARCHAR(50) NOT NULL,
	lead_unit_name VARCHAR(255) NOT NULL,
	time_phrase VARCHAR(1000),
	schedule_kind VARCHAR(12) NOT NULL,
	schedule_note VARCHAR(1000),
	schedule_reason VARCHAR(500),
	notes VARCHAR(2000),
	status VARCHAR(20) NOT NULL,
	CONSTRAINT pk_pf_plan_task PRIMARY KEY (id),
	CONSTRAINT uk_pf_plan_task_number UNIQUE (plan_id, number),
	CONSTRAINT fk_pf_plan_task_plan FOREIGN KEY (plan_id) REFERENCES pf_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pf_plan_task_coordinating (
	task_id BIGINT NOT NULL,
	position INT NOT NULL,
	unit_code VARCHAR(50) NOT NULL,
	unit_name VARCHAR(255) NOT NULL,
	as_written VARCHAR(500) NOT NULL,
	CONSTRAINT pk_pf_plan_task_coordinating PRIMARY KEY (task_id, position),
	CONSTRAINT fk_pf_plan_task_coordinating_task FOREIGN KEY (task_id) REFERENCES pf_plan_task (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pf_plan_task_deliverable (
	task_id BIGINT NOT NULL,
	position INT NOT NULL,
	deliverable VARCHAR(1000) NOT NULL,
	CONSTRAINT pk_pf_plan_task_deliverable PRIMARY KEY (task_id, position),
	CONSTRAINT fk_pf_plan_task_deliverable_task FOREIGN KEY (task_id) REFERENCES pf_plan_task (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pf_plan_task_deadline (
	task_id BIGINT NOT NULL,
	position INT NOT NULL,
	due_date DATE NOT NULL,
	label VARCHAR(255),
	CONSTRAINT pk_pf_plan_task_deadline PRIMARY KEY (task_id, position),
	CONSTRAINT fk_pf_plan_task_deadline_task FOREIGN KEY (task_id) REFERENCES pf_plan_task (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
