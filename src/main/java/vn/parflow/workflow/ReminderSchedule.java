package vn.parflow.workflow;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.parflow.calendar.WorkingDays;
import vn.parflow.plan.TaskProgress;

/**
 * The timer cycles of PlanTaskProcess ({@code ${reminderSchedule.reminderCycle(planTaskId, deadlineIndex)}}), from
 * {@code parflow.workflow.reminder-days-before} and {@code parflow.workflow.escalation-every}: reminders before a
 * due date, escalations after it (the first on the first working day after it). The engine's cycle calendar
 * ({@code vn.parflow.calendar.CalendarEnginePlugin}) moves a firing that falls on a day off to the working day
 * before.
 */
@Component("reminderSchedule")
public class ReminderSchedule {

	private final TaskProgress progress;

	private final PlanTaskRouting routing;

	private final WorkflowProperties properties;

	private final WorkingDays workingDays;

	ReminderSchedule(TaskProgress progress, PlanTaskRouting routing, WorkflowProperties properties,
			WorkingDays workingDays) {
		this.progress = progress;
		this.routing = routing;
		this.properties = properties;
		this.workingDays = workingDays;
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
				routing.zone());
	}

	private String escalations(LocalDate due) {
		return ReminderRules.overdueCycle(due, properties.escalationEvery(), properties.reminderTime(),
				routing.zone(), workingDays);
	}

}
