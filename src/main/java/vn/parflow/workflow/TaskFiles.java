package vn.parflow.workflow;

import java.util.List;

/** The files attached to a Camunda task (a deliverable, a coordinating unit's documents). */
interface TaskFiles {

	/** One file: its name and where an authorised person downloads it. */
	record TaskFile(String name, String downloadPath) {
	}

	List<TaskFile> of(String camundaTaskId);

}
