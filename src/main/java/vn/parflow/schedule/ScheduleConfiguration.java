package vn.parflow.schedule;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.parflow.calendar.WorkingDays;

/**
 * The schedule rules as beans. The rules themselves are plain Java; this class and {@link ScheduleController} are the
 * only Spring in the package.
 */
@Configuration(proxyBeanMethods = false)
public class ScheduleConfiguration {

	/** "N ngày làm việc" phrases count on the working-day calendar when there is one. */
	@Bean
	DeadlineParser deadlineParser(ObjectProvider<WorkingDays> workingDays) {
		WorkingDays calendar = workingDays.getIfAvailable();
		return calendar == null ? new DeadlineParser() : new DeadlineParser(calendar::plusWorkingDays);
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
