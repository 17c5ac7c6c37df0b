package vn.parflow.workflow;

import java.time.LocalDate;
import java.util.List;

/**
 * A due date has passed without the work being in: published inside the engine's transaction the day after the due
 * date and again every week while it stays so, after it was recorded in the task's history.
 *
 * @param planTaskId    the plan task
 * @param deadlineIndex the deadline that was missed (0-based); 0 for a coordinating unit's input
 * @param due           the last day that was on time
 * @param camundaTaskId the Tasklist task still open
 * @param recipients    usernames: the heads of the unit that owes the work and the plan's coordinator (the heads
 *                      of the plan's coordinating office)
 * @param weeksOverdue  1 on the first escalation (the day after the due date), 2 a week later, and so on
 */
public record TaskOverdue(long planTaskId, int deadlineIndex, LocalDate due, String camundaTaskId,
		List<String> recipients, int weeksOverdue) {

	public TaskOverdue {
		recipients = List.copyOf(recipients);
	}

}
