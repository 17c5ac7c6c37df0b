package vn.parflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.web.csrf.MissingCsrfTokenException;

/** What a caller who is not let in reads: Parflow's problem under /api, Camunda's {type, message} on /engine-rest. */
class JsonSecurityResponsesTest {

	private final JsonSecurityResponses responses = new JsonSecurityResponses();

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void shouldAnswerAnApiCallWithoutCredentialsWithA401Problem() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		responses.commence(new MockHttpServletRequest("GET", "/api/plans"), response,
				new InsufficientAuthenticationException("none"));

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic realm=\"Parflow\"");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = json.readTree(response.getContentAsByteArray());
		assertThat(problem.get("title").asText()).isEqualTo("Cần đăng nhập");
		assertThat(problem.get("status").asInt()).isEqualTo(401);
		assertThat(problem.get("detail").asText()).isEqualTo(JsonSecurityResponses.LOGIN_REQUIRED);
		assertThat(problem.get("message").asText()).isEqualTo(JsonSecurityResponses.LOGIN_REQUIRED);
		assertThat(problem.get("instance").asText()).isEqualTo("/api/plans");
	}

	@Test
	void shouldAnswerAnApiCallNotAllowedWithA403ProblemNamingTheCsrfToken() throws Exception {
		MockHttpServletResponse forbidden = new MockHttpServletResponse();
		MockHttpServletResponse csrf = new MockHttpServletResponse();

		responses.handle(new MockHttpServletRequest("POST", "/api/plans/import"), forbidden,
				new AccessDeniedException("no"));
		responses.handle(new MockHttpServletRequest("POST", "/api/plans/KH/activate"), csrf,
				new MissingCsrfTokenException(null));

		assertThat(forbidden.getStatus()).isEqualTo(403);
		assertThat(forbidden.getContentType()).startsWith("application/problem+json");
		assertThat(json.readTree(forbidden.getContentAsByteArray()).get("detail").asText())
			.isEqualTo(JsonSecurityResponses.FORBIDDEN);
		assertThat(json.readTree(csrf.getContentAsByteArray()).get("message").asText())
			.isEqualTo(JsonSecurityResponses.CSRF);
	}

	@Test
	void shouldKeepCamundasShapeForTheEnginesRestApi() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		responses.commence(new MockHttpServletRequest("GET", "/engine-rest/task"), response,
				new InsufficientAuthenticationException("none"));

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).startsWith("application/json");
		JsonNode body = json.readTree(response.getContentAsByteArray());
		assertThat(body.get("type").asText()).isEqualTo("AuthenticationException");
		assertThat(body.get("message").asText()).isEqualTo(JsonSecurityResponses.LOGIN_REQUIRED);
	}

}
