package vn.parflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import vn.parflow.directory.DemoDirectory;
import vn.parflow.directory.UnitMatch;
import vn.parflow.plan.ImportProblem.Severity;
import vn.parflow.plan.PlanDraft.TaskRow;

/**
 * Appendix layouts nobody developed the readers against (src/test/resources/fixtures/unseen, described by
 * expected.yaml there): Word and Excel files made by LibreOffice, with tasks written from the prose of seeds 001, 003
 * and 004. Each must give the right tasks in the right order, with the number an officer names, the lead as written,
 * the area of its section and the deadline column as written, no error, and leads and coordinating units the demo
 * directory knows, except one unit left out of it on purpose.
 */
class UnseenLayoutsTest {

	private static final String FIXTURES = "/fixtures/unseen/";

	private static final DemoDirectory DIRECTORY = DemoDirectory.load();

	private final PlanFileReader reader = new PlanFileReader();

	/** One task of expected.yaml; time and content are null when the fixture does not say. */
	record ExpectedTask(String number, String lead, String area, String time, String content, boolean unknownUnit) {
	}

	/** One fixture of expected.yaml. */
	record Variant(String file, List<String> tests, LocalDate periodStart, LocalDate periodEnd, int taskCount,
			List<ExpectedTask> tasks) {

		@Override
		public String toString() {
			return file;
		}
	}

	static List<Variant> variants() {
		try (InputStream in = UnseenLayoutsTest.class.getResourceAsStream(FIXTURES + "expected.yaml")) {
			Map<?, ?> expected = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
			List<Variant> variants = new ArrayList<>();
			for (Object item : (List<?>) expected.get("variants")) {
				Map<?, ?> variant = (Map<?, ?>) item;
				List<ExpectedTask> tasks = new ArrayList<>();
				for (Object taskItem : (List<?>) variant.get("tasks")) {
					Map<?, ?> task = (Map<?, ?>) taskItem;
					tasks.add(new ExpectedTask((String) task.get("number"), (String) task.get("lead"),
							(String) task.get("area"), (String) task.get("time"), (String) task.get("content"),
							Boolean.TRUE.equals(task.get("unknownUnit"))));
				}
				variants.add(new Variant((String) variant.get("file"),
						((List<?>) variant.get("tests")).stream().map(String.class::cast).toList(),
						LocalDate.parse((String) variant.get("periodStart")),
						LocalDate.parse((String) variant.get("periodEnd")), (Integer) variant.get("taskCount"), tasks));
			}
			return variants;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("variants")
	void shouldReadEveryTaskOfAnUnseenLayoutWithTheNumberLeadAndAreaAnOfficerReads(Variant variant) {
		assertThat(differences(variant, read(variant.file()))).as("what %s reads differently", variant.file()).isEmpty();
	}

	@Test
	void shouldReadEveryUnseenLayoutRight() {
		List<Variant> variants = variants();
		int right = 0;
		List<String> report = new ArrayList<>();
		for (Variant variant : variants) {
			List<String> differences = differences(variant, read(variant.file()));
			if (differences.isEmpty()) {
				right++;
			}
			else {
				report.add("  " + variant.file() + " " + variant.tests() + ":");
				differences.stream().limit(12).forEach(line -> report.add("    " + line));
			}
		}
		System.out.println("Unseen layouts: " + right + " of " + variants.size() + " read right");
		report.forEach(System.out::println);

		assertThat(variants).hasSizeGreaterThanOrEqualTo(8);
		assertThat(right).as("layouts read right").isEqualTo(variants.size());
	}

	@Test
	void shouldReportTheOneLeadMissingFromTheDirectoryByItsName() {
		List<ExpectedTask> unknown = variants().stream().flatMap(variant -> variant.tasks().stream())
				.filter(ExpectedTask::unknownUnit).toList();

		assertThat(unknown).singleElement().satisfies(task -> {
			UnitMatch match = DIRECTORY.match(task.lead());
			assertThat(match.found()).isFalse();
			assertThat(match.error()).contains("Không tìm thấy đơn vị", "“" + task.lead() + "”");
		});
	}

	private PlanDraft read(String file) {
		try (InputStream in = getClass().getResourceAsStream(FIXTURES + file)) {
			Objects.requireNonNull(in, file);
			return reader.read(file, in.readAllBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What the reading gives differently from expected.yaml, one line each; empty when the variant is read right. */
	private static List<String> differences(Variant variant, PlanDraft draft) {
		List<String> differences = new ArrayList<>();
		draft.problems().stream().filter(problem -> problem.severity() == Severity.ERROR)
				.forEach(problem -> differences.add("error: " + problem.message()));
		if (!variant.periodStart().equals(draft.periodStart()) || !variant.periodEnd().equals(draft.periodEnd())) {
			differences.add("period " + draft.periodStart() + " – " + draft.periodEnd() + ", expected "
					+ variant.periodStart() + " – " + variant.periodEnd());
		}
		List<TaskRow> tasks = draft.tasks();
		if (tasks.size() != variant.taskCount()) {
			differences.add(tasks.size() + " tasks, expected " + variant.taskCount());
		}
		for (int i = 0; i < Math.min(tasks.size(), variant.tasks().size()); i++) {
			TaskRow task = tasks.get(i);
			ExpectedTask expected = variant.tasks().get(i);
			String where = "task #" + (i + 1) + " (row " + task.row() + ", " + task.number() + "): ";
			compare(differences, where + "number", task.number(), expected.number());
			compare(differences, where + "lead", task.lead(), expected.lead());
			compare(differences, where + "area", task.area() == null ? null : task.area().name(), expected.area());
			if (expected.time() != null) {
				compare(differences, where + "time", task.timePhrase(), expected.time());
			}
			if (expected.content() != null) {
				compare(differences, where + "content", task.content(), expected.content());
			}
			if (task.lead() != null) {
				UnitMatch lead = DIRECTORY.match(task.lead().split("\\s*;\\s*")[0]);
				if (lead.found() == expected.unknownUnit()) {
					differences.add(where + "lead «" + task.lead() + "» " + (lead.found() ? "found in" : "missing from")
							+ " the demo directory");
				}
			}
			for (String coordinating : task.coordinating()) {
				if (!DIRECTORY.match(coordinating).found()) {
					differences.add(where + "coordinating «" + coordinating + "» missing from the demo directory");
				}
			}
		}
		return differences;
	}

	private static void compare(List<String> differences, String what, String actual, String expected) {
		if (!Objects.equals(actual, expected)) {
			differences.add(what + " «" + actual + "», expected «" + expected + "»");
		}
	}

}
