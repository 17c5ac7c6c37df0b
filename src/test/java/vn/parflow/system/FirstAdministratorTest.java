package vn.parflow.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

import vn.parflow.security.Administrators;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Outside the demo there is no default account: the first administrator comes from the environment or not at all. */
class FirstAdministratorTest {

	private final IdentityService identity = mock(IdentityService.class);

	private final Administrators administrators = mock(Administrators.class);

	@Test
	void shouldRefuseToStartWithoutAdministratorAndWithoutTheVariables() {
		when(administrators.exist()).thenReturn(false);
		FirstAdministrator first = new FirstAdministrator(identity, administrators, "", "");

		assertThatThrownBy(() -> first.run(new DefaultApplicationArguments()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Parflow chưa có quản trị viên: hãy đặt biến môi trường PARFLOW_ADMIN_USER và"
					+ " PARFLOW_ADMIN_PASSWORD");
	}

	@Test
	void shouldRefuseAUserWithoutPassword() {
		when(administrators.exist()).thenReturn(false);
		FirstAdministrator first = new FirstAdministrator(identity, administrators, "quantri", "");

		assertThatThrownBy(() -> first.run(new DefaultApplicationArguments()))
			.hasMessageContaining("PARFLOW_ADMIN_PASSWORD");
	}

	@Test
	void shouldStartWithoutTheVariablesOnceThereIsAnAdministrator() {
		when(administrators.exist()).thenReturn(true);
		FirstAdministrator first = new FirstAdministrator(identity, administrators, null, null);

		assertThatCode(() -> first.run(new DefaultApplicationArguments())).doesNotThrowAnyException();
	}

	@Test
	void shouldCreateTheAdministratorFromTheVariables() {
		UserQuery query = mock(UserQuery.class, RETURNS_SELF);
		when(identity.createUserQuery()).thenReturn(query);
		when(query.count()).thenReturn(0L);
		User user = mock(User.class);
		when(identity.newUser(anyString())).thenReturn(user);
		FirstAdministrator first = new FirstAdministrator(identity, administrators, "quantri", "Mat-khau-2025!");

		first.run(new DefaultApplicationArguments());

		verify(user).setPassword("Mat-khau-2025!");
		verify(identity).saveUser(user);
		verify(administrators).grant("quantri");
	}

}
