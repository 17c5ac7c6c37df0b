package vn.parflow.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class SetupGuardTest {

	private final SetupGuard guard = new SetupGuard("/camunda");

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			POST | /camunda/api/admin/setup/default/user/create        | true
			GET  | /camunda/api/admin/setup/default/user/create        | true
			PUT  | /camunda/api/admin/setup                            | true
			POST | /camunda/api/admin/%73etup/default/user/create      | true
			POST | /camunda/api/admin/%2573etup/default/user/create    | true
			POST | /camunda//api/admin//setup/default/user/create      | true
			POST | /camunda/api/admin/setup;x=1/default/user/create    | true
			POST | /CAMUNDA/API/ADMIN/SETUP/default/user/create        | true
			POST | /camunda/api/admin/auth/user/default/login/tasklist | false
			GET  | /camunda/app/admin/default/                         | false
			POST | /engine-rest/user/create                            | false
			""")
	void shouldRecogniseTheFirstRunSetupPathInEverySpelling(String method, String uri, boolean setup) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
		request.setServletPath(uri);

		assertThat(guard.isSetup(request)).isEqualTo(setup);
	}

}
