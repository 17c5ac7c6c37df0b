package vn.parflow.attachment;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			Báo cáo quý III.pdf                         | Báo cáo quý III.pdf
			../../etc/passwd.pdf                        | passwd.pdf
			C:\\Users\\Tuấn\\Kế hoạch số 12.docx          | Kế hoạch số 12.docx
			'  Quyết định   ban hành .docx  '           | Quyết định ban hành.docx
			'báo<cáo>:"x"|?*.xlsx'                      | báo_cáo___x____.xlsx
			'...ẩn.pdf'                                 | ẩn.pdf
			.pdf                                        | pdf
			''                                          | tep-dinh-kem
			""")
	void shouldKeepVietnameseLettersAndDropPathsAndForbiddenSigns(String original, String cleaned) {
		assertThat(FileNames.clean(original)).isEqualTo(cleaned);
	}

	static Stream<Arguments> disguisedNames() {
		return Stream.of(Arguments.of("right-to-left override", "bao-cao\u202Efdp.exe", "bao-caofdp.exe"),
				Arguments.of("line break", "bao\ncao.pdf", "baocao.pdf"),
				Arguments.of("null character", "bao\u0000cao.pdf", "baocao.pdf"),
				Arguments.of("decomposed accents (NFD)", "Ba\u0301o ca\u0301o.pdf", "Báo cáo.pdf"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("disguisedNames")
	void shouldDropInvisibleCharactersThatDisguiseAName(String what, String original, String cleaned) {
		assertThat(FileNames.clean(original)).isEqualTo(cleaned);
	}

	@Test
	void shouldShortenAVeryLongNameButKeepItsExtension() {
		String cleaned = FileNames.clean("ả".repeat(400) + ".pdf");

		assertThat(cleaned).endsWith(".pdf").hasSize(154);
	}

}
