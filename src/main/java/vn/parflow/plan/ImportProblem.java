package vn.parflow.plan;

/**
 * A problem found while reading or checking a plan file. {@code row} and {@code column} say where it is
 * (null when it concerns the whole file); the message is Vietnamese and says what is wrong.
 */
public record ImportProblem(Severity severity, Integer row, String column, String message) {

	public enum Severity {
		/** The plan cannot be stored until this is fixed. */
		ERROR,
		/** Stored, but a person should look (an unreadable deadline, a guessed area). */
		WARNING
	}

	public static ImportProblem error(Integer row, String column, String message) {
		return new ImportProblem(Severity.ERROR, row, column, message);
	}

	public static ImportProblem warning(Integer row, String column, String message) {
		return new ImportProblem(Severity.WARNING, row, column, message);
	}

}
