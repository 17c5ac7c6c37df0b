package vn.parflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.parflow.directory.internal.Person;
import vn.parflow.directory.internal.PersonRepository;
import vn.parflow.directory.internal.Unit;
import vn.parflow.directory.internal.UnitRepository;
import vn.parflow.plan.PlanImportReport;
import vn.parflow.plan.PlanImportService;
import vn.parflow.plan.PlanImportService.ImportRequest;
import vn.parflow.plan.PlanViews.TaskView;
import vn.parflow.plan.PlanViews.UnitView;
import vn.parflow.system.DatabaseIntegrationTest;

/**
 * The directory import against a real database and a real Camunda engine: the demo directory's units, people and
 * Camunda users, groups and memberships are written, a second import changes nothing, and a failed import leaves
 * every table (Parflow's pf_* and Camunda's ACT_ID_*) exactly as it was.
 */
@DatabaseIntegrationTest
class DirectoryImportIT {

	private static final Path DEMO = Path.of("config/directory/demo.yaml");

	private static final List<String> TABLES = List.of("pf_unit", "pf_unit_alias", "pf_collective",
			"pf_collective_unit", "pf_person", "pf_person_unit", "pf_person_role", "ACT_ID_USER", "ACT_ID_GROUP",
			"ACT_ID_MEMBERSHIP");

	@Autowired
	DirectoryImportService directory;

	@Autowired
	UnitRepository units;

	@Autowired
	PersonRepository people;

	@Autowired
	UnitMatcher matcher;

	@Autowired
	PlanImportService plans;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FailAfterImport failAfterImport;

	@AfterEach
	void disarm() {
		failAfterImport.armed = false;
	}

	@Test
	void shouldStoreEveryUnitAndPersonOfTheDemoDirectory() {
		importDemoDirectory();
		DirectoryFile demo = readDemoDirectory();

		assertThat(demo.units()).allSatisfy(entry -> {
			Unit unit = units.findByCode(entry.code()).orElseThrow();
			assertThat(unit.getName()).isEqualTo(entry.name());
			assertThat(unit.getKind()).isEqualTo(entry.kind());
			assertThat(unit.getAliases()).isEqualTo(entry.aliases());
		});
		assertThat(demo.people()).allSatisfy(entry -> {
			Person person = people.findByUsername(entry.username()).orElseThrow();
			assertThat(person.getFullName()).isEqualTo(entry.name());
			assertThat(person.getEmail()).isEqualTo(entry.email());
			assertThat(person.getUnits()).extracting(Unit::getCode)
				.containsExactlyInAnyOrderElementsOf(entry.unitCodes());
			assertThat(person.getRoles()).isEqualTo(entry.roles());
			assertThat(person.isDailyDigest()).isTrue();
			assertThat(person.isActive()).isTrue();
		});
		Unit vhxh = units.findByCode("vhxh").orElseThrow();
		assertThat(vhxh.getName()).isEqualTo("Phòng Văn hóa – Xã hội");
		assertThat(vhxh.getAliases()).contains("Phòng Văn hoá - Xã hội", "phòng Văn hoá - Xã hội");
		assertThat(people.findHeads("vhxh")).extracting(Person::getUsername).containsExactly("lan.vhxh");
		assertThat(people.findOfficers("vhxh")).extracting(Person::getUsername)
			.containsExactly("lan.vhxh", "trang.vhxh", "tuan.vhxh");
	}

	@Test
	void shouldGiveEveryPersonACamundaAccountInTheGroupsOfTheirUnitsAndRoles() {
		importDemoDirectory();
		DirectoryFile demo = readDemoDirectory();

		assertThat(demo.units()).allSatisfy(entry -> {
			Group unit = identity.createGroupQuery().groupId("unit-" + entry.code()).singleResult();
			assertThat(unit.getName()).isEqualTo(entry.name());
			assertThat(unit.getType()).isEqualTo("WORKFLOW");
			assertThat(members("unit-" + entry.code())).containsExactlyInAnyOrderElementsOf(demo.people().stream()
				.filter(person -> person.unitCodes().contains(entry.code()))
				.map(DirectoryFile.PersonEntry::username)
				.toList());
			assertThat(members("unit-heads-" + entry.code())).containsExactlyInAnyOrderElementsOf(demo.people().stream()
				.filter(person -> person.unitCodes().contains(entry.code()) && person.roles().contains(Role.UNIT_HEAD))
				.map(DirectoryFile.PersonEntry::username)
				.toList());
		});
		assertThat(demo.people()).allSatisfy(entry -> {
			assertThat(identity.createUserQuery().userId(entry.username()).count()).isEqualTo(1);
			assertThat(members("approvers").contains(entry.username()))
				.isEqualTo(entry.roles().contains(Role.APPROVER));
			assertThat(members("plan-admins").contains(entry.username()))
				.isEqualTo(entry.roles().contains(Role.PLAN_ADMIN));
			assertThat(members("camunda-admin").contains(entry.username()))
				.isEqualTo(entry.roles().contains(Role.CAMUNDA_ADMIN));
		});

		User lan = identity.createUserQuery().userId("lan.vhxh").singleResult();
		assertThat(lan.getFirstName()).isEqualTo("Lan");
		assertThat(lan.getLastName()).isEqualTo("Nguyễn Thị");
		assertThat(lan.getEmail()).isEqualTo("lan.vhxh@demo.parflow.vn");
		assertThat(identity.checkPassword("lan.vhxh", "demo")).isTrue();
		assertThat(members("unit-heads-vhxh")).containsExactly("lan.vhxh");
		assertThat(members("camunda-admin")).contains("admin");
		assertThat(identity.createGroupQuery().groupIdIn("approvers", "plan-admins", "camunda-admin", "unit-heads-vhxh")
			.orderByGroupId().asc().list())
			.extracting(Group::getId, Group::getType)
			.containsExactly(tuple("approvers", "WORKFLOW"), tuple("camunda-admin", "SYSTEM"),
					tuple("plan-admins", "WORKFLOW"), tuple("unit-heads-vhxh", "WORKFLOW"));
		assertThat(identity.createGroupQuery().groupId("unit-heads-vhxh").singleResult().getName())
			.isEqualTo("Lãnh đạo Phòng Văn hóa – Xã hội");
	}

	@Test
	void shouldChangeNothingWhenTheSameFileIsImportedAgain() {
		importDemoDirectory();
		Map<String, List<String>> before = tables();

		DirectoryImportReport again = importDemoDirectory();

		assertThat(again.unchanged()).as(again.summary()).isTrue();
		assertThat(tables()).isEqualTo(before);
	}

	@Test
	void shouldCountWhatItCreatesAndUpdateWhatChanged() {
		String first = """
				units:
				  - {code: hnd, name: Hội Nông dân, kind: UNIT}
				collectives:
				  - {phrase: Các tổ chức hội, units: [hnd]}
				people:
				  - {username: tam.hnd, name: Đỗ Thị Tâm, email: tam.hnd@thu.parflow.vn, units: [hnd], password: cu}
				""";
		DirectoryImportReport created = importText("hnd-1.yaml", first);

		assertThat(created).isEqualTo(new DirectoryImportReport("hnd-1.yaml", 1, 0, 1, 0, 1, 0));

		DirectoryImportReport updated = importText("hnd-2.yaml", """
				units:
				  - {code: hnd, name: Hội Nông dân xã Thử, kind: UNIT}
				collectives:
				  - {phrase: Các tổ chức hội, units: ALL}
				people:
				  - {username: tam.hnd, name: Đỗ Thị Minh Tâm, email: tam.hnd@thu.parflow.vn, units: [hnd],
				     password: moi}
				""");

		assertThat(updated).isEqualTo(new DirectoryImportReport("hnd-2.yaml", 0, 1, 0, 1, 0, 1));
		assertThat(units.findByCode("hnd").orElseThrow().getName()).isEqualTo("Hội Nông dân xã Thử");
		assertThat(identity.createGroupQuery().groupId("unit-hnd").singleResult().getName())
			.isEqualTo("Hội Nông dân xã Thử");
		User tam = identity.createUserQuery().userId("tam.hnd").singleResult();
		assertThat(tam.getLastName()).isEqualTo("Đỗ Thị Minh");
		// the password is the person's own once the account exists
		assertThat(identity.checkPassword("tam.hnd", "cu")).isTrue();
		assertThat(identity.checkPassword("tam.hnd", "moi")).isFalse();
	}

	@Test
	void shouldLeaveEveryTableUnchangedWhenAPersonNamesAnUnknownUnit() {
		importDemoDirectory();
		Map<String, List<String>> before = tables();

		assertThatThrownBy(() -> importText("sai.yaml", """
				units:
				  - {code: qs, name: Ban Chỉ huy Quân sự, kind: UNIT}
				people:
				  - {username: son.qs, name: Vũ Văn Sơn, email: son.qs@thu.parflow.vn, units: [qs]}
				  - {username: lan.vhxh, name: Nguyễn Thị Lan Anh, email: lan.vhxh@demo.parflow.vn, units: [vhxhh]}
				""")).isInstanceOf(DirectoryImportException.class)
			.hasMessage("Không nhập được danh mục “sai.yaml”: Người dùng “lan.vhxh”: mã đơn vị “vhxhh” không có"
					+ " trong danh mục.");

		assertThat(tables()).isEqualTo(before);
	}

	@Test
	void shouldTakeBackCamundaAccountsWhenTheImportFailsAfterWritingThem() {
		Map<String, List<String>> before = tables();
		failAfterImport.armed = true;

		assertThatThrownBy(() -> importText("hong.yaml", """
				units:
				  - {code: ca, name: Công an xã, kind: UNIT}
				people:
				  - {username: binh.ca, name: Hoàng Văn Bình, email: binh.ca@thu.parflow.vn, units: [ca],
				     roles: [UNIT_HEAD], password: binh}
				""")).hasMessage(FailAfterImport.MESSAGE);

		assertThat(identity.createUserQuery().userId("binh.ca").count()).isZero();
		assertThat(identity.createGroupQuery().groupId("unit-ca").count()).isZero();
		assertThat(units.findByCode("ca")).isEmpty();
		assertThat(tables()).isEqualTo(before);
	}

	@Test
	void shouldMatchANameAgainstTheDirectoryJustImported() {
		assertThat(matcher.match("Phòng TC-KH", null).found()).isFalse();

		importText("tckh.yaml", """
				units:
				  - {code: tckh, name: Phòng Tài chính – Kế hoạch, aliases: [Phòng TC-KH], kind: UNIT}
				""");

		assertThat(matcher.match("Phòng TC-KH", null).units())
			.containsExactly(new UnitRef("tckh", "Phòng Tài chính – Kế hoạch"));
		assertThat(matcher.match("phòng Tài chính - Kế hoạch xã", null).units()).extracting(UnitRef::code)
			.containsExactly("tckh");
	}

	@Test
	void shouldNameOnlyItsOwnCommunesOfficesByACommunesAllUnitsPhrase() {
		String demoOffices = "Các phòng, ban, đơn vị có liên quan";
		List<String> before = codes(matcher.match(demoOffices, null));

		importText("xa-b.yaml", """
				locality: xa-b
				units:
				  - {code: xb-vhxh, name: Phòng Văn hóa – Xã hội (Xã B), kind: UNIT}
				  - {code: xb-kt, name: Phòng Kinh tế (Xã B), kind: UNIT}
				collectives:
				  - {phrase: "Các phòng, ban, đơn vị có liên quan (Xã B)", units: ALL}
				""");

		assertThat(codes(matcher.match("Các phòng, ban, đơn vị có liên quan (Xã B)", null)))
			.containsExactly("xb-vhxh", "xb-kt");
		assertThat(codes(matcher.match(demoOffices, null))).isEqualTo(before).doesNotContain("xb-vhxh", "xb-kt");
		assertThat(units.findByCode("xb-kt").orElseThrow().getLocality()).isEqualTo("xa-b");
		DirectoryImportReport again = importText("xa-b-again.yaml", """
				units:
				  - {code: xb-vhxh, name: Phòng Văn hóa – Xã hội (Xã B), kind: UNIT}
				""");
		assertThat(again.unitsCreated() + again.unitsUpdated()).as("a file without locality keeps the stored one")
			.isZero();
		assertThat(units.findByCode("xb-vhxh").orElseThrow().getLocality()).isEqualTo("xa-b");
		assertThat(jdbc.queryForObject("SELECT locality FROM pf_collective WHERE phrase = ?", String.class,
				"Các phòng, ban, đơn vị có liên quan (Xã B)")).isEqualTo("xa-b");
	}

	@Test
	void shouldMatchEachCommunesPlanAmongItsOwnOfficesWhenCommunesShareTheirNames() {
		importText("xa-b.yaml", """
				locality: xa-b
				units:
				  - {code: xb-vhxh, name: Phòng Văn hóa – Xã hội, aliases: [Phòng VH-XH], kind: UNIT}
				  - {code: xb-kt, name: Phòng Kinh tế, kind: UNIT}
				collectives:
				  - {phrase: "Các phòng, ban, đơn vị có liên quan", units: ALL}
				""");
		String plan = """
				code: IT-XA-B
				title: Kế hoạch cải cách hành chính năm 2026
				locality: %s
				periodStart: 2026-01-01
				periodEnd: 2026-12-31
				coordinatingUnit: Phòng Văn hóa – Xã hội
				tasks:
				  - number: "1"
				    area: THE_CHE
				    content: Rà soát văn bản quy phạm pháp luật
				    lead: Phòng VH-XH
				    coordinating: Các phòng, ban, đơn vị có liên quan
				    time: Quý III/2026
				""";

		TaskView ofB = onlyTask(plan.formatted("xã B"));
		TaskView ofDemo = onlyTask(plan.formatted("xã Việt Khê"));

		assertThat(ofB.lead().code()).isEqualTo("xb-vhxh");
		assertThat(ofB.coordinating()).extracting(UnitView::code).containsExactly("xb-kt");
		assertThat(ofDemo.lead().code()).as("the demo's directory names no locality: its own offices come first")
			.isEqualTo("vhxh");
		assertThat(ofDemo.coordinating()).extracting(UnitView::code).isNotEmpty()
			.doesNotContain("xb-vhxh", "xb-kt").contains("vp", "kinhte");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pf_collective WHERE phrase = ?", Integer.class,
				"Các phòng, ban, đơn vị có liên quan")).as("one phrase of each locality").isEqualTo(2);
	}

	@Test
	void shouldRefuseInTheDatabaseASecondPhraseOfTheSameWordingInOneLocality() {
		importText("xa-b.yaml", """
				locality: xa-b
				collectives:
				  - {phrase: "Các phòng, ban, đơn vị có liên quan", units: ALL}
				""");

		assertThatThrownBy(() -> jdbc.update("INSERT INTO pf_collective (phrase, all_units, locality) VALUES (?, ?, ?)",
				"Các phòng, ban, đơn vị có liên quan", true, "xa-b")).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.update("INSERT INTO pf_collective (phrase, all_units) VALUES (?, ?)",
				"Các phòng, ban, đơn vị có liên quan", true)).as("the phrases of no locality are one locality too")
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private TaskView onlyTask(String planYaml) {
		PlanImportReport report = plans.importPlan(new ImportRequest("ke-hoach.yaml",
				planYaml.getBytes(StandardCharsets.UTF_8), null, true, false, "admin"));
		assertThat(report.errors()).isEmpty();
		return report.tasks().get(0);
	}

	private static List<String> codes(UnitMatch match) {
		return match.units().stream().map(UnitRef::code).toList();
	}

	/**
	 * The units of {@link #shouldMatchANameAgainstTheDirectoryJustImported} and of the second commune have nobody in
	 * them: left behind, tckh would join "every office" of the plans the later integration tests activate, which then
	 * refuse to start.
	 */
	@AfterEach
	void removeTheUnitsWithNobody() {
		for (String code : List.of("tckh", "xb-vhxh", "xb-kt")) {
			for (String group : List.of(GroupNames.unit(code), GroupNames.heads(code))) {
				if (identity.createGroupQuery().groupId(group).count() > 0) {
					identity.deleteGroup(group);
				}
			}
			jdbc.update("DELETE FROM pf_unit_alias WHERE unit_id IN (SELECT id FROM pf_unit WHERE code = ?)", code);
			jdbc.update("DELETE FROM pf_collective_unit WHERE unit_id IN (SELECT id FROM pf_unit WHERE code = ?)",
					code);
			jdbc.update("DELETE FROM pf_unit WHERE code = ?", code);
		}
		jdbc.update("DELETE FROM pf_collective WHERE phrase = ?", "Các phòng, ban, đơn vị có liên quan (Xã B)");
		jdbc.update("DELETE FROM pf_collective WHERE locality = ?", "xa-b");
		importDemoDirectory();
	}

	private DirectoryImportReport importDemoDirectory() {
		try (InputStream yaml = Files.newInputStream(DEMO)) {
			return directory.importDirectory("demo.yaml", yaml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DirectoryFile readDemoDirectory() {
		try (InputStream yaml = Files.newInputStream(DEMO)) {
			return DirectoryFileReader.read("demo.yaml", yaml, List.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private DirectoryImportReport importText(String name, String yaml) {
		return directory.importDirectory(name, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
	}

	private List<String> members(String group) {
		return identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream()
			.map(User::getId)
			.toList();
	}

	/** Every row of every directory table, Parflow's and Camunda's, in a stable order. */
	private Map<String, List<String>> tables() {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (String table : TABLES) {
			rows.put(table, jdbc.queryForList("select * from " + table).stream()
				.map(row -> new TreeMap<>(row).toString())
				.sorted(Comparator.naturalOrder())
				.toList());
		}
		return rows;
	}

}
