package vn.parflow.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.parflow.plan.Plan;
import vn.parflow.plan.PlanStatus;
import vn.parflow.plan.PlanTask;
import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.ReportCalendar;
import vn.parflow.schedule.ReportDeadline;
import vn.parflow.schedule.ReportingRule;

/**
 * What report cycles need to know about a plan: its status, period, reporting rules, coordinating office and the
 * units that lead its tasks. Reads the plan module's public entities; writes nothing.
 */
@Component
@Transactional(readOnly = true)
class ReportingPlans {

	/** A plan as the report cycles see it; {@code leadUnits} maps unit code to name, in appendix order. */
	record ReportingPlan(String code, String title, PlanStatus status, PlanPeriod period, List<ReportingRule> rules,
			String coordinatingUnitCode, String coordinatingUnitName, Map<String, String> leadUnits) {

		boolean active() {
			return status == PlanStatus.ACTIVE;
		}
	}

	private final EntityManager entities;

	private final ReportCalendar calendar;

	ReportingPlans(EntityManager entities, ReportCalendar calendar) {
		this.entities = entities;
		this.calendar = calendar;
	}

	Optional<ReportingPlan> plan(String code) {
		return entities.createQuery("select p from Plan p where p.code = :code", Plan.class)
			.setParameter("code", code)
			.getResultStream()
			.findFirst()
			.map(plan -> {
				Map<String, String> leads = new LinkedHashMap<>();
				for (PlanTask task : plan.getTasks()) {
					leads.putIfAbsent(task.getLeadUnitCode(), task.getLeadUnitName());
				}
				return new ReportingPlan(plan.getCode(), plan.getTitle(), plan.getStatus(), plan.getPeriod(),
						List.copyOf(plan.getReportingRules()), plan.getCoordinatingUnitCode(),
						plan.getCoordinatingUnitName(), leads);
			});
	}

	List<String> activePlanCodes() {
		return entities.createQuery("select p.code from Plan p where p.status = :status order by p.code", String.class)
			.setParameter("status", PlanStatus.ACTIVE)
			.getResultList();
	}

	/** The plan's report deadlines inside its period, in date order. */
	List<ReportDeadline> deadlines(ReportingPlan plan) {
		return calendar.expand(plan.rules(), plan.period());
	}

	Optional<ReportDeadline> deadline(ReportingPlan plan, String report, String period) {
		return deadlines(plan).stream()
			.filter(d -> d.report().equals(report) && d.period().equals(period))
			.findFirst();
	}

}
