package vn.parflow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Parflow: a commune's administrative-reform (CCHC) plan, run as BPMN processes. The process archive
 * ({@code META-INF/processes.xml}) deploys the models and forms of {@code processes/} at start-up.
 */
@SpringBootApplication
@EnableProcessApplication("parflow")
public class ParflowApplication {

	public static void main(String[] args) {
		SpringApplication.run(ParflowApplication.class, args);
	}

}
