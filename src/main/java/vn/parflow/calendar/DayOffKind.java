package vn.parflow.calendar;

/** Why a weekday (or a day of the table) is not worked. */
public enum DayOffKind {

	/** A holiday day of the Labour Code 2019, art. 112 (it may fall on a weekend). */
	HOLIDAY("Ngày lễ, Tết"),

	/** A day off in place of a holiday that fell on a weekend (art. 111(3)). */
	COMPENSATORY("Nghỉ bù"),

	/** A weekday off because the Government swapped it with a Saturday that is worked instead. */
	SWAPPED("Nghỉ do hoán đổi ngày làm việc");

	private final String vietnamese;

	DayOffKind(String vietnamese) {
		this.vietnamese = vietnamese;
	}

	public String vietnamese() {
		return vietnamese;
	}

}
