package vn.parflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules of Parflow (each direct package of {@code vn.parflow}) depend on each other in one direction only,
 * and only through each other's API: the public types of a module's own package. What lies under
 * {@code <module>.internal} is the module's alone. Also writes the module documentation (a component diagram and one
 * canvas per module) and checks that {@code docs/modules/}, the copy the README links, still says the same; with
 * {@code -Dparflow.docs.update=true} it rewrites that copy instead.
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(ParflowApplication.class);

	static final Path KEPT = Path.of("docs/modules");

	@Test
	void shouldKeepEveryModuleBehindItsApi() {
		MODULES.verify();
	}

	/**
	 * Compares the files line by line, in any order: the Documenter writes the same relations in a different order
	 * from one run to the next.
	 */
	@Test
	void shouldKeepTheModuleDocumentationInDocsCurrent() throws IOException {
		boolean update = Boolean.getBoolean("parflow.docs.update");
		Path generated = update ? KEPT : Files.createTempDirectory("parflow-modules-");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeDocumentation();

		List<String> stale = new ArrayList<>();
		try (Stream<Path> files = Files.list(generated)) {
			for (Path file : files.sorted().toList()) {
				Path kept = KEPT.resolve(file.getFileName());
				if (!Files.exists(kept) || !sortedLines(kept).equals(sortedLines(file))) {
					stale.add(kept.toString());
				}
			}
		}
		assertThat(stale).as("the modules changed: run ./mvnw test -Dtest=ModularityTest -Dparflow.docs.update=true,"
				+ " then check the README's module picture").isEmpty();
	}

	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().map(String::strip).filter(line -> !line.isEmpty()).sorted().toList();
	}

}
