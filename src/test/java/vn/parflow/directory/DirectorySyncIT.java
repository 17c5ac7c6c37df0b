package vn.parflow.directory;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.parflow.system.DatabaseIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

import vn.parflow.directory.internal.Person;
import vn.parflow.directory.internal.PersonRepository;
import vn.parflow.directory.internal.Unit;
import vn.parflow.directory.internal.UnitRepository;
import vn.parflow.system.Fixtures;

/**
 * Users and groups an administrator edits in Camunda (Camunda Admin, or the REST API it uses) stay in step with
 * Parflow's people and units, and the directory import still finds everything as it left it.
 */
@DatabaseIntegrationTest
class DirectorySyncIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	IdentityService identity;

	@Autowired
	PersonRepository people;

	@Autowired
	UnitRepository units;

	@Autowired
	DirectoryImportService directory;

	@BeforeEach
	void loadDemoDirectory() throws IOException {
		importDemo();
	}

	@Test
	void shouldMakeAPersonOfAUserCreatedThroughTheRestApiAndFollowTheirMemberships() {
		// a unit of this test's own, so that the demo units keep exactly the demo people
		createGroup("unit-sync-a", "Tổ đồng bộ A");
		createGroup("unit-heads-sync-a", "Lãnh đạo Tổ đồng bộ A");
		TestRestTemplate admin = http.withBasicAuth("admin", "demo");
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		try {
			ResponseEntity<String> created = admin.postForEntity("/engine-rest/user/create", new HttpEntity<>("""
					{"profile": {"id": "ha.sync", "firstName": "Hà", "lastName": "Nguyễn Thu",
					 "email": "ha.sync@thu.parflow.vn"}, "credentials": {"password": "demo"}}""", json), String.class);
			assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

			Person person = people.findByUsername("ha.sync").orElseThrow();
			assertThat(person.getFullName()).isEqualTo("Nguyễn Thu Hà");
			assertThat(person.getEmail()).isEqualTo("ha.sync@thu.parflow.vn");
			assertThat(person.getUnits()).isEmpty();

			assertThat(admin.exchange("/engine-rest/group/unit-sync-a/members/ha.sync", HttpMethod.PUT,
					HttpEntity.EMPTY, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
			assertThat(admin.exchange("/engine-rest/group/approvers/members/ha.sync", HttpMethod.PUT, HttpEntity.EMPTY,
					String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

			person = people.findByUsername("ha.sync").orElseThrow();
			assertThat(person.getUnits()).extracting(Unit::getCode).containsExactly("sync-a");
			assertThat(person.getRoles()).containsExactly(Role.APPROVER);
			assertThat(people.findOfficers("sync-a")).extracting(Person::getUsername).containsExactly("ha.sync");

			identity.createMembership("ha.sync", "unit-heads-sync-a");
			identity.deleteMembership("ha.sync", "approvers");
			assertThat(people.findHeads("sync-a")).extracting(Person::getUsername).containsExactly("ha.sync");
			assertThat(people.findByUsername("ha.sync").orElseThrow().getRoles()).containsExactly(Role.UNIT_HEAD);
		}
		finally {
			identity.deleteUser("ha.sync");
			identity.deleteGroup("unit-heads-sync-a");
			identity.deleteGroup("unit-sync-a");
		}
		assertThat(units.findByCode("sync-a").orElseThrow().isActive()).isFalse();
	}

	@Test
	void shouldRenameAPersonWhoseNameOrEmailWasEditedInCamunda() {
		createUser("binh.sync", "Bình", "Trần Văn", "binh.sync@thu.parflow.vn");

		User user = identity.createUserQuery().userId("binh.sync").singleResult();
		user.setFirstName("Bình An");
		user.setEmail("binhan.sync@thu.parflow.vn");
		identity.saveUser(user);

		Person person = people.findByUsername("binh.sync").orElseThrow();
		identity.deleteUser("binh.sync");
		assertThat(person.getFullName()).isEqualTo("Trần Văn Bình An");
		assertThat(person.getEmail()).isEqualTo("binhan.sync@thu.parflow.vn");
	}

	@Test
	void shouldMakeAPersonInactiveWhenTheirUserIsDeleted() {
		createUser("cuong.sync", "Cường", "Lê", "cuong.sync@thu.parflow.vn");
		identity.createMembership("cuong.sync", "unit-kinhte");
		assertThat(people.findOfficers("kinhte")).extracting(Person::getUsername).contains("cuong.sync");

		identity.deleteUser("cuong.sync");

		assertThat(people.findByUsername("cuong.sync").orElseThrow().isActive()).isFalse();
		assertThat(people.findOfficers("kinhte")).extracting(Person::getUsername).doesNotContain("cuong.sync");
	}

	@Test
	void shouldMakeAUnitOfAUnitGroupCreatedInCamundaAndFollowItsName() {
		Group group = identity.newGroup("unit-to-thu");
		group.setName("Tổ thử nghiệm");
		group.setType("WORKFLOW");
		identity.saveGroup(group);

		Unit unit = units.findByCode("to-thu").orElseThrow();
		assertThat(unit.getName()).isEqualTo("Tổ thử nghiệm");
		assertThat(unit.getKind()).isEqualTo(UnitKind.UNIT);
		assertThat(unit.isActive()).isTrue();

		group = identity.createGroupQuery().groupId("unit-to-thu").singleResult();
		group.setName("Tổ thử nghiệm số 2");
		identity.saveGroup(group);
		assertThat(units.findByCode("to-thu").orElseThrow().getName()).isEqualTo("Tổ thử nghiệm số 2");

		identity.deleteGroup("unit-to-thu");
		assertThat(units.findByCode("to-thu").orElseThrow().isActive()).isFalse();
	}

	@Test
	void shouldLeaveTheDemoDirectoryAsTheImportWroteIt() throws IOException {
		DirectoryImportReport again = importDemo();

		assertThat(again.unchanged()).as(again.summary()).isTrue();
		assertThat(people.findByUsername("lan.vhxh").orElseThrow().getRoles()).containsExactly(Role.UNIT_HEAD);
	}

	private void createGroup(String id, String name) {
		Group group = identity.newGroup(id);
		group.setName(name);
		group.setType("WORKFLOW");
		identity.saveGroup(group);
	}

	private void createUser(String id, String first, String last, String email) {
		User user = identity.newUser(id);
		user.setFirstName(first);
		user.setLastName(last);
		user.setEmail(email);
		user.setPassword("demo");
		identity.saveUser(user);
	}

	private DirectoryImportReport importDemo() throws IOException {
		return Fixtures.demoDirectory(directory);
	}

}
