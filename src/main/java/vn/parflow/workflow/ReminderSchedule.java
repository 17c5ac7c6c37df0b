package vn.parflow.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

import vn.parflow.calendar.WorkingDays;
import vn.parflow.plan.TaskProgress;

/**
 * The timer cycles of PlanTaskProcess ({@code ${reminderSchedule.reminderCycle(planTaskId, deadlineIndex)}}), from
 * {@code parflow.workflow.reminder-days-before} and {@code parflow.workflow.escalation-every}: reminders before a
 * due date, escalations after it (the first on the first working day after it). The engine's cycle calendar
 * ({@code vn.parflow.calendar.CalendarEnginePlugin}) moves a firing that falls on a day off to the working day
 * before.
 * <p>
 * A task that starts late (a plan activated after some of its deadlines, a coordinating unit asked on its due day)
 * never gets a timer without a due date: when every reminder day is already past, the reminder timer fires once
 * in a minute (the reminder rules then decide whether one is still owed), and when the day after the due date is
 * past, the first escalation fires in a minute, then every {@code escalation-every}. The task's own due date stays
 * the one the plan wrote.
 */
@Component("reminderSchedule")
public class ReminderSchedule {

	private final TaskProgress progress;

	private final PlanTaskRouting routing;

	private final WorkflowProperties properties;

	private final WorkingDays workingDays;

	private final Clock clock;

	ReminderSchedule(TaskProgress progress, PlanTaskRouting routing, WorkflowProperties properties,
			WorkingDays workingDays, Clock clock) {
		this.progress = progress;
		this.routing = routing;
		this.properties = properties;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** BoundaryEvent_ReminderDue on Task_SubmitDeliverable. */
	public String reminderCycle(Long planTaskId, Integer deadlineIndex) {
		return reminders(PlanTaskRouting.dueDay(progress.task(planTaskId), deadlineIndex).due());
	}

	/** BoundaryEvent_Overdue on Task_SubmitDeliverable. */
	public String overdueCycle(Long planTaskId, Integer deadlineIndex) {
		return escalations(PlanTaskRouting.dueDay(progress.task(planTaskId), deadlineIndex).due());
	}

	/** BoundaryEvent_InputReminderDue on Task_ProvideInput. */
	public String inputReminderCycle(Long planTaskId) {
		return reminders(routing.inputDue(progress.task(planTaskId)));
	}

	/** BoundaryEvent_InputOverdue on Task_ProvideInput. */
	public String inputOverdueCycle(Long planTaskId) {
		return escalations(routing.inputDue(progress.task(planTaskId)));
	}

	private String reminders(LocalDate due) {
		return ReminderRules.reminderCycle(due, properties.reminderDaysBefore(), properties.reminderTime(),
				routing.zone(), soon());
	}

	private String escalations(LocalDate due) {
		return ReminderRules.overdueCycle(due, properties.escalationEvery(), properties.reminderTime(),
				routing.zone(), workingDays, soon());
	}

	/** A minute from now: the engine fires a cycle only at a moment after the one it was created at. */
	private Instant soon() {
		return clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(1, ChronoUnit.MINUTES);
	}

}
