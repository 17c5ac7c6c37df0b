package vn.parflow.plan;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.parflow.schedule.ReportCalendar;
import vn.parflow.schedule.ReportDeadline;

/**
 * A stored plan's report deadlines: its reporting rules expanded over its period by the {@link ReportCalendar}, in
 * date order. The one place a stored plan's report calendar is expanded; the other modules read the result from the
 * plan module's read API ({@link PlanQueries.PlanReporting#deadlines()} for report cycles, report reminders, the
 * iCal feed and the reports page; {@link PlanTaskRef#reportDates()} for the workflow). Rules not yet stored (an
 * import being checked, the schedule preview) are expanded where they are checked.
 */
@Component
class PlanReportCalendar {

	private final ReportCalendar calendar;

	PlanReportCalendar(ReportCalendar calendar) {
		this.calendar = calendar;
	}

	List<ReportDeadline> deadlines(Plan plan) {
		return List.copyOf(calendar.expand(plan.getReportingRules(), plan.getPeriod()));
	}

}
