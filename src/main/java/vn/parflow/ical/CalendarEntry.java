package vn.parflow.ical;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One deadline of a calendar: a task's deadline or a report's, with the times of its reminders
 * ({@code yyyy-MM-ddTHH:mm+07:00}).
 *
 * @param taskNumber for a task, its number in the plan; null for a report
 * @param report     for a report, its name; null for a task
 * @param period     for a report, its period ("Quý III"); null for a task
 * @param label      what the deadline is, as shown in a calendar's title
 * @param done       the deadline is met (the deliverable approved, the report sent): no reminders any more
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalendarEntry(String planCode, Kind kind, String title, String taskNumber, String report,
		String period, LocalDate due, String label, List<String> reminders, boolean done, @JsonIgnore String uid,
		@JsonIgnore String description) {

	public enum Kind {
		TASK, REPORT
	}

}
