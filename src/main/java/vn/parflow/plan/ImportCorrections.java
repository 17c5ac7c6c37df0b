package vn.parflow.plan;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the person checking a plan fixed before storing it (the intake page): a unit name the directory does not
 * know, replaced by the directory unit they picked, and a deadline nobody could read, set by them. The plan keeps
 * what it wrote (the unit and the time phrase as written); only the unit matched and the date change.
 *
 * @param units     {@code unitKey(row, nameAsWritten)} → the directory name of the unit to use instead
 * @param deadlines file row → the last day on which the task is on time
 */
public record ImportCorrections(Map<String, String> units, Map<Integer, LocalDate> deadlines) {

	public static final ImportCorrections NONE = new ImportCorrections(Map.of(), Map.of());

	public ImportCorrections {
		units = units == null ? Map.of() : Map.copyOf(units);
		deadlines = deadlines == null ? Map.of() : Map.copyOf(deadlines);
	}

	/** The key of a unit name as written on a row of the file. */
	public static String unitKey(int row, String nameAsWritten) {
		return row + "|" + (nameAsWritten == null ? "" : nameAsWritten.strip());
	}

	/** The name to look up for a unit as written: the person's pick, or the name itself. */
	String unitName(int row, String nameAsWritten) {
		return units.getOrDefault(unitKey(row, nameAsWritten), nameAsWritten);
	}

	public boolean isEmpty() {
		return units.isEmpty() && deadlines.isEmpty();
	}

}
