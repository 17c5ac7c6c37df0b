package vn.parflow.workflow;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.parflow.directory.Person;
import vn.parflow.directory.PersonRepository;
import vn.parflow.directory.Role;
import vn.parflow.directory.Unit;
import vn.parflow.directory.UnitRepository;

/** The directory as the workflow needs it: who heads a unit, who works in it, who approves. Usernames only. */
@Component
class UnitPeople {

	private final PersonRepository people;

	private final UnitRepository units;

	UnitPeople(PersonRepository people, UnitRepository units) {
		this.people = people;
		this.units = units;
	}

	/** The unit's name as the directory writes it, or the code when the directory does not know it. */
	String unitName(String unitCode) {
		return units.findByCode(unitCode).map(Unit::getName).orElse(unitCode);
	}

	/** The unit's active heads. */
	List<String> heads(String unitCode) {
		return people.findHeads(unitCode).stream().map(Person::getUsername).toList();
	}

	/** Everyone active in the unit, heads included. */
	List<String> everyone(String unitCode) {
		return people.findOfficers(unitCode).stream().map(Person::getUsername).toList();
	}

	/**
	 * Who can be given the unit's tasks: its people who are not its heads, or, in a unit of heads only (an officer
	 * post, a one-person office), everyone in it.
	 */
	List<String> officers(String unitCode) {
		List<Person> all = people.findOfficers(unitCode);
		List<String> staff = all.stream().filter(p -> !p.heads(unitCode)).map(Person::getUsername).toList();
		return staff.isEmpty() ? all.stream().map(Person::getUsername).toList() : staff;
	}

	List<String> approvers() {
		return people.findByRole(Role.APPROVER).stream().map(Person::getUsername).toList();
	}

	List<String> planAdmins() {
		return people.findByRole(Role.PLAN_ADMIN).stream().map(Person::getUsername).toList();
	}

	/** The person's full name, or the username when the directory does not know it. */
	String name(String username) {
		return people.findByUsername(username).map(Person::getFullName).orElse(username);
	}

	/** Whether the person is active and works in the unit. */
	boolean worksIn(String username, String unitCode) {
		return people.findByUsername(username)
			.filter(Person::isActive)
			.map(p -> p.getUnits().stream().map(u -> u.getCode()).collect(Collectors.toSet()))
			.orElse(Set.of())
			.contains(unitCode);
	}

}
