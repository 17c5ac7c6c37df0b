package vn.parflow.workflow;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The workflow's settings: {@code parflow.workflow.*} (reminder days, input days, escalation period). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkflowProperties.class)
class WorkflowConfiguration {

}
