package vn.parflow.directory;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parflow.directory.internal.OneEngineCommand;
import vn.parflow.directory.internal.Person;
import vn.parflow.directory.internal.PersonRepository;
import vn.parflow.directory.internal.Unit;
import vn.parflow.directory.internal.UnitRepository;

/**
 * Keeps Parflow's directory in step with what an administrator changes in Camunda Admin (or through the REST API):
 * the other direction of {@link DirectoryImportService}. Camunda's identity store reports every user, group and
 * membership it changes; just before that transaction commits, each reported user and group is compared with its
 * person and unit, which are brought in line:
 * <ul>
 * <li>a user: the person's name, email, units (memberships of {@code unit-<code>} and {@code unit-heads-<code>}) and
 * roles (unit-heads-* → UNIT_HEAD, approvers, plan-admins, camunda-admin); a new user with an email becomes a
 * person; a deleted user's person becomes inactive (their history keeps their name);</li>
 * <li>a group {@code unit-<code>}: a new one becomes a unit (kind UNIT), a renamed one renames its unit, a deleted
 * one makes its unit inactive.</li>
 * </ul>
 * What the directory import itself writes to Camunda is found already in step and changes nothing. An inactive
 * person without groups keeps their units and roles, as the import leaves them. A change is published as
 * {@link DirectoryChanged} with the source "Camunda Admin".
 */
@Service
public class DirectorySync {

	static final String SOURCE = "Camunda Admin";

	private static final Logger log = LoggerFactory.getLogger(DirectorySync.class);

	private static final Pattern CODE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?");

	private final PersonRepository people;

	private final UnitRepository units;

	private final IdentityService identity;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	@PersistenceContext
	private EntityManager entityManager;

	DirectorySync(PersonRepository people, UnitRepository units, IdentityService identity,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.people = people;
		this.units = units;
		this.identity = identity;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Camunda changed the user, or one of their memberships. */
	public void userChanged(String userId) {
		changed(userId, null);
	}

	/** Camunda created, changed or deleted the group. */
	public void groupChanged(String groupId) {
		changed(null, groupId);
	}

	private void changed(String userId, String groupId) {
		boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive();
		Pending pending = inTransaction ? pending() : new Pending();
		if (userId != null) {
			pending.users.add(userId);
		}
		if (groupId != null) {
			pending.groups.add(groupId);
		}
		if (!inTransaction) {
			// not the engine's way (its commands run in a transaction), but then: in line right away
			transaction.executeWithoutResult(status -> reconcile(pending));
		}
	}

	private Pending pending() {
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			Pending fresh = new Pending();
			TransactionSynchronizationManager.bindResource(this, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					reconcile(fresh);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(DirectorySync.this);
				}
			});
			pending = fresh;
		}
		return pending;
	}

	/** What changed in Camunda during one transaction, brought in line just before it commits. */
	private static final class Pending {

		final Set<String> users = new LinkedHashSet<>();

		final Set<String> groups = new LinkedHashSet<>();

	}

	/**
	 * The look-ups below (a person by username, a unit by code) run with flush mode COMMIT: with the default AUTO each
	 * one made Hibernate dirty-check every entity of the transaction first, and a directory import's transaction
	 * holds every unit and person of the province (quadratic in its size). They find what this
	 * transaction wrote all the same: a new person or unit is inserted at once (IDENTITY key), and a changed one is
	 * the managed instance itself; usernames and codes, what they look up by, never change.
	 */
	private void reconcile(Pending pending) {
		FlushModeType flush = entityManager.getFlushMode();
		entityManager.setFlushMode(FlushModeType.COMMIT);
		try {
			// one engine command for all of the look-ups below, not three per person (see OneEngineCommand)
			OneEngineCommand.run(identity, () -> reconcileAll(pending));
		}
		finally {
			entityManager.setFlushMode(flush);
		}
	}

	private void reconcileAll(Pending pending) {
		Authentication current = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		try {
			Counter count = new Counter();
			while (!pending.users.isEmpty() || !pending.groups.isEmpty()) {
				Set<String> groups = Set.copyOf(pending.groups);
				pending.groups.clear();
				Set<String> users = Set.copyOf(pending.users);
				pending.users.clear();
				groups.forEach(group -> reconcileGroup(group, count));
				users.forEach(user -> reconcileUser(user, count));
			}
			if (count.changed()) {
				DirectoryImportReport report = new DirectoryImportReport(SOURCE, count.unitsCreated, count.unitsUpdated,
						0, 0, count.peopleCreated, count.peopleUpdated);
				log.info(report.summary());
				events.publishEvent(new DirectoryChanged(report));
			}
		}
		finally {
			if (current != null) {
				identity.setAuthentication(current);
			}
		}
	}

	private void reconcileGroup(String groupId, Counter count) {
		String code = GroupNames.unitOf(groupId);
		if (code == null) {
			return;
		}
		Group group = identity.createGroupQuery().groupId(groupId).singleResult();
		Unit unit = units.findByCode(code).orElse(null);
		if (group == null) {
			if (unit != null && unit.isActive()) {
				unit.setActive(false);
				count.unitsUpdated++;
			}
			return;
		}
		String name = group.getName() == null || group.getName().isBlank() ? code : group.getName().strip();
		if (unit == null) {
			if (CODE.matcher(code).matches()) {
				units.save(new Unit(code, name, UnitKind.UNIT));
				count.unitsCreated++;
			}
			return;
		}
		if (!unit.getName().equals(name)) {
			unit.setName(name);
			count.unitsUpdated++;
		}
	}

	private void reconcileUser(String userId, Counter count) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		Person person = people.findByUsername(userId).orElse(null);
		if (user == null) {
			if (person != null && person.isActive()) {
				person.setActive(false);
				count.peopleUpdated++;
			}
			return;
		}
		Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
			.map(Group::getId)
			.filter(GroupNames::isDirectoryGroup)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		String fullName = fullName(user);
		if (person == null) {
			if (user.getEmail() == null || user.getEmail().isBlank() || fullName.isEmpty()) {
				return;
			}
			person = new Person(userId, fullName, user.getEmail().strip());
			person.replaceUnits(unitsOf(groups));
			person.replaceRoles(rolesOf(groups, person));
			people.save(person);
			count.peopleCreated++;
			return;
		}
		boolean changed = false;
		if (!fullName.isEmpty() && !fullName.equals(normalised(person.getFullName()))) {
			person.setFullName(fullName);
			changed = true;
		}
		if (user.getEmail() != null && !user.getEmail().isBlank() && !user.getEmail().strip().equals(person.getEmail())) {
			person.setEmail(user.getEmail().strip());
			changed = true;
		}
		if (person.isActive() || !groups.isEmpty()) {
			if (!person.isActive()) {
				person.setActive(true);
				changed = true;
			}
			Set<Unit> memberOf = unitsOf(groups);
			if (!codes(memberOf).equals(codes(person.getUnits()))) {
				person.replaceUnits(memberOf);
				changed = true;
			}
			Set<Role> roles = rolesOf(groups, person);
			if (!roles.equals(person.getRoles())) {
				person.replaceRoles(roles);
				changed = true;
			}
		}
		if (changed) {
			count.peopleUpdated++;
		}
	}

	private Set<Unit> unitsOf(Set<String> groups) {
		Set<Unit> found = new LinkedHashSet<>();
		for (String group : groups) {
			String code = GroupNames.unitCode(group);
			if (code != null) {
				units.findByCode(code).ifPresent(found::add);
			}
		}
		return found;
	}

	private static Set<Role> rolesOf(Set<String> groups, Person person) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		boolean heads = groups.stream().anyMatch(GroupNames::isHeads);
		boolean inUnits = groups.stream().anyMatch(group -> GroupNames.unitCode(group) != null);
		// a head without a unit has no heads group to show it; the directory keeps the role
		if (heads || !inUnits && person.hasRole(Role.UNIT_HEAD)) {
			roles.add(Role.UNIT_HEAD);
		}
		groups.stream().map(GroupNames::roleOf).filter(Objects::nonNull).forEach(roles::add);
		return roles;
	}

	private static Set<String> codes(Set<Unit> units) {
		return units.stream().map(Unit::getCode).collect(Collectors.toSet());
	}

	/** The full name as Parflow writes it: family and middle names, then the given name. */
	private static String fullName(User user) {
		return normalised(Objects.toString(user.getLastName(), "") + " " + Objects.toString(user.getFirstName(), ""));
	}

	private static String normalised(String name) {
		return name == null ? "" : name.strip().replaceAll("\\s+", " ");
	}

	private static final class Counter {

		int unitsCreated;

		int unitsUpdated;

		int peopleCreated;

		int peopleUpdated;

		boolean changed() {
			return unitsCreated + unitsUpdated + peopleCreated + peopleUpdated > 0;
		}

	}

}
