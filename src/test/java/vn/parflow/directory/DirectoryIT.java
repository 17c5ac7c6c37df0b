package vn.parflow.directory;

import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.parflow.directory.Directory.Member;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory as the other modules read it ({@link Directory}), over the demo directory on H2 and MariaDB: who
 * heads a unit, who works in it, who gets its tasks, who holds a role.
 */
@DatabaseIntegrationTest
class DirectoryIT {

	@Autowired
	DirectoryImportService imports;

	@Autowired
	Directory directory;

	@BeforeEach
	void loadDemoDirectory() throws IOException {
		Fixtures.demoDirectory(imports);
	}

	@Test
	void shouldAnswerWhoHeadsAUnitWhoWorksInItAndWhoIsGivenItsTasks() {
		assertThat(directory.heads("vhxh")).containsExactly("lan.vhxh");
		assertThat(directory.members("vhxh")).containsExactly("lan.vhxh", "trang.vhxh", "tuan.vhxh");
		assertThat(directory.officers("vhxh")).containsExactly("trang.vhxh", "tuan.vhxh");
		// an officer post: nobody heads it, its one officer gets its tasks
		assertThat(directory.heads("tuphap")).isEmpty();
		assertThat(directory.officers("tuphap")).containsExactly("hoa.tuphap");
		assertThat(directory.unitName("vhxh")).hasValue("Phòng Văn hóa – Xã hội");
		assertThat(directory.activeUnits()).contains("vhxh", "tuphap", "ttdvc");
	}

	@Test
	void shouldAnswerARolesPeopleAndAPersonAsARecord() {
		assertThat(directory.withRole(Role.APPROVER)).containsExactly("hong.pct", "thang.ct");
		Member lan = directory.activePerson("lan.vhxh").orElseThrow();
		assertThat(lan.fullName()).isEqualTo("Nguyễn Thị Lan");
		assertThat(lan.heads("vhxh")).isTrue();
		assertThat(lan.heads("vp")).isFalse();
		assertThat(lan.units()).containsExactly("vhxh");
		assertThat(directory.fullName("ai.do")).as("unknown: the username itself").isEqualTo("ai.do");
		assertThat(directory.person("ai.do")).isEmpty();
		assertThat(directory.digestReaders()).contains("lan.vhxh", "thang.ct");
	}

}
