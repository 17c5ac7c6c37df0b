package vn.parflow.reminder;

import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.TaskProgress;
import vn.parflow.workflow.TaskOverdue;
import vn.parflow.workflow.TaskReminderDue;

/**
 * Turns the plan-task process's reminders and escalations into mail: one outbox row per recipient, written in the
 * engine's transaction that published the event (so a rolled-back timer writes no mail, and a re-run one writes
 * none twice).
 */
@Component
class TaskMailListener {

	private final TaskProgress progress;

	private final Recipients recipients;

	private final MailComposer composer;

	private final Outbox outbox;

	TaskMailListener(TaskProgress progress, Recipients recipients, MailComposer composer, Outbox outbox) {
		this.progress = progress;
		this.recipients = recipients;
		this.composer = composer;
		this.outbox = outbox;
	}

	@EventListener
	void on(TaskReminderDue event) {
		PlanTaskRef task = progress.task(event.planTaskId());
		for (String username : distinct(event.recipients())) {
			recipients.find(username)
				.ifPresent(to -> outbox.enqueue(composer.taskReminder(to, task, event.deadlineIndex(), event.due(),
						event.camundaTaskId(), event.daysBefore())));
		}
	}

	@EventListener
	void on(TaskOverdue event) {
		PlanTaskRef task = progress.task(event.planTaskId());
		for (String username : distinct(event.recipients())) {
			recipients.find(username)
				.ifPresent(to -> outbox.enqueue(composer.taskOverdue(to, task, event.deadlineIndex(), event.due(),
						event.camundaTaskId(), event.weeksOverdue())));
		}
	}

	private static List<String> distinct(List<String> usernames) {
		return usernames == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(usernames.stream().filter(u -> u != null && !u.isBlank()).toList()));
	}

}
