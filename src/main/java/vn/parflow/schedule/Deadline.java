package vn.parflow.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One deadline: the last day on which the work is on time, with the label the plan gives it
 * ("Báo cáo quý I", "Quý III/2025"); the label may be null for a single deadline.
 */
public record Deadline(LocalDate date, String label) {

	public Deadline {
		Objects.requireNonNull(date, "date");
	}

}
