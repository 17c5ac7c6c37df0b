package vn.parflow;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.parflow.plan.PlanImportCommand;
import vn.parflow.plan.PlanImportService;

/**
 * Parflow: a commune's administrative-reform (CCHC) plan, run as BPMN processes.
 */
@SpringBootApplication
public class ParflowApplication {

	public static void main(String[] args) {
		if (args.length > 0 && PlanImportCommand.NAME.equals(args[0])) {
			System.exit(importPlan(args));
		}
		SpringApplication.run(ParflowApplication.class, args);
	}

	/** {@code java -jar parflow.jar import FILE …}: imports a plan without serving the web applications. */
	private static int importPlan(String[] args) {
		PlanImportCommand.ImportArguments arguments = PlanImportCommand.arguments(args);
		if (arguments == null) {
			System.out.println(PlanImportCommand.usage());
			return 2;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ParflowApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			// Camunda's REST API needs a web server; the report is what the administrator wants to read
			.properties("spring.autoconfigure.exclude="
					+ "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
					"logging.level.root=WARN", "logging.level.org.camunda=WARN")
			.run(args)) {
			return new PlanImportCommand(context.getBean(PlanImportService.class)).run(arguments, System.out);
		}
	}

}
