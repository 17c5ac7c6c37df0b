package vn.parflow.plan;

/** The live state of a plan task, written back from its process. */
public enum TaskStatus {
	NOT_STARTED, ASSIGNED, IN_COORDINATION, IN_PROGRESS, SUBMITTED, RETURNED, DONE
}
