package vn.parflow.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A run of days not worked that holds at least one day of the table, weekends around it included: Tết 2026 is
 * 14/02 – 22/02/2026.
 *
 * @param name "Tết Nguyên đán", "Ngày Chiến thắng 30/4 và Ngày Quốc tế Lao động 1/5"
 */
public record DayOffBreak(String name, LocalDate from, LocalDate to) {

	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	public long days() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	/** "Tết Nguyên đán (14/02/2026 – 22/02/2026)". */
	public String describe() {
		return name + " (" + DMY.format(from) + " – " + DMY.format(to) + ")";
	}

}
