package vn.parflow.workflow;

import java.time.LocalTime;
import java.time.Period;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How plan tasks remind and escalate ({@code parflow.workflow.*}), in the plans' time zone.
 *
 * @param reminderDaysBefore     reminders go out this many days before a due date (default 7 and 1)
 * @param coordinationDaysBefore the coordinating units' input is due this many days before the task's first
 *                               deadline (default 3)
 * @param escalationEvery        an overdue task is escalated the day after its due date and again after each such
 *                               period while it stays overdue (default one week)
 * @param reminderTime           the time of day reminders and escalations go out (default 08:00)
 */
@ConfigurationProperties("parflow.workflow")
public record WorkflowProperties(List<Integer> reminderDaysBefore, Integer coordinationDaysBefore,
		Period escalationEvery, LocalTime reminderTime) {

	public WorkflowProperties {
		reminderDaysBefore = reminderDaysBefore == null || reminderDaysBefore.isEmpty() ? List.of(7, 1)
				: reminderDaysBefore.stream().distinct().sorted(Comparator.reverseOrder()).toList();
		if (reminderDaysBefore.stream().anyMatch(days -> days < 1)) {
			throw new IllegalArgumentException(
					"parflow.workflow.reminder-days-before: số ngày nhắc trước hạn phải từ 1 trở lên: "
							+ reminderDaysBefore);
		}
		coordinationDaysBefore = coordinationDaysBefore == null ? 3 : coordinationDaysBefore;
		if (coordinationDaysBefore < 0) {
			throw new IllegalArgumentException(
					"parflow.workflow.coordination-days-before: số ngày không được âm: " + coordinationDaysBefore);
		}
		escalationEvery = escalationEvery == null ? Period.ofWeeks(1) : escalationEvery;
		if (escalationEvery.isNegative() || escalationEvery.isZero()) {
			throw new IllegalArgumentException(
					"parflow.workflow.escalation-every: chu kỳ nhắc quá hạn phải dương: " + escalationEvery);
		}
		reminderTime = reminderTime == null ? LocalTime.of(8, 0) : reminderTime;
	}

	/** The defaults: reminders 7 and 1 days before, input 3 days before, weekly escalation, at 08:00. */
	public static WorkflowProperties defaults() {
		return new WorkflowProperties(null, null, null, null);
	}

}
