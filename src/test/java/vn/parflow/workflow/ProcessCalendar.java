package vn.parflow.workflow;

import vn.parflow.calendar.WorkingDays;

/** The shipped working-day calendar, as the process tests' engine (process-tests.camunda.cfg.xml) uses it too. */
final class ProcessCalendar {

	static final WorkingDays WORKING_DAYS = WorkingDays.read("config/calendar/days-off.yaml");

	private ProcessCalendar() {
	}

}
