package vn.parflow.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schedule rules as beans. The rules themselves are plain Java; this class and {@link ScheduleController} are the
 * only Spring in the package.
 */
@Configuration(proxyBeanMethods = false)
public class ScheduleConfiguration {

	@Bean
	DeadlineParser deadlineParser() {
		return new DeadlineParser();
	}

	@Bean
	ReportingRuleParser reportingRuleParser() {
		return new ReportingRuleParser();
	}

	@Bean
	ReportCalendar reportCalendar() {
		return new ReportCalendar();
	}

}
