package vn.parflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import vn.parflow.plan.ImportProblem.Severity;
import vn.parflow.plan.PlanDraft.TaskRow;

/**
 * The seed plans as an officer holds them: Word files made by LibreOffice from the seed transcriptions
 * (src/test/resources/fixtures/plans, described by expected.yaml there), read against what they must give and
 * against their YAML form in config/plans.
 */
class DocxPlanReaderTest {

	private static final String FIXTURES = "/fixtures/plans/";

	private final PlanFileReader reader = new PlanFileReader();

	/** One fixture of expected.yaml: the file and what must be read from it. */
	record Fixture(String file, LocalDate periodStart, LocalDate periodEnd, int taskCount, int numberedTasks,
			int subTasks, List<Map<String, String>> tasks) {

		@Override
		public String toString() {
			return file;
		}
	}

	static Stream<Fixture> fixtures() throws IOException {
		try (InputStream in = DocxPlanReaderTest.class.getResourceAsStream(FIXTURES + "expected.yaml")) {
			Map<?, ?> expected = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
			return ((List<?>) expected.get("fixtures")).stream().map(Map.class::cast).map(fixture -> new Fixture(
					(String) fixture.get("file"), LocalDate.parse((String) fixture.get("periodStart")),
					LocalDate.parse((String) fixture.get("periodEnd")), (Integer) fixture.get("taskCount"),
					(Integer) fixture.get("numberedTasks"), (Integer) fixture.get("subTasks"),
					((List<?>) fixture.get("tasks")).stream().map(task -> {
						@SuppressWarnings("unchecked")
						Map<String, String> row = (Map<String, String>) task;
						return row;
					}).toList())).toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void shouldReadEveryTaskWithItsNumberLeadAndAreaAsExpected(Fixture fixture) throws IOException {
		PlanDraft draft = read(fixture.file());

		assertThat(errors(draft)).isEmpty();
		assertThat(draft.periodStart()).isEqualTo(fixture.periodStart());
		assertThat(draft.periodEnd()).isEqualTo(fixture.periodEnd());
		assertThat(draft.tasks()).hasSize(fixture.taskCount());
		assertThat(draft.tasks()).filteredOn(task -> !task.number().contains(".")).hasSize(fixture.numberedTasks());
		assertThat(draft.tasks()).filteredOn(task -> task.number().contains(".")).hasSize(fixture.subTasks());
		assertThat(draft.tasks()).extracting(task -> List.of(task.number(), task.area().name(), task.lead()))
				.containsExactlyElementsOf(fixture.tasks().stream()
						.map(task -> List.of(task.get("number"), task.get("area"), task.get("lead"))).toList());
	}

	@Test
	void shouldReadVietKheAppendixAs41NumberedTasksAnd4SubTasks() throws IOException {
		PlanDraft draft = read("viet-khe-2025-h2.docx");

		assertThat(draft.tasks()).extracting(TaskRow::number).contains("6.1", "6.2", "17", "17.1", "17.2")
				.doesNotContain("6");
		assertThat(draft.tasks()).filteredOn(task -> task.number().equals("6.1")).singleElement()
				.extracting(TaskRow::content).isEqualTo("Kiểm tra cải cách hành chính - Tối thiểu 20% phòng, ban, ngành, đơn vị");
	}

	@Test
	void shouldReadTheHeadOfTheVietKhePlan() throws IOException {
		PlanDraft draft = read("viet-khe-2025-h2.docx");

		assertThat(draft.code()).isEqualTo("VIETKHE-2025-H2");
		assertThat(draft.title()).isEqualTo("Kế hoạch cải cách hành chính nhà nước xã Việt Khê 6 tháng cuối năm 2025");
		assertThat(draft.issuingBody()).isEqualTo("Ủy ban nhân dân xã Việt Khê");
		assertThat(draft.locality()).isEqualTo("xã Việt Khê");
		assertThat(draft.decisionNumber()).isNull();
		assertThat(draft.decisionDate()).isNull();
		assertThat(draft.coordinatingUnit()).isEqualTo("Phòng Văn hóa – Xã hội");
	}

	@Test
	void shouldReadTheVietKheReportingRegimeFromTheBody() throws IOException {
		PlanDraft draft = read("viet-khe-2025-h2.docx");

		assertThat(draft.reportingRules()).anySatisfy(rule -> {
			assertThat(rule.quarterly().dayOfLastMonth()).isEqualTo(10);
			assertThat(rule.quarterly().before()).isTrue();
			assertThat(rule.yearly().day()).isEqualTo(java.time.MonthDay.of(12, 10));
			assertThat(rule.yearly().before()).isTrue();
		});
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({
			"viet-khe-2025-h2.docx, config/plans/viet-khe-2025-h2.yaml",
			"anh-son-2025.docx,     config/plans/anh-son-2025.yaml" })
	void shouldReadTheSameTasksFromTheWordFileAsFromItsYamlForm(String docx, String yaml) throws IOException {
		PlanDraft fromWord = read(docx);
		PlanDraft fromYaml = reader.read(yaml, Files.readAllBytes(Path.of(yaml)));

		assertThat(errors(fromYaml)).isEmpty();
		assertThat(withoutRows(fromWord.tasks())).containsExactlyElementsOf(withoutRows(fromYaml.tasks()));
		assertThat(fromWord.periodStart()).isEqualTo(fromYaml.periodStart());
		assertThat(fromWord.periodEnd()).isEqualTo(fromYaml.periodEnd());
		assertThat(fromWord.title()).isEqualTo(fromYaml.title());
		assertThat(fromWord.code()).isEqualTo(fromYaml.code());
		assertThat(fromWord.issuingBody()).isEqualTo(fromYaml.issuingBody());
		assertThat(fromWord.locality()).isEqualTo(fromYaml.locality());
	}

	private PlanDraft read(String file) throws IOException {
		try (InputStream in = getClass().getResourceAsStream(FIXTURES + file)) {
			assertThat(in).as(file).isNotNull();
			return reader.read(file, in.readAllBytes());
		}
	}

	private static List<ImportProblem> errors(PlanDraft draft) {
		return draft.problems().stream().filter(problem -> problem.severity() == Severity.ERROR).toList();
	}

	private static List<TaskRow> withoutRows(List<TaskRow> tasks) {
		return tasks.stream().map(task -> new TaskRow(0, task.number(), task.area(), task.content(), task.lead(),
				task.coordinating(), task.timePhrase(), task.deliverables(), task.notes())).toList();
	}

}
