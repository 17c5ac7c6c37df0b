package vn.parflow.reminder;

import org.springframework.stereotype.Component;

import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanStatus;

/** What report reminders need of a plan, through the plan module's read API: whether it is still active. */
@Component
class ReminderPlans {

	private final PlanQueries queries;

	ReminderPlans(PlanQueries queries) {
		this.queries = queries;
	}

	boolean active(String code) {
		return queries.plan(code).map(plan -> plan.status() == PlanStatus.ACTIVE).orElse(false);
	}

}
