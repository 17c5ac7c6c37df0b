package vn.parflow.security;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One login for everything, through HTTP against the running application: Parflow's API and the engine's REST API
 * answer 401 without credentials, take HTTP Basic from scripts and the webapps' login session from browsers, and a
 * browser's state-changing call needs the session's CSRF token.
 */
@DatabaseIntegrationTest
class ApiSecurityIT {

	@LocalServerPort
	int port;

	@Autowired
	DirectoryImportService directory;

	@BeforeEach
	void loadDemoDirectory() throws IOException {
		Fixtures.demoDirectory(directory);
	}

	@Test
	void shouldAnswer401WithABasicChallengeWithoutCredentials() {
		Browser nobody = Browser.anonymous(port);

		for (String path : new String[] { "/api/plans", "/engine-rest/task", "/engine-rest/process-instance",
				"/api/attachments/2f1c5a8e-0000-4000-8000-000000000000" }) {
			HttpResponse<String> response = nobody.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(
					challenge -> assertThat(challenge).startsWith("Basic realm=\"Parflow\""));
			assertThat(response.body()).as(path).contains(JsonSecurityResponses.LOGIN_REQUIRED);
		}
		HttpResponse<String> post = nobody.postJson("/engine-rest/task/create", "{\"name\":\"Việc lạ\"}");
		assertThat(post.statusCode()).isEqualTo(401);
	}

	@Test
	void shouldRefuseAWrongPasswordSayingWhy() {
		HttpResponse<String> response = Browser.script(port, "khong.co.ai", "doan-bua").get("/api/plans");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("Sai tên đăng nhập hoặc mật khẩu");
	}

	@Test
	void shouldLetAScriptInWithHttpBasic() {
		Browser admin = Browser.script(port, "admin", "demo");

		assertThat(admin.get("/api/plans").statusCode()).isEqualTo(200);
		assertThat(admin.get("/engine-rest/user?id=admin").body()).contains("\"id\":\"admin\"");
	}

	@Test
	void shouldKeepOfficersOutOfLoadingPlans() {
		HttpResponse<String> response = Browser.script(port, "tuan.vhxh", "demo")
			.send(Browser.script(port, "tuan.vhxh", "demo")
				.request("/api/plans/import")
				.header("Content-Type", "multipart/form-data; boundary=x")
				.POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains(JsonSecurityResponses.FORBIDDEN);
	}

	@Test
	void shouldLetTheWebappsLoginSessionCallTheApis() {
		Browser tuan = Browser.loggedIn(port, "tuan.vhxh", "demo");

		assertThat(tuan.get("/api/plans").statusCode()).isEqualTo(200);
		assertThat(tuan.get("/engine-rest/task").statusCode()).isEqualTo(200);
		assertThat(tuan.get("/engine-rest/user?id=tuan.vhxh").body()).contains("tuan.vhxh");
	}

	@Test
	void shouldRefuseABrowsersChangeWithoutTheSessionsCsrfToken() {
		Browser tuan = Browser.loggedIn(port, "tuan.vhxh", "demo");
		String query = "{\"nameLike\":\"%Báo cáo%\"}";

		HttpResponse<String> withoutToken = tuan.postJson("/engine-rest/task", query);
		HttpResponse<String> wrongToken = tuan.send(tuan.request("/engine-rest/task")
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", "0123456789ABCDEF0123456789ABCDEF")
			.POST(HttpRequest.BodyPublishers.ofString(query)));
		HttpResponse<String> withToken = tuan.send(tuan.request("/engine-rest/task")
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", tuan.csrfToken())
			.POST(HttpRequest.BodyPublishers.ofString(query)));

		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(withoutToken.body()).contains(JsonSecurityResponses.CSRF);
		assertThat(wrongToken.statusCode()).isEqualTo(403);
		assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
	}

}
