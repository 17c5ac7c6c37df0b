package vn.parflow.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanQueries.PlanReporting;
import vn.parflow.schedule.ReportDeadline;

/**
 * What report cycles need to know about a plan, through the plan module's read API: its status, period, reporting
 * rules, coordinating office and the units that lead its tasks.
 */
@Component
class ReportingPlans {

	private final PlanQueries queries;

	ReportingPlans(PlanQueries queries) {
		this.queries = queries;
	}

	Optional<PlanReporting> plan(String code) {
		return queries.reporting(code);
	}

	List<String> activePlanCodes() {
		return queries.activePlanCodes();
	}

	Optional<ReportDeadline> deadline(PlanReporting plan, String report, String period) {
		return plan.deadlines().stream()
			.filter(d -> d.report().equals(report) && d.period().equals(period))
			.findFirst();
	}

}
