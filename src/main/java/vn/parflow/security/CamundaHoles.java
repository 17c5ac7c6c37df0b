package vn.parflow.security;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The two holes of Camunda 7.24 that get no community patch, plugged in front of everything else (before Spring
 * Security, Camunda's webapp filters and the REST API): the first-run setup path ({@link SetupGuard}) and
 * expressions in queries, orQueries included ({@link ExpressionGuard}), together with the writes of the variables a
 * process trusts ({@link ProcessVariableGuard}).
 */
@Configuration(proxyBeanMethods = false)
class CamundaHoles {

	@Bean
	FilterRegistrationBean<StartupGate> startupGate(ApplicationAvailability availability,
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
			@Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
		FilterRegistrationBean<StartupGate> registration = new FilterRegistrationBean<>(new StartupGate(availability));
		registration.setName("parflowStartupGate");
		registration.addUrlPatterns("/api/*", restPath + "/*", webappPath + "/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<SetupGuard> setupGuard(
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
		FilterRegistrationBean<SetupGuard> registration = new FilterRegistrationBean<>(new SetupGuard(webappPath));
		registration.setName("parflowSetupGuard");
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ExpressionGuard> expressionGuard(
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
			@Value("${spring.jersey.application-path:/engine-rest}") String restPath, ProcessEngine engine,
			@Value("${parflow.security.trusted-variables:}") List<String> trustedVariables) {
		ProcessVariableGuard variables = new ProcessVariableGuard(engine,
				trustedVariables.isEmpty() ? ProcessVariableGuard.defaults() : trustedVariables, restPath, webappPath);
		FilterRegistrationBean<ExpressionGuard> registration = new FilterRegistrationBean<>(new ExpressionGuard(variables));
		registration.setName("parflowExpressionGuard");
		registration.addUrlPatterns(restPath + "/*", webappPath + "/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<EngineConflicts> engineConflicts(ProcessEngine engine,
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
			@Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
		FilterRegistrationBean<EngineConflicts> registration = new FilterRegistrationBean<>(
				new EngineConflicts(engine.getTaskService(), engine.getHistoryService()));
		registration.setName("parflowEngineConflicts");
		registration.addUrlPatterns(restPath + "/*", webappPath + "/api/engine/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

}
