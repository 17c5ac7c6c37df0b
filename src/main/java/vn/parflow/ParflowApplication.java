package vn.parflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Parflow: a commune's administrative-reform (CCHC) plan, run as BPMN processes.
 */
@SpringBootApplication
public class ParflowApplication {

	public static void main(String[] args) {
		SpringApplication.run(ParflowApplication.class, args);
	}

}
