package vn.parflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.parflow.directory.DirectoryFile.CollectiveEntry;
import vn.parflow.directory.DirectoryFile.PersonEntry;
import vn.parflow.directory.DirectoryFile.UnitEntry;

/** Reading and checking a directory file, before anything is stored. */
class DirectoryFileReaderTest {

	private static final String UNITS = """
			units:
			  - code: vhxh
			    name: Phòng Văn hóa – Xã hội
			    aliases: [Phòng VH-XH, Phòng Văn hoá - Xã hội, phòng Văn hoá - Xã hội]
			    kind: UNIT
			  - code: tp-ht
			    name: Công chức Tư pháp - Hộ tịch
			    aliases: Công chức Tư pháp - HT
			    kind: POST
			""";

	private static DirectoryFile read(String yaml) {
		return read(yaml, List.of());
	}

	private static DirectoryFile read(String yaml, List<UnitCatalog.KnownUnit> existing) {
		return DirectoryFileReader.read("thu.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
				existing);
	}

	private static List<String> problemsOf(String yaml) {
		return catchThrowableOfType(DirectoryImportException.class, () -> read(yaml)).problems();
	}

	@Test
	void shouldReadUnitsCollectivesAndPeopleAsTheFormatDescribesThem() {
		DirectoryFile file = read(UNITS + """
				collectives:
				  - phrase: Các phòng, ban, đơn vị có liên quan
				    units: ALL
				  - phrase: Các công chức chuyên môn
				    units: [tp-ht]
				people:
				  - username: lan.vhxh
				    name: Nguyễn Thị Lan
				    email: lan.vhxh@demo.parflow.vn
				    units: [vhxh]
				    roles: [UNIT_HEAD, APPROVER]
				    password: demo
				""");

		assertThat(file.units()).containsExactly(
				new UnitEntry("vhxh", "Phòng Văn hóa – Xã hội",
						Set.of("Phòng VH-XH", "Phòng Văn hoá - Xã hội", "phòng Văn hoá - Xã hội"), UnitKind.UNIT, null),
				new UnitEntry("tp-ht", "Công chức Tư pháp - Hộ tịch", Set.of("Công chức Tư pháp - HT"), UnitKind.POST,
						null));
		assertThat(file.collectives()).extracting(DirectoryFile.CollectiveEntry::allUnits).containsExactly(true, false);
		assertThat(file.collectives().get(1).unitCodes()).containsExactly("tp-ht");
		assertThat(file.people()).containsExactly(new PersonEntry("lan.vhxh", "Nguyễn Thị Lan",
				"lan.vhxh@demo.parflow.vn", Set.of("vhxh"), Set.of(Role.UNIT_HEAD, Role.APPROVER), "demo", null));
	}

	@Test
	void shouldReadAProvincesDirectoryOfSeveralMegabytes() {
		StringBuilder yaml = new StringBuilder("units:\n");
		StringBuilder people = new StringBuilder("people:\n");
		for (int commune = 1; commune <= 700; commune++) {
			for (int unit = 1; unit <= 15; unit++) {
				yaml.append("  - code: x%d-u%d\n    name: Phòng chuyên môn số %d của xã số %d\n    aliases: []\n    kind: UNIT\n"
					.formatted(commune, unit, unit, commune));
				for (int person = 1; person <= 3; person++) {
					people.append("  - username: cc%d.u%d.x%d\n    name: Công chức Nguyễn Văn Thành\n    email: cc%d.u%d.x%d@xa%d.gov.vn\n    units: [x%d-u%d]\n    roles: []\n"
						.formatted(person, unit, commune, person, unit, commune, commune, commune, unit));
				}
			}
		}
		yaml.append(people);
		assertThat(yaml.codePoints().count()).as("above SnakeYAML's default 3 MB").isGreaterThan(3 * 1024 * 1024);

		DirectoryFile file = read(yaml.toString());

		assertThat(file.units()).hasSize(10_500);
		assertThat(file.people()).hasSize(31_500);
	}

	@Test
	void shouldNameThePersonWhoseUnitIsNotInTheDirectory() {
		assertThat(problemsOf(UNITS + """
				people:
				  - username: an.kt
				    name: Trần Văn An
				    email: an.kt@demo.parflow.vn
				    units: [kt]
				""")).containsExactly("Người dùng “an.kt”: mã đơn vị “kt” không có trong danh mục.");
	}

	@Test
	void shouldAcceptAUnitStoredByAnEarlierImport() {
		DirectoryFile file = read("""
				people:
				  - username: an.kt
				    name: Trần Văn An
				    email: an.kt@demo.parflow.vn
				    units: [kt]
				""", List.of(new UnitCatalog.KnownUnit("kt", "Phòng Kinh tế", UnitKind.UNIT, true, List.of())));

		assertThat(file.people()).extracting(PersonEntry::unitCodes).containsExactly(Set.of("kt"));
	}

	@Test
	void shouldGiveTheFilesLocalityToEveryUnitAndCollectiveThatNamesNoneOfItsOwn() {
		DirectoryFile file = read("""
				locality: xa-viet-khe
				units:
				  - {code: vhxh, name: Phòng Văn hóa – Xã hội, kind: UNIT}
				  - {code: kt, name: Phòng Kinh tế, kind: UNIT, locality: xa-khac}
				collectives:
				  - {phrase: "Các phòng, ban", units: ALL}
				""", List.of());

		assertThat(file.units()).extracting(UnitEntry::locality).containsExactly("xa-viet-khe", "xa-khac");
		assertThat(file.collectives()).extracting(CollectiveEntry::locality).containsExactly("xa-viet-khe");
	}

	@Test
	void shouldTakeOnePhraseForTheOfficesOfEachLocalityButRefuseItTwiceInOne() {
		DirectoryFile file = read("""
				collectives:
				  - {phrase: "Các phòng, ban", units: ALL, locality: xa-a}
				  - {phrase: "Các phòng, ban", units: ALL, locality: xa-b}
				""", List.of());

		assertThat(file.collectives()).extracting(CollectiveEntry::locality).containsExactly("xa-a", "xa-b");
		assertThat(problemsOf("""
				units:
				  - {code: kt, name: Phòng Kinh tế, kind: UNIT, locality: xa-a}
				collectives:
				  - {phrase: "Các phòng, ban", units: ALL, locality: xa-a}
				  - {phrase: "Các phòng ban", units: [kt], locality: xa-a}
				""")).singleElement().asString()
			.startsWith("Cụm từ tập thể “Các phòng ban”: khi so khớp là cùng một cụm từ với “Các phòng, ban”");
	}

	@Test
	void shouldTakeOneUnitNameInEveryCommuneButRefuseItTwiceInOne() {
		DirectoryFile file = read("""
				units:
				  - {code: a-vhxh, name: Phòng Văn hóa – Xã hội, kind: UNIT, locality: xa-a}
				  - {code: b-vhxh, name: Phòng Văn hóa – Xã hội, kind: UNIT, locality: xa-b}
				""", List.of(new UnitCatalog.KnownUnit("vhxh", "Phòng Văn hóa – Xã hội", UnitKind.UNIT, true,
				List.of())));

		assertThat(file.units()).extracting(UnitEntry::code).containsExactly("a-vhxh", "b-vhxh");
		assertThat(problemsOf("""
				locality: xa-a
				units:
				  - {code: a-vhxh, name: Phòng Văn hóa – Xã hội, kind: UNIT}
				  - {code: a-vh, name: Phòng Văn hoá - Xã hội, kind: UNIT}
				""")).containsExactly("Đơn vị “a-vh”: tên “Phòng Văn hoá - Xã hội” trùng với “Phòng Văn hóa – Xã hội” của"
						+ " đơn vị “a-vhxh”; kế hoạch ghi tên này sẽ không biết là đơn vị nào.");
	}

	@Test
	void shouldKeepTheStoredLocalityOfAUnitWrittenWithoutOneWhenLookingForTwins() {
		// a-vhxh is stored in xa-a; written again without a locality it stays there, so it is no twin of the
		// office of no locality
		DirectoryFile file = read("""
				units:
				  - {code: a-vhxh, name: Phòng Văn hóa – Xã hội, kind: UNIT}
				""", List.of(new UnitCatalog.KnownUnit("a-vhxh", "Phòng Văn hóa – Xã hội", UnitKind.UNIT, true,
				List.of(), "xa-a"), new UnitCatalog.KnownUnit("vhxh", "Phòng Văn hóa – Xã hội", UnitKind.UNIT, true,
				List.of())));

		assertThat(file.units()).extracting(UnitEntry::code).containsExactly("a-vhxh");
	}

	@Test
	void shouldRefuseALocalityThatIsNotACode() {
		assertThat(problemsOf("""
				units:
				  - {code: vhxh, name: Phòng Văn hóa – Xã hội, kind: UNIT, locality: Xã Việt Khê}
				""")).containsExactly("Đơn vị “vhxh”: mã địa bàn (locality) “Xã Việt Khê” không hợp lệ; mã chỉ gồm chữ"
						+ " thường không dấu, chữ số và dấu gạch ngang, tối đa 50 ký tự (ví dụ xa-viet-khe).");
	}

	@Test
	void shouldRefuseTwoUnitsWithOneCode() {
		assertThat(problemsOf("""
				units:
				  - {code: vhxh, name: Phòng Văn hóa – Xã hội, kind: UNIT}
				  - {code: vhxh, name: Phòng Kinh tế, kind: UNIT}
				""")).containsExactly("Đơn vị “vhxh”: mã bị trùng với đơn vị thứ 1.");
	}

	@Test
	void shouldRefuseTwoUnitsThatAPlanCouldNotTellApart() {
		assertThat(problemsOf("""
				units:
				  - {code: vhxh, name: Phòng Văn hóa – Xã hội, kind: UNIT}
				  - {code: vhxh2, name: Phòng Kinh tế, aliases: [Phòng VH-XH], kind: UNIT}
				""")).containsExactly("Đơn vị “vhxh2”: tên “Phòng VH-XH” trùng với “Phòng Văn hóa – Xã hội” của đơn vị"
						+ " “vhxh”; kế hoạch ghi tên này sẽ không biết là đơn vị nào.");
	}

	@Test
	void shouldListEveryMissingFieldOfEveryEntryAtOnce() {
		assertThat(problemsOf("""
				units:
				  - code: vhxh
				    kind: UNIT
				  - name: Phòng Kinh tế
				    kind: PHONG
				people:
				  - username: Lan VHXH
				    email: lan
				    roles: [UNIT_HEAD]
				collectives:
				  - phrase: Các phòng, ban, đơn vị có liên quan
				    units: TAT_CA
				""")).containsExactly(
						"Đơn vị “vhxh”: thiếu tên (name).",
						"Đơn vị thứ 2: thiếu mã (code).",
						"Đơn vị thứ 2: loại “PHONG” không hợp lệ (UNIT hoặc POST).",
						"Cụm từ tập thể “Các phòng, ban, đơn vị có liên quan”: units phải là ALL hoặc danh sách mã đơn vị,"
								+ " không phải “TAT_CA”.",
						"Người dùng “Lan VHXH”: tên đăng nhập không hợp lệ; chỉ gồm chữ thường không dấu, chữ số và các"
								+ " dấu . _ -, tối đa 64 ký tự (ví dụ lan.vhxh).",
						"Người dùng “Lan VHXH”: thiếu họ tên (name).",
						"Người dùng “Lan VHXH”: thư điện tử “lan” không hợp lệ.",
						"Người dùng “Lan VHXH”: có vai trò UNIT_HEAD nhưng không thuộc đơn vị nào (units).");
	}

	@Test
	void shouldNameTheLineOfAFieldTheFormatDoesNotHave() {
		assertThat(problemsOf(UNITS + """
				people:
				  - username: lan.vhxh
				    name: Nguyễn Thị Lan
				    emial: lan.vhxh@demo.parflow.vn
				""")).containsExactly("dòng 14: trường “emial” không có trong mẫu danh mục (xem config/plans/FORMAT.md).");
	}

	@Test
	void shouldRefuseAFileThatIsNotYaml() {
		assertThatThrownBy(() -> read("units: [code: vhxh\n  name: {"))
			.isInstanceOf(DirectoryImportException.class)
			.hasMessageStartingWith("Không nhập được danh mục “thu.yaml”: dòng ")
			.hasMessageContaining("không đúng cú pháp YAML");
	}

	@Test
	void shouldRefuseAnEmptyFile() {
		assertThatThrownBy(() -> read(""))
			.isInstanceOf(DirectoryImportException.class)
			.hasMessage("Không nhập được danh mục “thu.yaml”: tệp trống.");
	}

	@Test
	void shouldRefuseAFileThatIsAListInsteadOfTheDirectory() {
		assertThatThrownBy(() -> read("- vhxh\n- kt\n"))
			.isInstanceOf(DirectoryImportException.class)
			.hasMessage("Không nhập được danh mục “thu.yaml”: dòng 1: tệp không theo mẫu danh mục (cần các mục units,"
					+ " collectives, people).");
	}

	@Test
	void shouldNameTheFieldWithAValueOfTheWrongKind() {
		assertThat(problemsOf("""
				units:
				  - code: vhxh
				    name: {first: Phòng}
				""")).containsExactly("dòng 3: giá trị ở “units[1].name” không đúng kiểu (cần chữ, danh sách hoặc"
						+ " true/false như mẫu).");
	}

	@Test
	void shouldKeepOnePhraseWhenTwoSpellingsNameTheSameUnits() {
		DirectoryFile file = read(UNITS + """
				collectives:
				  - {phrase: "Các cơ quan đơn vị liên quan", units: ALL}
				  - {phrase: "Các cơ quan, đơn vị liên quan", units: ALL}
				""");

		assertThat(file.collectives()).extracting(DirectoryFile.CollectiveEntry::phrase)
			.containsExactly("Các cơ quan đơn vị liên quan");
	}

	@Test
	void shouldRefuseTwoSpellingsOfOnePhraseThatNameDifferentUnits() {
		assertThat(problemsOf(UNITS + """
				collectives:
				  - {phrase: "Các cơ quan đơn vị liên quan", units: ALL}
				  - {phrase: "Các cơ quan, đơn vị liên quan", units: [vhxh]}
				""")).containsExactly("Cụm từ tập thể “Các cơ quan, đơn vị liên quan”: khi so khớp là cùng một cụm từ với"
						+ " “Các cơ quan đơn vị liên quan” nhưng chỉ các đơn vị khác; gộp hai mục làm một.");
	}

}
