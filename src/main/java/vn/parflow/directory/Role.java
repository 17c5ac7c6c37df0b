package vn.parflow.directory;

/** What a person may do beyond working on their units' tasks. Each role is also a Camunda group. */
public enum Role {

	/** Head (trưởng phòng) of each of the person's units: assigns the unit's tasks to its officers. */
	UNIT_HEAD,

	/** Approves deliverables and signs the periodic reports (leaders, the coordinating office). */
	APPROVER,

	/** Loads plans and keeps the directory. */
	PLAN_ADMIN,

	/** Administers Camunda: users, groups, BPMN models (Camunda Admin and Cockpit). */
	CAMUNDA_ADMIN

}
