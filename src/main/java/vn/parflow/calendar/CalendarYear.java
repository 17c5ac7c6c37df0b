package vn.parflow.calendar;

import java.util.List;

/**
 * One year of the days-off table as the administrator keeps it in {@code config/calendar/days-off.yaml}.
 *
 * @param announced false while the Government's announcement for the year has not been entered in full
 */
public record CalendarYear(int year, boolean announced, String source, String note, List<DayOff> daysOff,
		List<WorkingSaturday> workingDays) {

	public CalendarYear {
		daysOff = List.copyOf(daysOff);
		workingDays = List.copyOf(workingDays);
	}

}
