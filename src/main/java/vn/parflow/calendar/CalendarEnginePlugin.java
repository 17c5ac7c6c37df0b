package vn.parflow.calendar;

import java.time.ZoneId;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Registers {@link WorkingDayCalendars} as the engine's business calendars before the engine is built, so that the
 * timers of every process (reminders and escalations of PlanTaskProcess) follow the working-day calendar.
 */
@Component
public class CalendarEnginePlugin extends AbstractProcessEnginePlugin {

	private final WorkingDays workingDays;

	private final ZoneId zone;

	public CalendarEnginePlugin(WorkingDays workingDays, @Value("${parflow.time-zone}") ZoneId zone) {
		this.workingDays = workingDays;
		this.zone = zone;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setBusinessCalendarManager(WorkingDayCalendars.manager(workingDays, zone));
	}

}
