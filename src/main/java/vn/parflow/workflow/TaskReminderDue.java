package vn.parflow.workflow;

import java.time.LocalDate;
import java.util.List;

/**
 * A due date is near: published inside the engine's transaction when a reminder timer of a plan task fires, after
 * it was recorded in the task's history. The mail helper writes the mail to its outbox.
 *
 * @param planTaskId     the plan task
 * @param deadlineIndex  the deadline the reminder is about (0-based); 0 for a coordinating unit's input, which is
 *                       asked for before the first deadline
 * @param due            the last day on time (for input: the day the input is due)
 * @param camundaTaskId  the Tasklist task to open ({@code …/camunda/app/tasklist/default/#/?task=<id>})
 * @param recipients     usernames: the officer, or the coordinating unit's people
 * @param daysBefore     days left until {@code due}
 */
public record TaskReminderDue(long planTaskId, int deadlineIndex, LocalDate due, String camundaTaskId,
		List<String> recipients, int daysBefore) {

	public TaskReminderDue {
		recipients = List.copyOf(recipients);
	}

}
