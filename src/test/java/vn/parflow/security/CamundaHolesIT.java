package vn.parflow.security;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two holes of Camunda 7.24 that get no community patch, attacked through HTTP against the running
 * application: the Admin webapp's first-run setup (CVE-2026-77226) and expressions in task queries, orQueries
 * included. Both attacks fail, and what they tried to do did not happen.
 */
@DatabaseIntegrationTest
class CamundaHolesIT {

	/** What an attacker would have the engine run: make an officer an administrator. */
	static final String ESCALATION = "${identityService.createMembership('tuan.vhxh','camunda-admin')}";

	@LocalServerPort
	int port;

	@Autowired
	DirectoryImportService directory;

	@Autowired
	IdentityService identity;

	@BeforeEach
	void loadDemoDirectory() throws IOException {
		Fixtures.demoDirectory(directory);
	}

	@Test
	void shouldRefuseTheFirstRunSetupToAnAnonymousBrowserWithAValidCsrfToken() {
		Browser attacker = Browser.anonymous(port);
		String csrf = attacker.openWebapp("/camunda/app/admin/default/");
		String body = """
				{"profile": {"id": "ke.dot.nhap", "firstName": "Kẻ", "lastName": "Đột Nhập",
				 "email": "ke.dot.nhap@example.com"}, "credentials": {"password": "Mat-khau-2025!"}}""";

		for (String path : List.of("/camunda/api/admin/setup/default/user/create",
				"/camunda/api/admin/%73etup/default/user/create", "/camunda/api/admin/setup;x=y/default/user/create")) {
			HttpResponse<String> response = attacker.send(attacker.request(path)
				.header("Content-Type", "application/json")
				.header("X-XSRF-TOKEN", csrf)
				.POST(HttpRequest.BodyPublishers.ofString(body)));

			assertThat(response.statusCode()).as(path).isEqualTo(403);
			assertThat(response.body()).as(path).contains(SetupGuard.MESSAGE);
		}
		assertThat(identity.createUserQuery().userId("ke.dot.nhap").count()).isZero();
		assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("ke.dot.nhap").count()).isZero();
	}

	@Test
	void shouldNeverLetCamundaAdminBecomeEmpty() {
		List<String> members = identity.createUserQuery().memberOfGroup("camunda-admin").orderByUserId().asc().list()
			.stream()
			.map(User::getId)
			.toList();
		assertThat(members).isNotEmpty();
		List<String> removed = new ArrayList<>();
		try {
			for (String member : members.subList(0, members.size() - 1)) {
				identity.deleteMembership(member, "camunda-admin");
				removed.add(member);
			}
			String last = members.get(members.size() - 1);

			assertThatThrownBy(() -> identity.deleteMembership(last, "camunda-admin"))
				.isInstanceOf(BadUserRequestException.class)
				.hasMessageContaining(GuardedIdentityProvider.LAST_ADMIN);
			assertThatThrownBy(() -> identity.deleteUser(last)).hasMessageContaining(GuardedIdentityProvider.LAST_ADMIN);
			assertThatThrownBy(() -> identity.deleteGroup("camunda-admin"))
				.hasMessageContaining(GuardedIdentityProvider.ADMIN_GROUP);
			assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list()).extracting(User::getId)
				.containsExactly(last);
		}
		finally {
			removed.forEach(member -> identity.createMembership(member, "camunda-admin"));
		}
	}

	@Test
	void shouldRefuseExpressionsInOrQueriesAndNotEvaluateThem() {
		Browser tuan = Browser.script(port, "tuan.vhxh", "demo");

		HttpResponse<String> nameLike = tuan.postJson("/engine-rest/task",
				"{\"orQueries\":[{\"nameLike\":\"" + ESCALATION + "\"}]}");
		HttpResponse<String> assignee = tuan.postJson("/engine-rest/task/count",
				"{\"active\":true,\"orQueries\":[{\"name\":\"x\"},{\"assigneeExpression\":\"" + ESCALATION + "\"}]}");
		HttpResponse<String> escaped = tuan.postJson("/engine-rest/task",
				"{\"orQueries\":[{\"candidateGroupExpression\":\"\\u0024{identityService.createMembership('tuan.vhxh',"
						+ "'camunda-admin')}\"}]}");

		assertThat(nameLike.statusCode()).isEqualTo(400);
		assertThat(nameLike.body()).contains("orQueries[0].nameLike").contains("biểu thức");
		assertThat(assignee.statusCode()).isEqualTo(400);
		assertThat(assignee.body()).contains("orQueries[1].assigneeExpression");
		assertThat(escaped.statusCode()).isEqualTo(400);
		assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("tuan.vhxh").count()).isZero();
	}

	@Test
	void shouldRefuseEncodedExpressionsInQueryParametersOfTheRestApiAndTheWebapps() {
		Browser tuan = Browser.script(port, "tuan.vhxh", "demo");
		Browser tuanInTasklist = Browser.loggedIn(port, "tuan.vhxh", "demo");
		String escalation = "identityService.createMembership('tuan.vhxh','camunda-admin')";

		List<HttpResponse<String>> attacks = List.of(
				tuan.get("/engine-rest/task?nameLike=%24%7B" + Browser.encode(escalation) + "%7D"),
				tuan.get("/engine-rest/task?assigneeExpression=$%7B" + Browser.encode(escalation) + "%7D"),
				tuan.get("/engine-rest/task?nameLike=%2524%257B" + Browser.encode(escalation) + "%257D"),
				tuan.get("/engine-rest/task?candidateGroupExpression=%23%7B" + Browser.encode(escalation) + "%7D"),
				tuanInTasklist.get("/camunda/api/engine/engine/default/task?assigneeExpression=%24%7B"
						+ Browser.encode(escalation) + "%7D"));

		assertThat(attacks).allSatisfy(response -> {
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("biểu thức");
		});
		assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("tuan.vhxh").count()).isZero();
		assertThat(tuan.get("/engine-rest/task?nameLike=%25B%C3%A1o%20c%C3%A1o%25").statusCode()).isEqualTo(200);
	}

}
