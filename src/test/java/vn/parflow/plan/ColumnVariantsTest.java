package vn.parflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parflow.plan.SectionNumberingTest.parse;
import static vn.parflow.plan.SectionNumberingTest.row;
import static vn.parflow.plan.SectionNumberingTest.table;

import org.junit.jupiter.api.Test;

import vn.parflow.plan.ImportProblem.Severity;
import vn.parflow.plan.PlanDraft.TaskRow;

/** Column layouts seen in real plans of other localities, each in made-up variants. */
class ColumnVariantsTest {

	@Test
	void shouldReadChiTieuAsTheContentColumnOfATargetTable() {
		for (String header : new String[] { "Chỉ tiêu", "Nội dung chỉ tiêu", "Tên chỉ tiêu" }) {
			AppendixTableParser.Result result = parse(table(
					row("STT", header, "Đơn vị chủ trì", "Thời gian hoàn thành"),
					row("1", "100% thủ tục hành chính được công khai đúng quy định", "Bộ phận Một cửa", "Quý II/2026"),
					row("2", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%", "Văn phòng HĐND và UBND", "Năm 2026")));

			assertThat(result.problems()).as(header).noneMatch(p -> p.severity() == Severity.ERROR);
			assertThat(result.tasks()).as(header).extracting(TaskRow::content).containsExactly(
					"100% thủ tục hành chính được công khai đúng quy định", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%");
		}
	}

	@Test
	void shouldReadATableWhoseLeadColumnComesFirst() {
		AppendixTableParser.Result withNumbers = parse(table(
				row("TT", "Cơ quan chủ trì", "Nội dung nhiệm vụ", "Cơ quan phối hợp", "Thời gian"),
				row("I. CHUYỂN ĐỔI SỐ", ">", ">", ">", ">"),
				row("1", "Văn phòng HĐND và UBND", "Số hóa hồ sơ lưu trữ", "Công chức Tư pháp - HT", "Quý III/2026"),
				row("2", "Phòng Văn hóa – Xã hội", "Tuyên truyền kỹ năng số", "", "Thường xuyên")));
		AppendixTableParser.Result leadOnly = parse(table(
				row("Đơn vị chủ trì", "Nhiệm vụ", "Thời hạn"),
				row("Công an xã", "Làm sạch dữ liệu dân cư", "Tháng 6/2026"),
				row("Phòng Kinh tế", "Cập nhật dữ liệu đất đai", "Quý IV/2026")));

		assertThat(withNumbers.problems()).noneMatch(p -> p.severity() == Severity.ERROR);
		assertThat(withNumbers.tasks()).extracting(TaskRow::number, TaskRow::lead, TaskRow::content).containsExactly(
				org.assertj.core.groups.Tuple.tuple("1", "Văn phòng HĐND và UBND", "Số hóa hồ sơ lưu trữ"),
				org.assertj.core.groups.Tuple.tuple("2", "Phòng Văn hóa – Xã hội", "Tuyên truyền kỹ năng số"));
		assertThat(withNumbers.tasks().get(0).coordinating()).containsExactly("Công chức Tư pháp - HT");
		assertThat(leadOnly.problems()).noneMatch(p -> p.severity() == Severity.ERROR);
		assertThat(leadOnly.tasks()).extracting(TaskRow::lead, TaskRow::timePhrase).containsExactly(
				org.assertj.core.groups.Tuple.tuple("Công an xã", "Tháng 6/2026"),
				org.assertj.core.groups.Tuple.tuple("Phòng Kinh tế", "Quý IV/2026"));
	}

	@Test
	void shouldReadATimeColumnEmptyInEveryRowAsNoTimeWithoutRowErrors() {
		AppendixTableParser.Result result = parse(table(
				row("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"),
				row("1", "Rà soát quy chế làm việc", "Văn phòng HĐND và UBND", ""),
				row("2", "Tập huấn nghiệp vụ", "Phòng Văn hóa – Xã hội", "")));

		assertThat(result.problems()).noneMatch(p -> p.severity() == Severity.ERROR);
		assertThat(result.tasks()).extracting(TaskRow::timePhrase).containsOnlyNulls();
	}

}
