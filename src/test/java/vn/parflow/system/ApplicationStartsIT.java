package vn.parflow.system;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.parflow.directory.DirectoryImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product comes up on this database: Camunda's schema, Quartz's tables and Flyway's migrations all exist,
 * the health endpoint is up with database and Quartz, and the Tasklist serves its login page.
 */
@DatabaseIntegrationTest
class ApplicationStartsIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	Flyway flyway;

	@Autowired
	DirectoryImportService directory;

	@Test
	void shouldCreateCamundaQuartzAndParflowSchemas() {
		assertThat(engine.getManagementService().getTableCount())
			.containsKeys("ACT_RE_PROCDEF", "ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_ID_USER");
		assertThat(jdbc.queryForObject("select count(*) from QRTZ_LOCKS", Integer.class)).isNotNull();
		assertThat(Arrays.stream(flyway.info().applied()).map(m -> m.getVersion().getVersion()))
			.contains("1");
		assertThat(flyway.info().pending()).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldReportDatabaseAndQuartzHealthy() throws IOException {
		// the details are for administrators only: the demo directory's admin, whatever ran before
		Fixtures.demoDirectory(directory);
		ResponseEntity<Map> health = http.withBasicAuth("admin", "demo").getForEntity("/actuator/health", Map.class);

		assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(health.getBody()).containsEntry("status", "UP");
		Map<String, Object> components = (Map<String, Object>) health.getBody().get("components");
		assertThat((Map<String, Object>) components.get("db")).containsEntry("status", "UP");
		Map<String, Object> quartz = (Map<String, Object>) components.get("quartz");
		assertThat(quartz).containsEntry("status", "UP");
		assertThat((Map<String, Object>) quartz.get("details")).containsEntry("clustered", true)
			.containsEntry("persistent", true);
		// the it profile names an SMTP server (GreenMail, running only during the mail tests): reported, and an
		// unreachable one is a warning that leaves Parflow UP
		assertThat((Map<String, Object>) components.get("mail")).extractingByKey("status").isIn("UP", "WARNING");
	}

	@Test
	void shouldServeTheTasklistLoginPage() {
		// an installation always has its first administrator (the demo directory or PARFLOW_ADMIN_USER); without a
		// member of camunda-admin, Camunda would send every visitor to its first-run setup page instead
		IdentityService identity = engine.getIdentityService();
		if (identity.createUserQuery().userId("it-admin").count() == 0) {
			User admin = identity.newUser("it-admin");
			admin.setPassword("it-admin-password");
			identity.saveUser(admin);
			if (identity.createGroupQuery().groupId("camunda-admin").count() == 0) {
				identity.saveGroup(identity.newGroup("camunda-admin"));
			}
			identity.createMembership("it-admin", "camunda-admin");
		}

		ResponseEntity<String> page = http.withBasicAuth("admin", "demo").getForEntity("/camunda/app/tasklist/default/", String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("<title>Camunda Tasklist</title>").contains("app-name=\"tasklist\"");
	}

}
