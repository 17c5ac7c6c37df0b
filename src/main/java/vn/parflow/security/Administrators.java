package vn.parflow.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code camunda-admin} group: it exists, holds every permission on every resource, and is never empty once
 * Parflow has started (an empty group is what opens Camunda's first-run setup page to anybody).
 */
@Service
public class Administrators {

	public static final String GROUP = Groups.CAMUNDA_ADMIN;

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	Administrators(IdentityService identity, AuthorizationService authorizations) {
		this.identity = identity;
		this.authorizations = authorizations;
	}

	/** Whether at least one user belongs to {@code camunda-admin}. */
	@Transactional(readOnly = true)
	public boolean exist() {
		return identity.createUserQuery().memberOfGroup(GROUP).count() > 0;
	}

	/** Creates the group with all permissions if it is missing; leaves an existing group as it is. */
	@Transactional
	public void ensureGroup() {
		if (identity.createGroupQuery().groupId(GROUP).count() == 0) {
			Group group = identity.newGroup(GROUP);
			group.setName("Quản trị hệ thống");
			group.setType(Groups.GROUP_TYPE_SYSTEM);
			identity.saveGroup(group);
		}
		for (Resource resource : Resources.values()) {
			boolean granted = authorizations.createAuthorizationQuery()
				.groupIdIn(GROUP)
				.resourceType(resource)
				.resourceId(Authorization.ANY)
				.count() > 0;
			if (!granted) {
				Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
				all.setGroupId(GROUP);
				all.setResource(resource);
				all.setResourceId(Authorization.ANY);
				all.addPermission(Permissions.ALL);
				authorizations.saveAuthorization(all);
			}
		}
	}

	/** Adds the user to {@code camunda-admin} unless it already belongs to it. */
	@Transactional
	public void grant(String userId) {
		ensureGroup();
		if (identity.createUserQuery().userId(userId).memberOfGroup(GROUP).count() == 0) {
			identity.createMembership(userId, GROUP);
		}
	}

}
