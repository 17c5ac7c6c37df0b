package vn.parflow.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitNamesTest {

	@ParameterizedTest(name = "“{0}” = “{1}”")
	@CsvSource(delimiter = '|', textBlock = """
			# the office of the People's Council and Committee, as the five plans write it
			Văn phòng HĐND và UBND xã                          | VP HĐND&UBND
			Văn phòng HĐND và UBND xã                          | Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã
			Văn phòng HĐND và UBND xã                          | Văn phòng HĐND và UBND
			Văn phòng HĐND và UBND xã                          | VĂN PHÒNG HĐND VÀ UBND XÃ
			Văn phòng HĐND và UBND xã                          | Văn phòng Hội đồng nhân dân và Uỷ ban nhân dân phường
			Văn phòng HĐND và UBND xã                          | VP HĐND & UBND thị trấn
			Văn phòng HĐND và UBND xã                          | Văn phòng HĐND và UBND của xã
			# the culture and society office: en dash, hyphen, old and new tone placement, abbreviation
			Phòng Văn hóa – Xã hội                             | Phòng Văn hoá - Xã hội
			Phòng Văn hóa – Xã hội                             | phòng Văn hoá - Xã hội
			Phòng Văn hóa – Xã hội                             | Phòng VH-XH
			Phòng Văn hóa – Xã hội                             | Phòng VH - XH
			Phòng Văn hóa – Xã hội                             | Phòng VHXH
			Phòng Văn hóa – Xã hội                             | Phòng Văn hóa-Xã hội
			Phòng Văn hóa – Xã hội                             | Phòng Văn hóa - Xã hội xã
			Phòng Văn hóa – Xã hội                             | Phòng Văn hóa — Xã hội của xã
			Phòng Văn hóa – Xã hội                             | Phòng Văn hoá – Xã hội)
			# the other offices and centres of the plans
			Phòng Kinh tế                                      | PHÒNG KINH TẾ xã
			Trung tâm Phục vụ hành chính công                  | Trung tâm phục vụ hành chính công xã
			Trung tâm Phục vụ hành chính công                  | Trung tâm Phục vụ hành chính công cấp xã
			Trung tâm dịch vụ sự nghiệp công                   | Trung tâm dịch vụ sự nghiệp công xã
			Ủy ban nhân dân xã                                 | UBND xã
			Ủy ban nhân dân xã                                 | UBND cấp xã
			Ủy ban nhân dân xã                                 | Uỷ ban nhân dân phường
			Công an xã                                         | Công an
			# spellings in config/directory/demo.yaml
			Phòng Văn hóa – Xã hội                             | Phòng Văn hoá - xã hội
			Văn phòng HĐND và UBND xã                          | Văn phòng Hội đồng nhân dân và Ủy ban nhân dân
			Phòng Kinh tế                                      | Phòng Kinh tế xã
			Trung tâm phục vụ hành chính công                  | Trung tâm Phục vụ hành chính công cấp xã
			Bộ phận Một cửa                                    | Bộ phận một cửa phường
			Công chức Văn phòng - Thống kê                     | công chức Văn phòng - thống kê
			Công chức Tài chính - Kế toán                      | công chức Tài chính - kế toán
			Trung tâm Văn hoá – Thể thao và truyền thông       | Trung tâm Văn hóa - Thể thao và Truyền thông
			Đài truyền thanh xã                                | Đài truyền thanh
			Các cơ quan, đơn vị liên quan                      | Các cơ quan đơn vị liên quan
			# officer posts (seed 002) and the collective phrase
			Công chức Tư pháp - HT                             | Công chức Tư pháp – HT
			Công chức Văn phòng - TK                           | Công chức  Văn phòng -  TK
			Công chức Văn hóa - Xã hội                         | Công chức Văn hóa - XH
			Công chức Văn hóa - Xã hội                         | Công chức VH-XH
			Các phòng, ban, đơn vị có liên quan                | Các phòng ban đơn vị có liên quan
			Các phòng, ban, đơn vị có liên quan                | các phòng, ban, đơn vị  có liên quan
			""")
	void shouldGiveOneKeyToEveryWayAPlanWritesAUnit(String name, String sameUnit) {
		assertThat(UnitNames.normalise(sameUnit)).isEqualTo(UnitNames.normalise(name));
	}

	@ParameterizedTest(name = "“{0}” ≠ “{1}”")
	@CsvSource(delimiter = '|', textBlock = """
			Phòng Văn hóa – Xã hội                | Phòng Kinh tế
			Văn phòng HĐND và UBND xã             | Văn phòng HĐND và UBND thị xã
			Ủy ban nhân dân xã                    | Ủy ban nhân dân thành phố
			Công chức Văn phòng - TK              | Văn phòng HĐND và UBND xã
			Công chức Tư pháp - HT                | Công chức Tài chính - KT
			Các phòng, ban, đơn vị có liên quan   | Các phòng, ban, ngành
			Trung tâm Phục vụ hành chính công     | Trung tâm dịch vụ sự nghiệp công
			""")
	void shouldKeepDifferentUnitsApart(String one, String other) {
		assertThat(UnitNames.normalise(one)).isNotEqualTo(UnitNames.normalise(other));
	}

	@ParameterizedTest(name = "“{0}” → “{1}”")
	@CsvSource(delimiter = '|', textBlock = """
			Văn phòng HĐND&UBND xã     | van phong hoi dong nhan dan va uy ban nhan dan
			Phòng Văn hoá - Xã hội     | phong van hoa xa hoi
			Đảng ủy xã                 | dang uy
			Xã                         | xa
			Phường                     | phuong
			""")
	void shouldSpellTheKeyWithoutDiacriticsAbbreviationsOrTheCommune(String name, String key) {
		assertThat(UnitNames.normalise(name)).isEqualTo(key);
	}

	@Test
	void shouldReadTextCopiedFromWordWithDecomposedDiacritics() {
		String decomposed = Normalizer.normalize("Phòng Văn hóa – Xã hội", Normalizer.Form.NFD);

		assertThat(UnitNames.normalise(decomposed)).isEqualTo("phong van hoa xa hoi");
	}

	@Test
	void shouldGiveNoKeyToANameWithoutLetters() {
		assertThat(UnitNames.normalise(null)).isEmpty();
		assertThat(UnitNames.normalise(" – ")).isEmpty();
	}

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			kitten               | sitting              | 3
			phong kinh te        | phong kinh te        | 0
			''                   | abc                  | 3
			phong van hoa xa hoi | phong van hoa xa hoa | 1
			""")
	void shouldCountTheFewestEditsBetweenTwoKeys(String from, String to, int edits) {
		assertThat(UnitNames.editDistance(from, to)).isEqualTo(edits);
		assertThat(UnitNames.editDistance(to, from)).isEqualTo(edits);
	}

	@ParameterizedTest(name = "“{0}” → {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			xã Việt Khê        | xa-viet-khe
			Phường Đồng Xuân   | phuong-dong-xuan
			 thị trấn Núi Đèo  | thi-tran-nui-deo
			xa-viet-khe        | xa-viet-khe
			x17                | x17
			–                  | -
			""")
	void shouldWriteAPlansLocalityAsTheDirectorysCode(String written, String code) {
		assertThat(UnitNames.localityCode(written)).isEqualTo(code);
	}

}
