package vn.parflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.parflow.system.DatabaseIntegrationTest;

/**
 * The engine checks authorizations with the person's groups as they are ({@link AllGroupsAuthorizationManager}),
 * without first reading every group that holds a grant: the answers stay those of Camunda's own check.
 */
@DatabaseIntegrationTest
class AuthorizationGroupsIT {

	private static final String FILTER = "pf-test-authorization-groups";

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Autowired
	AuthorizationService authorizations;

	@AfterEach
	void removeTheGrant() {
		authorizations.createAuthorizationQuery().resourceId(FILTER).list()
			.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
	}

	@Test
	void shouldCheckWithEveryGroupOfThePersonWithoutReadingTheGroupsThatHoldGrants() {
		AuthorizationManager manager = engine.getCommandExecutorTxRequired()
			.execute(command -> command.getAuthorizationManager());

		assertThat(manager).isInstanceOf(AllGroupsAuthorizationManager.class);
		assertThat(manager.filterAuthenticatedGroupIds(List.of("unit-vp", "a-group-without-grants", "unit-vp")))
			.containsExactly("unit-vp", "a-group-without-grants");
	}

	@Test
	void shouldAnswerAsCamundaDoesForAGroupWithAGrantAndAGroupWithout() {
		Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setGroupId("unit-vp");
		grant.setResource(Resources.FILTER);
		grant.setResourceId(FILTER);
		grant.addPermission(Permissions.READ);
		authorizations.saveAuthorization(grant);

		assertThat(authorizations.isUserAuthorized("mai.vp", List.of("a-group-without-grants", "unit-vp"),
				Permissions.READ, Resources.FILTER, FILTER)).isTrue();
		assertThat(authorizations.isUserAuthorized("mai.vp", List.of("a-group-without-grants"), Permissions.READ,
				Resources.FILTER, FILTER)).isFalse();
		assertThat(authorizations.isUserAuthorized("mai.vp", List.of("unit-vp"), Permissions.UPDATE,
				Resources.FILTER, FILTER)).isFalse();
	}

}
