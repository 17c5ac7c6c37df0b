package vn.parflow.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.TaskProgress;
import vn.parflow.workflow.PlanTaskRouting.DueDay;
import vn.parflow.workflow.internal.TaskEventRepository;

/** A plan task's audit trail for the API: who did what and when, the reminders and escalations, oldest first. */
@Service
@Transactional(readOnly = true)
public class TaskHistory {

	/**
	 * One line of the history.
	 *
	 * @param actor        username, or null when Parflow did it (reminders, escalations, an automatic assignment)
	 * @param deadlineDue  the due date of the deadline concerned, or null
	 * @param days         days left for a reminder, the escalation's number for an overdue escalation
	 * @param detail       the reason of a return, the input, the deliverable, the new deadline, the recipients
	 */
	public record Entry(Instant at, TaskEventKind kind, String label, String actor, String actorName,
			Integer deadlineIndex, String deadlineLabel, LocalDate deadlineDue, String unitCode, String unitName,
			Integer days, String detail) {
	}

	private final TaskProgress progress;

	private final TaskEventRepository events;

	private final UnitPeople people;

	TaskHistory(TaskProgress progress, TaskEventRepository events, UnitPeople people) {
		this.progress = progress;
		this.events = events;
		this.people = people;
	}

	/** Empty when the plan has no such task. */
	public Optional<List<Entry>> history(String planCode, String number) {
		return progress.task(planCode, number).map(this::entries);
	}

	private List<Entry> entries(PlanTaskRef task) {
		List<DueDay> days = PlanTaskRouting.dueDays(task);
		return events.findByPlanTaskIdOrderByIdAsc(task.id()).stream().map(event -> {
			Integer index = event.getDeadlineIndex();
			DueDay day = index != null && index >= 0 && index < days.size() ? days.get(index) : null;
			return new Entry(event.getOccurredAt(), event.getKind(), event.getKind().label(), event.getActor(),
					event.getActor() == null ? null : people.name(event.getActor()), index,
					day == null ? null : day.label(), day == null ? null : day.due(), event.getUnitCode(),
					event.getUnitCode() == null ? null : people.unitName(event.getUnitCode()), event.getDays(),
					event.getDetail());
		}).toList();
	}

}
