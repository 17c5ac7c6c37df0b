package vn.parflow.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** After the login the person goes back to the page that asked for it: a page of this site, never another site. */
class LoginControllerTest {

	@Test
	void shouldGoBackToThePageThatAskedForTheLogin() {
		assertThat(LoginController.safe("/plans/VIETKHE-2025-H2/tasks/17.1")).isEqualTo("/plans/VIETKHE-2025-H2/tasks/17.1");
		assertThat(LoginController.safe("/dashboard?plan=VIETKHE-2025-H2")).isEqualTo("/dashboard?plan=VIETKHE-2025-H2");
	}

	@Test
	void shouldNeverSendThePersonToAnotherSite() {
		assertThat(LoginController.safe("https://evil.example/")).isEqualTo("/dashboard");
		assertThat(LoginController.safe("//evil.example/")).isEqualTo("/dashboard");
		assertThat(LoginController.safe("/\\evil.example/")).isEqualTo("/dashboard");
		assertThat(LoginController.safe("/x\r\nLocation: https://evil.example/")).isEqualTo("/dashboard");
		assertThat(LoginController.safe(null)).isEqualTo("/dashboard");
	}

}
