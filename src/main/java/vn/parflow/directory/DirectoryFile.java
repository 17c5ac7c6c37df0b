package vn.parflow.directory;

import java.util.List;
import java.util.Set;

/**
 * A directory file (config/directory/*.yaml, see config/plans/FORMAT.md) after it was read and checked: every
 * required field present, every code known, no duplicates.
 */
record DirectoryFile(List<UnitEntry> units, List<CollectiveEntry> collectives, List<PersonEntry> people) {

	DirectoryFile {
		units = List.copyOf(units);
		collectives = List.copyOf(collectives);
		people = List.copyOf(people);
	}

	/**
	 * @param active   null when the file does not say: a new unit is active, a known one keeps its state
	 * @param locality null when the file does not say: a new unit has none, a known one keeps its own
	 */
	record UnitEntry(String code, String name, Set<String> aliases, UnitKind kind, Boolean active, String locality) {

		UnitEntry {
			aliases = Set.copyOf(aliases);
		}

		UnitEntry(String code, String name, Set<String> aliases, UnitKind kind, Boolean active) {
			this(code, name, aliases, kind, active, null);
		}

	}

	/**
	 * @param unitCodes empty when {@code allUnits}
	 * @param locality  null when the file does not say (as for a unit)
	 */
	record CollectiveEntry(String phrase, boolean allUnits, Set<String> unitCodes, String locality) {

		CollectiveEntry {
			unitCodes = Set.copyOf(unitCodes);
		}

	}

	/**
	 * @param password null when the file gives none; used only when the Camunda user is created
	 * @param active   null when the file does not say: a new person is active, a known one keeps their state
	 */
	record PersonEntry(String username, String name, String email, Set<String> unitCodes, Set<Role> roles,
			String password, Boolean active) {

		PersonEntry {
			unitCodes = Set.copyOf(unitCodes);
			roles = Set.copyOf(roles);
		}

	}

}
