package vn.parflow.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.parflow.directory.Person;
import vn.parflow.directory.PersonRepository;
import vn.parflow.directory.Role;
import vn.parflow.directory.Unit;
import vn.parflow.directory.UnitRepository;

/**
 * The directory as the workflow needs it: who heads a unit, who works in it, who approves. Usernames only. Within
 * one transaction (a plan's activation starts hundreds of processes whose listeners ask the same questions) each
 * answer is read once and then served from memory until the transaction ends.
 */
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
		return memo("unitName:" + unitCode, () -> units.findByCode(unitCode).map(Unit::getName).orElse(unitCode));
	}

	/** The unit's active heads. */
	List<String> heads(String unitCode) {
		return memo("heads:" + unitCode, () -> people.findHeads(unitCode).stream().map(Person::getUsername).toList());
	}

	/** Everyone active in the unit, heads included. */
	List<String> everyone(String unitCode) {
		return memo("everyone:" + unitCode,
				() -> people.findOfficers(unitCode).stream().map(Person::getUsername).toList());
	}

	/**
	 * Who can be given the unit's tasks: its people who are not its heads, or, in a unit of heads only (an officer
	 * post, a one-person office), everyone in it.
	 */
	List<String> officers(String unitCode) {
		return memo("officers:" + unitCode, () -> {
			List<Person> all = people.findOfficers(unitCode);
			List<String> staff = all.stream().filter(p -> !p.heads(unitCode)).map(Person::getUsername).toList();
			return staff.isEmpty() ? all.stream().map(Person::getUsername).toList() : staff;
		});
	}

	List<String> approvers() {
		return memo("approvers", () -> people.findByRole(Role.APPROVER).stream().map(Person::getUsername).toList());
	}

	List<String> planAdmins() {
		return memo("planAdmins",
				() -> people.findByRole(Role.PLAN_ADMIN).stream().map(Person::getUsername).toList());
	}

	/** The person's full name, or the username when the directory does not know it. */
	String name(String username) {
		return memo("name:" + username,
				() -> people.findByUsername(username).map(Person::getFullName).orElse(username));
	}

	/** Whether the person is active and works in the unit. */
	boolean worksIn(String username, String unitCode) {
		return people.findByUsername(username)
			.filter(Person::isActive)
			.map(p -> p.getUnits().stream().map(u -> u.getCode()).collect(Collectors.toSet()))
			.orElse(Set.of())
			.contains(unitCode);
	}

	private static final Object CACHE = new Object();

	/** The answer read once per transaction (read each time outside one). Answers are immutable. */
	@SuppressWarnings("unchecked")
	private <T> T memo(String key, Supplier<T> read) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return read.get();
		}
		Map<String, Object> cache = (Map<String, Object>) TransactionSynchronizationManager.getResource(CACHE);
		if (cache == null) {
			Map<String, Object> created = new HashMap<>();
			TransactionSynchronizationManager.bindResource(CACHE, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(CACHE);
				}

			});
			cache = created;
		}
		T found = (T) cache.get(key);
		if (found == null) {
			found = read.get();
			cache.put(key, found);
		}
		return found;
	}

}
