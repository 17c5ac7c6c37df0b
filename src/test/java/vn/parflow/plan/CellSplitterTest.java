package vn.parflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.parflow.plan.CellSplitter.Line;

class CellSplitterTest {

	static Stream<Arguments> coordinatingCells() {
		return Stream.of(
				Arguments.of("Các phòng, ban, đơn vị có liên quan", List.of("Các phòng, ban, đơn vị có liên quan")),
				Arguments.of("Các phòng, ban, đơn vị có liên quan;\ncác đơn vị sự nghiệp công lập trong lĩnh vực y tế",
						List.of("Các phòng, ban, đơn vị có liên quan", "các đơn vị sự nghiệp công lập trong lĩnh vực y tế")),
				Arguments.of("Các phòng, ban, đơn vị có liên quan;\ncác đơn vị sự nghiệp công lập trong lĩnh vực giáo dục và đào tạo;",
						List.of("Các phòng, ban, đơn vị có liên quan",
								"các đơn vị sự nghiệp công lập trong lĩnh vực giáo dục và đào tạo")),
				Arguments.of("Phòng Kinh tế, Công an xã, Ban Chỉ huy Quân sự xã",
						List.of("Phòng Kinh tế", "Công an xã", "Ban Chỉ huy Quân sự xã")),
				Arguments.of("Văn phòng HĐND và UBND xã, Trung tâm Phục vụ hành chính công",
						List.of("Văn phòng HĐND và UBND xã", "Trung tâm Phục vụ hành chính công")),
				Arguments.of("Cơ quan, đơn vị thuộc và trực thuộc phòng, ban, ngành",
						List.of("Cơ quan, đơn vị thuộc và trực thuộc phòng, ban, ngành")),
				Arguments.of("các cơ quan, đơn vị liên quan", List.of("các cơ quan, đơn vị liên quan")),
				Arguments.of("Phòng Kinh tế, các đơn vị liên quan", List.of("Phòng Kinh tế, các đơn vị liên quan")),
				Arguments.of("- Phòng Kinh tế\n- Văn phòng HĐND và UBND xã\n+ Công an xã",
						List.of("Phòng Kinh tế", "Văn phòng HĐND và UBND xã", "Công an xã")),
				Arguments.of("Văn phòng HĐND\nvà UBND xã;", List.of("Văn phòng HĐND và UBND xã")),
				Arguments.of("Phòng Văn hóa\n- Xã hội", List.of("Phòng Văn hóa - Xã hội")),
				Arguments.of("", List.of()),
				Arguments.of("-", List.of()));
	}

	@ParameterizedTest
	@MethodSource("coordinatingCells")
	void shouldSplitCoordinatingUnitsButKeepCollectivePhrasesWhole(String cell, List<String> expected) {
		assertThat(CellSplitter.coordinating(lines(cell))).containsExactlyElementsOf(expected);
	}

	static Stream<Arguments> deliverableCells() {
		return Stream.of(
				Arguments.of("Kế hoạch của UBND xã;\nBáo cáo kết quả điều tra, khảo sát",
						List.of("Kế hoạch của UBND xã", "Báo cáo kết quả điều tra, khảo sát")),
				Arguments.of("Quyết định thành lập Đoàn kiểm tra liên ngành, Thông báo kết luận kiểm tra, Báo cáo kết quả kiểm tra",
						List.of("Quyết định thành lập Đoàn kiểm tra liên ngành, Thông báo kết luận kiểm tra, Báo cáo kết quả kiểm tra")),
				Arguments.of("- Mẫu đơn, mẫu tờ khai được điện tử hóa", List.of("Mẫu đơn, mẫu tờ khai được điện tử hóa")),
				Arguments.of("Báo cáo\nkết quả kiểm tra", List.of("Báo cáo kết quả kiểm tra")),
				Arguments.of("- Kế hoạch theo dõi tình hình thi hành pháp luật năm 2025.\n- Báo cáo kết quả theo dõi thi hành"
						+ "\npháp luật năm 2025",
						List.of("Kế hoạch theo dõi tình hình thi hành pháp luật năm 2025.",
								"Báo cáo kết quả theo dõi thi hành pháp luật năm 2025")),
				Arguments.of("- Các thông báo kết luận.\n- Văn bản kiến nghị xử lý; xử lý kết quả sau kiểm tra",
						List.of("Các thông báo kết luận.", "Văn bản kiến nghị xử lý; xử lý kết quả sau kiểm tra")),
				Arguments.of("- Báo cáo số lượng cán bộ;\n- Báo cáo năm ngành nội vụ",
						List.of("Báo cáo số lượng cán bộ", "Báo cáo năm ngành nội vụ")),
				Arguments.of("Văn bản đề nghị thẩm định.", List.of("Văn bản đề nghị thẩm định.")),
				Arguments.of(" ", List.of()));
	}

	@ParameterizedTest
	@MethodSource("deliverableCells")
	void shouldSplitDeliverablesOnListItemsOrElseSemicolonsNeverOnCommas(String cell, List<String> expected) {
		assertThat(CellSplitter.deliverables(lines(cell))).containsExactlyElementsOf(expected);
	}

	@Test
	void shouldTreatWordBulletedParagraphsAsSeparateItems() {
		List<Line> cell = List.of(new Line("Phòng Kinh tế", true), new Line("Công an xã", true));

		assertThat(CellSplitter.coordinating(cell)).containsExactly("Phòng Kinh tế", "Công an xã");
	}

	@Test
	void shouldJoinLinesOfACellWithSingleSpacesKeepingTyposAsWritten() {
		assertThat(CellSplitter.join(lines("Trước ngày 20\n của  tháng cuối\u00A0quý"))).isEqualTo("Trước ngày 20 của tháng cuối quý");
		assertThat(CellSplitter.join(lines("- Qúy I năm 2025"))).isEqualTo("- Qúy I năm 2025");
		assertThat(CellSplitter.join(lines("-"))).isNull();
	}

	@Test
	void shouldDropTheSeparatorLeftAfterALead() {
		assertThat(CellSplitter.single(lines("Văn phòng HĐND và \nUBND xã;"))).isEqualTo("Văn phòng HĐND và UBND xã");
		assertThat(CellSplitter.single(lines("Văn phòng HĐND và UBND xã;\nCác phòng, ban, ngành")))
				.isEqualTo("Văn phòng HĐND và UBND xã; Các phòng, ban, ngành");
	}

	@Test
	void shouldComposeLettersTypedWithCombiningMarks() {
		String decomposed = java.text.Normalizer.normalize("Phòng Văn hóa", java.text.Normalizer.Form.NFD);

		assertThat(CellSplitter.join(lines(decomposed))).isEqualTo("Phòng Văn hóa");
	}

	private static List<Line> lines(String cell) {
		return Arrays.stream(cell.split("\n", -1)).map(Line::of).toList();
	}

}
