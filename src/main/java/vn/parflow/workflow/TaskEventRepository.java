package vn.parflow.workflow;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The plan tasks' history. Only {@link PlanTaskWorkflow} writes it. */
interface TaskEventRepository extends Repository<TaskEvent, Long> {

	TaskEvent save(TaskEvent event);

	/** A task's history, oldest first. */
	List<TaskEvent> findByPlanTaskIdOrderByIdAsc(long planTaskId);

	List<TaskEvent> findByPlanTaskIdAndKindOrderByIdAsc(long planTaskId, TaskEventKind kind);

}
