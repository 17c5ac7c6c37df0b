package vn.parflow.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.parflow.directory.UnitCatalog.KnownCollective;
import vn.parflow.directory.UnitCatalog.KnownUnit;

/** The matcher's rules, on a directory held in memory. */
class UnitMatcherTest {

	private static final KnownUnit VHXH = new KnownUnit("vhxh", "Phòng Văn hóa – Xã hội", UnitKind.UNIT, true,
			List.of("Phòng VH-XH"));

	private static final KnownUnit VP = new KnownUnit("vp", "Văn phòng HĐND và UBND xã", UnitKind.UNIT, true,
			List.of());

	private static final KnownUnit KT = new KnownUnit("kt", "Phòng Kinh tế", UnitKind.UNIT, true, List.of());

	private static final KnownUnit TPHT = new KnownUnit("tp-ht", "Công chức Tư pháp - Hộ tịch", UnitKind.POST, true,
			List.of("Công chức Tư pháp - HT"));

	private static final KnownUnit OLD = new KnownUnit("dc", "Phòng Địa chính", UnitKind.UNIT, false, List.of());

	private static final List<KnownCollective> COLLECTIVES = List.of(
			new KnownCollective("Các phòng, ban, đơn vị có liên quan", true, List.of()),
			new KnownCollective("Các phòng chuyên môn", false, List.of("kt", "vhxh", "dc")));

	private final UnitCatalog matcher = new UnitCatalog(List.of(VHXH, VP, KT, TPHT, OLD), COLLECTIVES);

	@ParameterizedTest(name = "“{0}” → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Phòng Văn hóa – Xã hội                                 | vhxh
			Phòng Văn hoá - Xã hội                                 | vhxh
			phòng VH - XH                                          | vhxh
			Văn phòng HĐND và UBND xã                              | vp
			VP HĐND&UBND                                           | vp
			Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã      | vp
			Phòng Kinh tế xã                                       | kt
			Công chức Tư pháp – HT                                 | tp-ht
			""")
	void shouldFindTheUnitByItsNameOrAliasHoweverThePlanSpellsIt(String asWritten, String code) {
		UnitMatch match = matcher.match(asWritten);

		assertThat(match.found()).isTrue();
		assertThat(match.collective()).isFalse();
		assertThat(match.units()).extracting(UnitRef::code).containsExactly(code);
		assertThat(match.asWritten()).isEqualTo(asWritten);
	}

	@Test
	void shouldGiveTheUnitItsDirectoryNameNotTheSpellingOfThePlan() {
		assertThat(matcher.match("Phòng VH-XH").units())
			.containsExactly(new UnitRef("vhxh", "Phòng Văn hóa – Xã hội"));
	}

	@Test
	void shouldMapAllUnitsPhraseOfACommuneToThatCommunesOfficesOnly() {
		KnownUnit vhxhA = new KnownUnit("a-vhxh", "Phòng Văn hóa – Xã hội (A)", UnitKind.UNIT, true, List.of(), "xa-a");
		KnownUnit ktA = new KnownUnit("a-kt", "Phòng Kinh tế (A)", UnitKind.UNIT, true, List.of(), "xa-a");
		KnownUnit vhxhB = new KnownUnit("b-vhxh", "Phòng Văn hóa – Xã hội (B)", UnitKind.UNIT, true, List.of(), "xa-b");
		UnitCatalog province = new UnitCatalog(List.of(vhxhA, vhxhB, ktA, KT),
				List.of(new KnownCollective("Các phòng, ban (A)", true, List.of(), "xa-a"),
						new KnownCollective("Các phòng, ban (B)", true, List.of(), "xa-b"),
						new KnownCollective("Các phòng, ban", true, List.of())));

		assertThat(province.match("Các phòng, ban (A)").units()).extracting(UnitRef::code)
			.containsExactly("a-vhxh", "a-kt");
		assertThat(province.match("Các phòng, ban (B)").units()).extracting(UnitRef::code).containsExactly("b-vhxh");
		assertThat(province.match("Các phòng, ban").units()).extracting(UnitRef::code).containsExactly("kt");
	}

	/** Two communes of one province, each with its own "Phòng Văn hóa – Xã hội" and "Các phòng, ban, …". */
	private static UnitCatalog twoCommunes() {
		String related = "Các phòng, ban, đơn vị có liên quan";
		return new UnitCatalog(List.of(
				new KnownUnit("a-vhxh", "Phòng Văn hóa – Xã hội", UnitKind.UNIT, true, List.of("Phòng VH-XH"), "xa-a"),
				new KnownUnit("a-kt", "Phòng Kinh tế", UnitKind.UNIT, true, List.of(), "xa-a"),
				new KnownUnit("b-vhxh", "Phòng Văn hóa – Xã hội", UnitKind.UNIT, true, List.of(), "xa-b"),
				new KnownUnit("b-tp", "Phòng Tư pháp", UnitKind.UNIT, true, List.of(), "xa-b"),
				new KnownUnit("ca", "Công an huyện", UnitKind.POST, true, List.of())),
				List.of(new KnownCollective(related, true, List.of(), "xa-a"),
						new KnownCollective(related, true, List.of(), "xa-b"),
						new KnownCollective("Các phòng chuyên môn", true, List.of())));
	}

	@Test
	void shouldMatchAPlansNamesAmongTheUnitsOfItsOwnCommune() {
		UnitCatalog province = twoCommunes();

		assertThat(codes(province.within("xa-a").match("Phòng VH-XH"))).containsExactly("a-vhxh");
		assertThat(codes(province.within("xa-b").match("Phòng Văn hoá - Xã hội"))).containsExactly("b-vhxh");
		assertThat(codes(province.within("xa-a").match("Các phòng, ban, đơn vị có liên quan")))
			.containsExactly("a-vhxh", "a-kt");
		assertThat(codes(province.within("xa-b").match("Các phòng, ban, đơn vị có liên quan")))
			.containsExactly("b-vhxh", "b-tp");
		assertThat(codes(province.within("xa-b").match("Công an huyện"))).as("a unit of no locality is everyone's")
			.containsExactly("ca");
	}

	@Test
	void shouldNameTheCommunesOwnOfficesByAnAllUnitsPhraseOfNoLocality() {
		assertThat(codes(twoCommunes().within("xa-a").match("Các phòng chuyên môn")))
			.containsExactly("a-vhxh", "a-kt");
	}

	@Test
	void shouldNeverGiveAPlanTheOfficeOfAnotherCommune() {
		UnitMatch match = twoCommunes().within("xa-a").match("Phòng Tư pháp");

		assertThat(match.found()).isFalse();
		assertThat(match.units()).isEmpty();
		assertThat(match.error()).isEqualTo("Không tìm thấy đơn vị “Phòng Tư pháp” trong danh mục của địa bàn xa-a.");
		assertThat(twoCommunes().within("xa-a").active()).extracting(UnitRef::code)
			.containsExactly("a-vhxh", "a-kt", "ca");
	}

	@Test
	void shouldRefuseANameOfSeveralCommunesForAPlanOfNoKnownCommune() {
		UnitCatalog province = twoCommunes();

		assertThat(province.within("xa-khac")).as("no unit of that locality: the whole directory").isSameAs(province);
		assertThat(province.match("Phòng Văn hóa – Xã hội").error()).isEqualTo("Tên “Phòng Văn hóa – Xã hội” ứng với"
				+ " nhiều đơn vị trong danh mục: “Phòng Văn hóa – Xã hội” (xa-a), “Phòng Văn hóa – Xã hội” (xa-b).");
		assertThat(province.match("Các phòng, ban, đơn vị có liên quan").error()).isEqualTo("Cụm từ “Các phòng, ban,"
				+ " đơn vị có liên quan” có trong danh mục của nhiều địa bàn (xa-a, xa-b); kế hoạch cần ghi địa bàn"
				+ " (locality) của mình.");
	}

	@Test
	void shouldPreferTheUnitsOfNoLocalityForAPlanOfNoKnownCommune() {
		// a one-commune directory of no locality (the demo), then a second commune imported beside it
		UnitCatalog both = new UnitCatalog(List.of(VHXH,
				new KnownUnit("b-vhxh", "Phòng Văn hóa – Xã hội", UnitKind.UNIT, true, List.of(), "xa-b")),
				List.of());

		assertThat(codes(both.within("xa-viet-khe").match("Phòng Văn hóa – Xã hội"))).containsExactly("vhxh");
		assertThat(codes(both.within("xa-b").match("Phòng Văn hóa – Xã hội"))).containsExactly("b-vhxh");
	}

	private static List<String> codes(UnitMatch match) {
		assertThat(match.error()).isNull();
		return match.units().stream().map(UnitRef::code).toList();
	}

	@Test
	void shouldMapAllUnitsPhraseToEveryActiveOfficeButNotToPosts() {
		UnitMatch match = matcher.match("Các phòng, ban, đơn vị có liên quan");

		assertThat(match.found()).isTrue();
		assertThat(match.collective()).isTrue();
		assertThat(match.units()).extracting(UnitRef::code).containsExactly("vhxh", "vp", "kt");
	}

	@Test
	void shouldMapAListedCollectiveToItsActiveUnits() {
		UnitMatch match = matcher.match("các phòng chuyên môn");

		assertThat(match.collective()).isTrue();
		assertThat(match.units()).extracting(UnitRef::code).containsExactly("kt", "vhxh");
	}

	@Test
	void shouldLeaveAnUnconfiguredRelatedUnitsPhraseUnknown() {
		UnitMatch match = matcher.match("Các cơ quan, đơn vị có liên quan");

		assertThat(match.found()).isFalse();
		assertThat(match.units()).isEmpty();
		assertThat(match.collective()).isFalse();
	}

	@Test
	void shouldSuggestTheClosestUnitForAnUnknownName() {
		UnitMatch match = matcher.match("Phòng Văn hóa - Thông tin");

		assertThat(match.found()).isFalse();
		assertThat(match.units()).isEmpty();
		assertThat(match.suggestion()).isEqualTo("Phòng Văn hóa – Xã hội");
		assertThat(match.error()).isEqualTo(
				"Không tìm thấy đơn vị “Phòng Văn hóa - Thông tin” trong danh mục; có phải “Phòng Văn hóa – Xã hội”?");
	}

	@Test
	void shouldSuggestTheCollectivePhraseForAPhraseWithAWordMissing() {
		UnitMatch match = matcher.match("Các phòng, ban, đơn vị liên quan");

		assertThat(match.found()).isFalse();
		assertThat(match.suggestion()).isEqualTo("Các phòng, ban, đơn vị có liên quan");
	}

	@Test
	void shouldSuggestNothingWhenNoUnitComesClose() {
		UnitMatch match = matcher.match("Công an xã");

		assertThat(match.suggestion()).isNull();
		assertThat(match.error()).isEqualTo("Không tìm thấy đơn vị “Công an xã” trong danh mục.");
	}

	@Test
	void shouldNotGiveWorkToAUnitThatNoLongerWorks() {
		UnitMatch match = matcher.match("Phòng Địa chính");

		assertThat(match.found()).isFalse();
		assertThat(match.units()).isEmpty();
		assertThat(match.error()).isEqualTo("Đơn vị “Phòng Địa chính” đã ngừng hoạt động trong danh mục.");
	}

	@Test
	void shouldRefuseANameThatFitsTwoUnits() {
		UnitCatalog clash = new UnitCatalog(List.of(KT,
				new KnownUnit("kt2", "Phòng Kinh tế xã", UnitKind.UNIT, true, List.of())), List.of());

		UnitMatch match = clash.match("Phòng Kinh tế");

		assertThat(match.found()).isFalse();
		assertThat(match.error()).isEqualTo(
				"Tên “Phòng Kinh tế” ứng với nhiều đơn vị trong danh mục: “Phòng Kinh tế”, “Phòng Kinh tế xã”.");
	}

	@Test
	void shouldSayWhenNoUnitIsWritten() {
		UnitMatch match = matcher.match("  ");

		assertThat(match.found()).isFalse();
		assertThat(match.error()).isEqualTo("Chưa ghi tên đơn vị.");
	}

	@ParameterizedTest(name = "“{0}” → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# leads and coordinating units as the seed plans' appendices write them
			Phòng Văn hóa – Xã hội                                            | vhxh
			Phòng Văn hoá - Xã hội                                            | vhxh
			Văn phòng HĐND và UBND xã                                         | vp
			Văn phòng HĐND và UBND                                            | vp
			Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã                 | vp
			Phòng Kinh tế                                                     | kinhte
			Trung tâm hành chính công                                         | hcc
			Trung tâm phục vụ hành chính công xã                              | hcc
			Bộ phận Một cửa                                                   | hcc
			Công chức Văn phòng - TK                                          | vptk
			Công chức Tư pháp - HT                                            | tuphap
			Công chức Tài chính - KT                                          | tckt
			Công chức Văn hóa - XH                                            | ccvhxh
			Các phòng, ban, ngành                                             | vhxh vp kinhte hcc tuphap vptk tckt ccvhxh
			Các phòng, ban, ngành, trung tâm HCC                              | vhxh vp kinhte hcc tuphap vptk tckt ccvhxh
			các đơn vị sự nghiệp công lập trong lĩnh vực y tế                 | tyt
			các đơn vị sự nghiệp công lập trong lĩnh vực giáo dục và đào tạo  | tieuhoc thcs
			Các phòng, ban, đơn vị có liên quan                               | vhxh vp kinhte hcc ttdvc ttvh dtt cttdt tyt tieuhoc thcs
			""")
	void shouldFindInTheDemoDirectoryEveryUnitTheSeedPlansName(String asWritten, String codes) throws IOException {
		UnitMatch match = demoDirectory().match(asWritten);

		assertThat(match.error()).isNull();
		assertThat(match.units()).extracting(UnitRef::code).containsExactlyInAnyOrder(codes.split(" "));
	}

	private static UnitCatalog demoDirectory() throws IOException {
		try (InputStream yaml = Files.newInputStream(Path.of("config/directory/demo.yaml"))) {
			DirectoryFile demo = DirectoryFileReader.read("demo.yaml", yaml, List.of());
			return new UnitCatalog(
					demo.units().stream()
						.map(unit -> new KnownUnit(unit.code(), unit.name(), unit.kind(), true, unit.aliases()))
						.toList(),
					demo.collectives().stream()
						.map(collective -> new KnownCollective(collective.phrase(), collective.allUnits(),
								List.copyOf(collective.unitCodes())))
						.toList());
		}
	}

}
