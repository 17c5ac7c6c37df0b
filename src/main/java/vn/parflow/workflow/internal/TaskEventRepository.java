package vn.parflow.workflow.internal;

import java.util.List;

import org.springframework.data.repository.Repository;

import vn.parflow.workflow.PlanTaskWorkflow;
import vn.parflow.workflow.TaskEventKind;

/** The plan tasks' history. Only {@link PlanTaskWorkflow} writes it. */
public interface TaskEventRepository extends Repository<TaskEvent, Long> {

	TaskEvent save(TaskEvent event);

	/** A task's history, oldest first. */
	List<TaskEvent> findByPlanTaskIdOrderByIdAsc(long planTaskId);

	List<TaskEvent> findByPlanTaskIdAndKindOrderByIdAsc(long planTaskId, TaskEventKind kind);

}
