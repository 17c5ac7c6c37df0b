package vn.parflow.directory;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as the other modules read it: who works in a unit, who heads it, who holds a role, a person's name
 * and address. Answers are records and usernames, never the directory's entities; only the directory import
 * ({@link DirectoryImportService}) and a person's own settings ({@link PersonPreferences}) write.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	private final PersonRepository people;

	private final UnitRepository units;

	Directory(PersonRepository people, UnitRepository units) {
		this.people = people;
		this.units = units;
	}

	/**
	 * A person as the directory knows them.
	 *
	 * @param active false once the person has left (their history keeps the name)
	 * @param dailyDigest whether they take the daily digest mail
	 * @param units the codes of their units
	 */
	public record Member(String username, String fullName, String email, boolean active, boolean dailyDigest,
			Set<String> units, Set<Role> roles) {

		public Member {
			units = Set.copyOf(units);
			roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		}

		public boolean hasRole(Role role) {
			return roles.contains(role);
		}

		/** Whether they work in the unit. */
		public boolean worksIn(String unitCode) {
			return units.contains(unitCode);
		}

		/** Whether they head the unit: role {@link Role#UNIT_HEAD} and the unit is theirs. */
		public boolean heads(String unitCode) {
			return hasRole(Role.UNIT_HEAD) && worksIn(unitCode);
		}

	}

	/** The person, active or not. */
	public Optional<Member> person(String username) {
		return people.findByUsername(username).map(Directory::member);
	}

	/** The person, if they are active. */
	public Optional<Member> activePerson(String username) {
		return person(username).filter(Member::active);
	}

	/** The person's full name, or the username itself when the directory does not know it. */
	public String fullName(String username) {
		return people.findByUsername(username).map(Person::getFullName).orElse(username);
	}

	/** The unit's name as the directory writes it. */
	public Optional<String> unitName(String unitCode) {
		return units.findByCode(unitCode).map(Unit::getName);
	}

	/** The codes of the active units, in order. */
	public List<String> activeUnits() {
		return units.findByActiveTrueOrderByCode().stream().map(Unit::getCode).toList();
	}

	/** Everyone active in the unit, heads included, by username. */
	public List<String> members(String unitCode) {
		return usernames(people.findOfficers(unitCode));
	}

	/** The unit's active heads. */
	public List<String> heads(String unitCode) {
		return usernames(people.findHeads(unitCode));
	}

	/**
	 * Who can be given the unit's tasks: its active people who do not head it, or, in a unit of heads only (an officer
	 * post, a one-person office), everyone in it.
	 */
	public List<String> officers(String unitCode) {
		List<Person> all = people.findOfficers(unitCode);
		List<String> staff = all.stream().filter(person -> !person.heads(unitCode)).map(Person::getUsername).toList();
		return staff.isEmpty() ? usernames(all) : staff;
	}

	/** Everyone active with the role. */
	public List<String> withRole(Role role) {
		return usernames(people.findByRole(role));
	}

	/** Active people who take the daily digest, by username. */
	public List<String> digestReaders() {
		return usernames(people.findByActiveTrueAndDailyDigestTrueOrderByUsername());
	}

	private static List<String> usernames(List<Person> people) {
		return people.stream().map(Person::getUsername).toList();
	}

	private static Member member(Person person) {
		return new Member(person.getUsername(), person.getFullName(), person.getEmail(), person.isActive(),
				person.isDailyDigest(), person.getUnits().stream().map(Unit::getCode).collect(Collectors.toSet()),
				person.getRoles());
	}

}
