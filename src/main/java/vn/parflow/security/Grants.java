package vn.parflow.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Idempotent grants: one GRANT authorization per group, resource and resource id, holding at least the permissions. */
@Component
class Grants {

	private final AuthorizationService authorizations;

	Grants(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization grant = authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.list()
			.stream()
			.findFirst()
			.orElseGet(() -> {
				Authorization created = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
				created.setGroupId(groupId);
				return created;
			});
		ensure(grant, resource, resourceId, permissions);
	}

	/** A global authorization: every user, present and future. */
	void toEveryone(Resource resource, String resourceId, Permission... permissions) {
		Authorization grant = authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.resourceType(resource)
			.resourceId(resourceId)
			.list()
			.stream()
			.findFirst()
			.orElseGet(() -> {
				Authorization created = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
				created.setUserId(Authorization.ANY);
				return created;
			});
		ensure(grant, resource, resourceId, permissions);
	}

	/** Saves the authorization, new or found, when it is new or lacks one of the permissions. */
	private void ensure(Authorization grant, Resource resource, String resourceId, Permission... permissions) {
		boolean changed = grant.getId() == null;
		if (changed) {
			grant.setResource(resource);
			grant.setResourceId(resourceId);
		}
		for (Permission permission : permissions) {
			if (!grant.isPermissionGranted(permission)) {
				grant.addPermission(permission);
				changed = true;
			}
		}
		if (changed) {
			authorizations.saveAuthorization(grant);
		}
	}

}
