package vn.parflow.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A Saturday worked in place of a weekday that was swapped off. */
public record WorkingSaturday(LocalDate date, String note) {

	public WorkingSaturday {
		Objects.requireNonNull(date, "date");
	}

}
