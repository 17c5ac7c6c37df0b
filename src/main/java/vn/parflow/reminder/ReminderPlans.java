package vn.parflow.reminder;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanStatus;
import vn.parflow.schedule.ReportCalendar;
import vn.parflow.schedule.ReportDeadline;

/** What report reminders need of a plan, through the plan module's read API: whether it is active, its report deadlines. */
@Component
class ReminderPlans {

	/** A plan's status and its report deadlines inside its period, in date order. */
	record PlanDeadlines(String code, PlanStatus status, List<ReportDeadline> deadlines) {

		boolean active() {
			return status == PlanStatus.ACTIVE;
		}
	}

	private final PlanQueries queries;

	private final ReportCalendar calendar;

	ReminderPlans(PlanQueries queries, ReportCalendar calendar) {
		this.queries = queries;
		this.calendar = calendar;
	}

	Optional<PlanDeadlines> plan(String code) {
		return queries.reporting(code)
			.map(plan -> new PlanDeadlines(plan.code(), plan.status(), calendar.expand(plan.rules(), plan.period())));
	}

	boolean active(String code) {
		return queries.plan(code).map(plan -> plan.status() == PlanStatus.ACTIVE).orElse(false);
	}

	List<String> activeCodes() {
		return queries.activePlanCodes();
	}

}
