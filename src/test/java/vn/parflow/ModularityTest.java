package vn.parflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules of Parflow (each direct package of {@code vn.parflow}) depend on each other in one direction only,
 * and only through each other's API: the public types of a module's own package. What lies under
 * {@code <module>.internal} is the module's alone. Also writes the module documentation (a component diagram and one
 * canvas per module) to {@code target/spring-modulith-docs}; {@code docs/modules/} keeps the copy the README links.
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(ParflowApplication.class);

	@Test
	void shouldKeepEveryModuleBehindItsApi() {
		MODULES.verify();
	}

	@Test
	void shouldWriteTheModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation();
	}

}
