package vn.parflow.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a time phrase means: its kind, its deadlines in date order, the rest of the cell kept as a note, and,
 * for {@link ScheduleKind#UNRESOLVED}, the reason no date could be read.
 */
public record Schedule(ScheduleKind kind, List<Deadline> deadlines, String note, String reason) {

	public Schedule {
		Objects.requireNonNull(kind, "kind");
		deadlines = List.copyOf(deadlines);
	}

	public static Schedule unresolved(String reason) {
		return new Schedule(ScheduleKind.UNRESOLVED, List.of(), null, reason);
	}

	public static Schedule ongoing(String note) {
		return new Schedule(ScheduleKind.ONGOING, List.of(), note, null);
	}

	/** The last days on which the work is on time, in order. */
	public List<LocalDate> dueDates() {
		return deadlines.stream().map(Deadline::date).toList();
	}

	public List<String> labels() {
		return deadlines.stream().map(Deadline::label).toList();
	}

}
