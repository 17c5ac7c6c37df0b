package vn.parflow.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.test.util.ReflectionTestUtils;

import vn.parflow.workflow.internal.TaskEvent;
import vn.parflow.workflow.internal.TaskEventRepository;

/** pf_task_event for the process tests, in a list. */
final class InMemoryTaskEvents implements TaskEventRepository {

	private final List<TaskEvent> events = new ArrayList<>();

	@Override
	public TaskEvent save(TaskEvent event) {
		ReflectionTestUtils.setField(event, "id", (long) events.size() + 1);
		events.add(event);
		return event;
	}

	@Override
	public List<TaskEvent> findByPlanTaskIdOrderByIdAsc(long planTaskId) {
		return events.stream()
			.filter(e -> e.getPlanTaskId() == planTaskId)
			.sorted(Comparator.comparing(TaskEvent::getId))
			.toList();
	}

	@Override
	public List<TaskEvent> findByPlanTaskIdAndKindOrderByIdAsc(long planTaskId, TaskEventKind kind) {
		return findByPlanTaskIdOrderByIdAsc(planTaskId).stream().filter(e -> e.getKind() == kind).toList();
	}

	List<TaskEventKind> kinds(long planTaskId) {
		return findByPlanTaskIdOrderByIdAsc(planTaskId).stream().map(TaskEvent::getKind).toList();
	}

}
