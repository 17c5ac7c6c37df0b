package vn.parflow.directory.internal;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import vn.parflow.directory.Directory;
import vn.parflow.directory.Role;
import vn.parflow.directory.UnitKind;
import vn.parflow.system.RepositorySliceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries behind {@link Directory}'s answers (who works in a unit, who heads it, who holds a role), on H2 and
 * MariaDB with the real schema. The people are stored in an order unlike their usernames', some belong to two units
 * and hold two roles, and one has left: the lists must name each active person once, by username.
 */
@RepositorySliceTest
class DirectoryRepositoriesIT {

	@Autowired
	TestEntityManager entities;

	@Autowired
	PersonRepository people;

	Unit vhxh;

	Unit kinhTe;

	Unit tuPhap;

	@BeforeEach
	void storeADirectory() {
		vhxh = entities.persist(new Unit("vhxh", "Phòng Văn hóa – Xã hội", UnitKind.UNIT));
		kinhTe = entities.persist(new Unit("kt", "Phòng Kinh tế", UnitKind.UNIT));
		tuPhap = entities.persist(new Unit("tuphap", "Công chức Tư pháp - Hộ tịch", UnitKind.POST));
		person("tuan.vhxh", "Trần Văn Tuấn", true, Set.of(vhxh), Set.of());
		// left the commune: still in the directory, with the unit and roles they had
		person("an.vhxh", "Lê Văn Ân", false, Set.of(vhxh), Set.of(Role.UNIT_HEAD, Role.APPROVER));
		person("trang.vhxh", "Hoàng Thị Trang", true, Set.of(vhxh), Set.of());
		// heads both offices and approves: two units, two roles
		person("lan.vhxh", "Nguyễn Thị Lan", true, Set.of(vhxh, kinhTe), Set.of(Role.UNIT_HEAD, Role.APPROVER));
		person("hoa.tuphap", "Phạm Thị Hoà", true, Set.of(tuPhap), Set.of(Role.PLAN_ADMIN));
		person("binh.kt", "Đỗ Văn Bình", true, Set.of(kinhTe), Set.of(Role.UNIT_HEAD, Role.APPROVER));
		entities.flush();
		entities.clear();
	}

	@Test
	void shouldOfferEveryActivePersonOfTheUnitOnceByUsernameButNotWhoLeft() {
		List<Person> officers = people.findOfficers("vhxh");

		assertThat(officers).extracting(Person::getUsername).containsExactly("lan.vhxh", "trang.vhxh", "tuan.vhxh");
		assertThat(officers).extracting(Person::getFullName)
			.as("Vietnamese names come back as stored")
			.containsExactly("Nguyễn Thị Lan", "Hoàng Thị Trang", "Trần Văn Tuấn");
		assertThat(officers.get(0).getUnits()).extracting(Unit::getName)
			.containsExactlyInAnyOrder("Phòng Văn hóa – Xã hội", "Phòng Kinh tế");
		assertThat(people.findOfficers("kt")).extracting(Person::getUsername).containsExactly("binh.kt", "lan.vhxh");
		assertThat(people.findOfficers("khong-co")).isEmpty();
	}

	@Test
	void shouldNoLongerOfferAPersonWhoMovedToAnotherUnitAsItsOfficer() {
		Person trang = people.findByUsername("trang.vhxh").orElseThrow();
		trang.replaceUnits(List.of(entities.find(Unit.class, kinhTe.getId())));
		entities.flush();
		entities.clear();

		assertThat(people.findOfficers("vhxh")).extracting(Person::getUsername).containsExactly("lan.vhxh", "tuan.vhxh");
		assertThat(people.findOfficers("kt")).extracting(Person::getUsername)
			.containsExactly("binh.kt", "lan.vhxh", "trang.vhxh");
	}

	@Test
	void shouldNameAsHeadsOnlyTheUnitsActiveMembersWithTheHeadRole() {
		// an.vhxh has the role and the unit but has left; tuan.vhxh is in the unit without the role; binh.kt heads
		// another unit
		assertThat(people.findHeads("vhxh")).extracting(Person::getUsername).containsExactly("lan.vhxh");
		// lan.vhxh heads both of her units, listed once and in username order
		assertThat(people.findHeads("kt")).extracting(Person::getUsername).containsExactly("binh.kt", "lan.vhxh");
		assertThat(people.findHeads("tuphap")).as("an officer post has no head").isEmpty();
	}

	@Test
	void shouldNoLongerNameAHeadWhoLeft() {
		people.findByUsername("lan.vhxh").orElseThrow().setActive(false);
		entities.flush();
		entities.clear();

		assertThat(people.findHeads("vhxh")).isEmpty();
		assertThat(people.findHeads("kt")).extracting(Person::getUsername).containsExactly("binh.kt");
		assertThat(people.findOfficers("vhxh")).extracting(Person::getUsername).containsExactly("trang.vhxh", "tuan.vhxh");
	}

	@Test
	void shouldListTheActivePeopleWithARoleOnceEachByUsername() {
		assertThat(people.findByRole(Role.APPROVER)).extracting(Person::getUsername).containsExactly("binh.kt", "lan.vhxh");
		assertThat(people.findByRole(Role.UNIT_HEAD)).extracting(Person::getUsername)
			.containsExactly("binh.kt", "lan.vhxh");
		assertThat(people.findByRole(Role.PLAN_ADMIN)).extracting(Person::getFullName).containsExactly("Phạm Thị Hoà");
		assertThat(people.findByRole(Role.CAMUNDA_ADMIN)).isEmpty();
	}

	private void person(String username, String fullName, boolean active, Set<Unit> units, Set<Role> roles) {
		Person person = new Person(username, fullName, username + "@vietkhe.gov.vn");
		person.setActive(active);
		person.replaceUnits(units);
		person.replaceRoles(roles);
		entities.persist(person);
	}

}
