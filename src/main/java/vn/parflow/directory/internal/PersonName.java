package vn.parflow.directory.internal;

/**
 * A Vietnamese full name split the way Camunda's user form wants it: the given name is the last word
 * ("Nguyễn Thị Lan" → first name "Lan", last name "Nguyễn Thị").
 */
public record PersonName(String first, String last) {

	public static PersonName of(String fullName) {
		String name = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
		int space = name.lastIndexOf(' ');
		if (space < 0) {
			return new PersonName(name, "");
		}
		return new PersonName(name.substring(space + 1), name.substring(0, space));
	}

}
