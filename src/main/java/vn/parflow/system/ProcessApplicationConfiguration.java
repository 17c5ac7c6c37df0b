package vn.parflow.system;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.context.annotation.Configuration;

/**
 * Parflow is a Camunda process application: its archive ({@code META-INF/processes.xml}) deploys the models and
 * forms of {@code processes/} at start-up, a new version only for a model that changed. Kept off the main class so
 * that web slices ({@code @WebMvcTest}) start without the engine.
 */
@Configuration(proxyBeanMethods = false)
@EnableProcessApplication("parflow")
class ProcessApplicationConfiguration {

}
