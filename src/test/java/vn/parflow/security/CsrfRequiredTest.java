package vn.parflow.security;

import java.util.List;

import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class CsrfRequiredTest {

	private final CsrfRequired required = new CsrfRequired("default");

	@Test
	void shouldAskNoTokenOfReadingRequests() {
		MockHttpServletRequest request = loggedInBrowser("GET");

		assertThat(required.matches(request)).isFalse();
	}

	@Test
	void shouldAskATokenWhenTheWebappsLoginSessionChangesSomething() {
		assertThat(required.matches(loggedInBrowser("POST"))).isTrue();
		assertThat(required.matches(loggedInBrowser("DELETE"))).isTrue();
	}

	@Test
	void shouldAskNoTokenOfAScriptUsingHttpBasic() {
		MockHttpServletRequest request = loggedInBrowser("POST");
		request.addHeader("Authorization", "Basic YWRtaW46ZGVtbw==");

		assertThat(required.matches(request)).isFalse();
	}

	@Test
	void shouldAskATokenOfRememberedBasicCredentialsSentFromAnotherSite() {
		MockHttpServletRequest crossSite = new MockHttpServletRequest("POST", "/api/plans/import");
		crossSite.addHeader("Authorization", "Basic YWRtaW46ZGVtbw==");
		crossSite.addHeader("Origin", "https://attacker.example");
		MockHttpServletRequest fetchMetadata = new MockHttpServletRequest("POST", "/engine-rest/task/1/complete");
		fetchMetadata.addHeader("Authorization", "Basic YWRtaW46ZGVtbw==");
		fetchMetadata.addHeader("Sec-Fetch-Site", "cross-site");

		assertThat(required.matches(crossSite)).isTrue();
		assertThat(required.matches(fetchMetadata)).isTrue();
	}

	@Test
	void shouldLeaveARequestWithoutAnyCredentialsToTheLoginCheck() {
		assertThat(required.matches(new MockHttpServletRequest("POST", "/api/plans/import"))).isFalse();
	}

	private static MockHttpServletRequest loggedInBrowser(String method) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/plans/import");
		Authentications authentications = new Authentications();
		UserAuthentication login = new UserAuthentication("tuan.vhxh", "default");
		login.setGroupIds(List.of("unit-vhxh"));
		authentications.addOrReplace(login);
		request.getSession(true).setAttribute(CamundaSessionAuthenticationFilter.SESSION_ATTRIBUTE, authentications);
		return request;
	}

}
