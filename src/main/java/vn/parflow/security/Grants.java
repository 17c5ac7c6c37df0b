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
			.orElse(null);
		if (grant == null) {
			grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			grant.setGroupId(groupId);
			grant.setResource(resource);
			grant.setResourceId(resourceId);
		}
		boolean changed = grant.getId() == null;
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

	/** A global authorization: every user, present and future. */
	void toEveryone(Resource resource, String resourceId, Permission... permissions) {
		Authorization grant = authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.resourceType(resource)
			.resourceId(resourceId)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		if (grant == null) {
			grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
			grant.setUserId(Authorization.ANY);
			grant.setResource(resource);
			grant.setResourceId(resourceId);
		}
		boolean changed = grant.getId() == null;
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
