package vn.parflow.directory;

/**
 * A unit of the directory as other modules refer to it: its code (the Camunda groups are
 * {@code unit-<code>} and {@code unit-heads-<code>}) and its name as the directory writes it.
 */
public record UnitRef(String code, String name) {

	/** The Camunda group of everyone in the unit. */
	public String group() {
		return "unit-" + code;
	}

	/** The Camunda group of the unit's heads. */
	public String headsGroup() {
		return "unit-heads-" + code;
	}

}
