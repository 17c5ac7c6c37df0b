package vn.parflow.directory.internal;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;

import vn.parflow.directory.GroupNames;
import vn.parflow.directory.Role;
import vn.parflow.directory.internal.PersonName;

/**
 * Keeps Camunda's users, groups and memberships in step with the directory, through Camunda's
 * {@link IdentityService}. Runs inside the directory import's transaction (the engine shares Spring's transaction
 * manager), so a failed import leaves Camunda's ACT_ID_* tables as they were. Every step is idempotent.
 */
@Component
public class CamundaIdentity {

	private static final String WORKFLOW = Groups.GROUP_TYPE_WORKFLOW;

	private static final String SYSTEM = Groups.GROUP_TYPE_SYSTEM;

	private final IdentityService identity;

	public CamundaIdentity(IdentityService identity) {
		this.identity = identity;
	}

	/**
	 * Runs {@code work} (this class's syncs) as one engine command: see {@link OneEngineCommand}. A write the database
	 * refuses surfaces when the command flushes, at the end.
	 */
	public void inOneCommand(Runnable work) {
		try {
			OneEngineCommand.run(identity, work);
		}
		catch (ProcessEngineException ex) {
			throw new IllegalStateException("Camunda không ghi được tài khoản và nhóm của danh bạ: " + ex.getMessage(),
					ex);
		}
	}

	/** The groups of one unit: everyone in it, and its heads. Renamed when the unit was. */
	public void syncUnit(Unit unit) {
		ensureGroup(GroupNames.unit(unit.getCode()), unit.getName(), WORKFLOW, true);
		ensureGroup(GroupNames.heads(unit.getCode()), "Lãnh đạo " + unit.getName(), WORKFLOW, true);
	}

	/** The groups of the roles; existing ones are left as they are (camunda-admin may come from Camunda itself). */
	public void syncRoleGroups() {
		ensureGroup(GroupNames.APPROVERS, "Người phê duyệt", WORKFLOW, false);
		ensureGroup(GroupNames.PLAN_ADMINS, "Quản trị kế hoạch", WORKFLOW, false);
		ensureGroup(GroupNames.CAMUNDA_ADMIN, "Quản trị Camunda", SYSTEM, false);
	}

	/**
	 * The person's Camunda user and memberships. The password is set only when the user is created; the person's
	 * memberships in Parflow's groups (unit-*, approvers, plan-admins, camunda-admin) are made to match the
	 * directory, other groups are not touched.
	 */
	public void syncPerson(Person person, String password) {
		String id = person.getUsername();
		PersonName name = PersonName.of(person.getFullName());
		User user = identity.createUserQuery().userId(id).singleResult();
		if (user == null) {
			user = identity.newUser(id);
			fill(user, name, person.getEmail());
			if (password != null) {
				user.setPassword(password);
			}
			save(user);
		}
		else if (!Objects.equals(user.getFirstName(), name.first()) || !Objects.equals(user.getLastName(), name.last())
				|| !Objects.equals(user.getEmail(), person.getEmail())) {
			fill(user, name, person.getEmail());
			save(user);
		}
		Set<String> wanted = groupsOf(person);
		Set<String> current = identity.createGroupQuery().groupMember(id).list().stream()
			.map(Group::getId)
			.filter(GroupNames::isDirectoryGroup)
			.collect(Collectors.toSet());
		for (String group : wanted) {
			if (!current.contains(group)) {
				identity.createMembership(id, group);
			}
		}
		for (String group : current) {
			if (!wanted.contains(group)) {
				identity.deleteMembership(id, group);
			}
		}
	}

	/** An inactive person keeps their Camunda user (their history names it) but leaves every Parflow group. */
	private static Set<String> groupsOf(Person person) {
		Set<String> groups = new LinkedHashSet<>();
		if (!person.isActive()) {
			return groups;
		}
		for (Unit unit : person.getUnits()) {
			groups.add(GroupNames.unit(unit.getCode()));
			if (person.hasRole(Role.UNIT_HEAD)) {
				groups.add(GroupNames.heads(unit.getCode()));
			}
		}
		for (Role role : person.getRoles()) {
			if (role != Role.UNIT_HEAD) {
				groups.add(GroupNames.of(role));
			}
		}
		return groups;
	}

	private static void fill(User user, PersonName name, String email) {
		user.setFirstName(name.first());
		user.setLastName(name.last());
		user.setEmail(email);
	}

	private void save(User user) {
		try {
			identity.saveUser(user);
		}
		catch (ProcessEngineException ex) {
			throw new IllegalStateException(
					"Camunda không nhận tài khoản “%s”: %s".formatted(user.getId(), ex.getMessage()), ex);
		}
	}

	private void ensureGroup(String id, String name, String type, boolean keepInStep) {
		Group group = identity.createGroupQuery().groupId(id).singleResult();
		if (group == null) {
			group = identity.newGroup(id);
		}
		else if (!keepInStep || Objects.equals(group.getName(), name) && Objects.equals(group.getType(), type)) {
			return;
		}
		group.setName(name);
		group.setType(type);
		try {
			identity.saveGroup(group);
		}
		catch (ProcessEngineException ex) {
			throw new IllegalStateException("Camunda không nhận nhóm “%s”: %s".formatted(id, ex.getMessage()), ex);
		}
	}

}
