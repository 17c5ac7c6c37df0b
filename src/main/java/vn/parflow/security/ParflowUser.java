package vn.parflow.security;

import java.util.List;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is calling Parflow's API or the engine's REST API: a Camunda user with the groups and tenants the engine
 * knows for them right now.
 *
 * @param id          the Camunda user id (the directory's username)
 * @param groups      the user's Camunda groups: unit-*, unit-heads-*, approvers, plan-admins, camunda-admin …
 * @param tenants     the user's Camunda tenants (Parflow uses none, the engine's checks take them)
 * @param fromSession true when the request was authenticated by the webapps' login session, false for HTTP Basic
 */
record ParflowUser(String id, List<String> groups, List<String> tenants, boolean fromSession)
		implements AuthenticatedPrincipal {

	ParflowUser {
		groups = List.copyOf(groups);
		tenants = List.copyOf(tenants);
	}

	@Override
	public String getName() {
		return id;
	}

}
