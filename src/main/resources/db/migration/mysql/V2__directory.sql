-- Parflow's directory: units (offices and officer posts), their aliases, collective phrases, people.
-- Filled by vn.parflow.directory.DirectoryImportService from config/directory/*.yaml.
-- Aliases and collective phrases are compared byte for byte (utf8mb4_bin): "Phòng Văn hoá" and
-- "phòng Văn hóa" are two aliases of one unit, which the accent- and case-blind utf8mb4_unicode_ci would
-- refuse as duplicates.

CREATE TABLE pf_unit (
	id BIGINT NOT NULL AUTO_INCREMENT,
	code VARCHAR(50) NOT NULL,
	name VARCHAR(255) NOT NULL,
	kind VARCHAR(10) NOT NULL,
	active BOOLEAN NOT NULL,
	CONSTRAINT pk_pf_unit PRIMARY KEY (id),
	CONSTRAINT uk_pf_unit_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pf_unit_alias (
	unit_id BIGINT NOT NULL,
	alias VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	CONSTRAINT pk_pf_unit_alias PRIMARY KEY (unit_id, alias),
	CONSTRAINT fk_pf_unit_alias_unit FOREIGN KEY (unit_id) REFERENCES pf_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pf_collective (
	id BIGINT NOT NULL AUTO_INCREMENT,
	phrase VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	all_units BOOLEAN NOT NULL,
	CONSTRAINT pk_pf_collective PRIMARY KEY (id),
	CONSTRAINT uk_pf_collective_phrase UNIQUE (phrase)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pf_collective_unit (
	collective_id BIGINT NOT NULL,
	unit_id BIGINT NOT NULL,
	CONSTRAINT pk_pf_collective_unit PRIMARY KEY (collective_id, unit_id),
	CONSTRAINT fk_pf_collective_unit_collective FOREIGN KEY (collective_id) REFERENCES pf_collective (id),
	CONSTRAINT fk_pf_collective_unit_unit FOREIGN KEY (unit_id) REFERENCES pf_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pf_person (
	id BIGINT NOT NULL AUTO_INCREMENT,
	username VARCHAR(64) NOT NULL,
	full_name VARCHAR(255) NOT NULL,
	email VARCHAR(255) NOT NULL,
	daily_digest BOOLEAN NOT NULL DEFAULT TRUE,
	active BOOLEAN NOT NULL,
	CONSTRAINT pk_pf_person PRIMARY KEY (id),
	CONSTRAINT uk_pf_person_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pf_person_unit (
	person_id BIGINT NOT NULL,
	unit_id BIGINT NOT NULL,
	CONSTRAINT pk_pf_person_unit PRIMARY KEY (person_id, unit_id),
	CONSTRAINT fk_pf_person_unit_person FOREIGN KEY (person_id) REFERENCES pf_person (id),
	CONSTRAINT fk_pf_person_unit_unit FOREIGN KEY (unit_id) REFERENCES pf_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pf_person_role (
	person_id BIGINT NOT NULL,
	role VARCHAR(20) NOT NULL,
	CONSTRAINT pk_pf_person_role PRIMARY KEY (person_id, role),
	CONSTRAINT fk_pf_person_role_person FOREIGN KEY (person_id) REFERENCES pf_person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
