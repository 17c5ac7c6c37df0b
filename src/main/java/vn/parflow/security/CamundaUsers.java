package vn.parflow.security;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Reads a Camunda user's groups and tenants from the identity service, the single source of who may do what, and
 * turns them into a Spring Security authentication whose authorities are {@code GROUP_<groupId>}.
 */
@Component
class CamundaUsers {

	static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

	private final IdentityService identity;

	CamundaUsers(IdentityService identity) {
		this.identity = identity;
	}

	/** The user as the engine knows them now; empty when there is no such user. */
	Optional<ParflowUser> load(String userId, boolean fromSession) {
		return Privileged.call(identity, () -> {
			if (userId == null || identity.createUserQuery().userId(userId).count() == 0) {
				return Optional.empty();
			}
			List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
				.map(Group::getId)
				.sorted()
				.toList();
			List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
				.stream()
				.map(Tenant::getId)
				.sorted()
				.toList();
			return Optional.of(new ParflowUser(userId, groups, tenants, fromSession));
		});
	}

	static UsernamePasswordAuthenticationToken authentication(ParflowUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.groups().stream().map(group -> new SimpleGrantedAuthority(GROUP_AUTHORITY_PREFIX + group))
					.toList());
	}

}
