package vn.parflow.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.parflow.directory.internal.PersonName;

class PersonNameTest {

	@ParameterizedTest(name = "“{0}” → first “{1}”, last “{2}”")
	@CsvSource(delimiter = '|', textBlock = """
			Nguyễn Thị Lan          | Lan   | Nguyễn Thị
			Trần Văn  Minh          | Minh  | Trần Văn
			Lê Hoàng                | Hoàng | Lê
			Tùng                    | Tùng  | ''
			""")
	void shouldTakeTheLastWordAsTheGivenName(String fullName, String first, String last) {
		PersonName name = PersonName.of(fullName);

		assertThat(name.first()).isEqualTo(first);
		assertThat(name.last()).isEqualTo(last);
	}

}
