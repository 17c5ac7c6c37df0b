package vn.parflow.directory;

/**
 * A unit of the directory as other modules refer to it: its code (its Camunda groups are named by
 * {@link GroupNames}) and its name as the directory writes it.
 */
public record UnitRef(String code, String name) {

	/** The Camunda group of everyone in the unit. */
	public String group() {
		return GroupNames.unit(code);
	}

	/** The Camunda group of the unit's heads. */
	public String headsGroup() {
		return GroupNames.heads(code);
	}

}
