package vn.parflow.plan;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parflow.plan.PlanViews.PlanView;
import vn.parflow.plan.PlanViews.TaskView;
import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.ReportDeadline;
import vn.parflow.schedule.ReportingRule;

/** Reads plans and their tasks for the API and the other modules. */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

	private final PlanRepository plans;

	private final PlanTaskRepository tasks;

	private final PlanReportCalendar reportCalendar;

	private final ZoneId zone;

	PlanQueries(PlanRepository plans, PlanTaskRepository tasks, PlanReportCalendar reportCalendar, Clock clock) {
		this.plans = plans;
		this.tasks = tasks;
		this.reportCalendar = reportCalendar;
		this.zone = clock.getZone();
	}

	public List<PlanView> plans() {
		return plans.findAllByOrderByPeriodStartDescCodeAsc().stream().map(PlanView::of).toList();
	}

	public Optional<PlanView> plan(String code) {
		return plans.findByCode(code).map(PlanView::of);
	}

	public boolean exists(String code) {
		return plans.existsByCode(code);
	}

	/**
	 * What report cycles and report reminders need of a plan: its status, period, reporting rules, its report
	 * deadlines ({@code deadlines}: the rules expanded over the period, in date order, by {@link PlanReportCalendar}),
	 * coordinating office and the units that lead its tasks ({@code leadUnits}: code to name, in appendix order);
	 * the issuing body and locality as the plan names them ("Ủy ban nhân dân xã Việt Khê", "xã Việt Khê"), for
	 * report documents.
	 */
	public record PlanReporting(String code, String title, PlanStatus status, PlanPeriod period,
			List<ReportingRule> rules, List<ReportDeadline> deadlines, String coordinatingUnitCode,
			String coordinatingUnitName, Map<String, String> leadUnits, String issuingBody, String locality) {

		public boolean active() {
			return status == PlanStatus.ACTIVE;
		}
	}

	public Optional<PlanReporting> reporting(String code) {
		return plans.findByCode(code).map(plan -> {
			Map<String, String> leads = new LinkedHashMap<>();
			for (PlanTask task : plan.getTasks()) {
				leads.putIfAbsent(task.getLeadUnitCode(), task.getLeadUnitName());
			}
			return new PlanReporting(plan.getCode(), plan.getTitle(), plan.getStatus(), plan.getPeriod(),
					List.copyOf(plan.getReportingRules()), reportCalendar.deadlines(plan), plan.getCoordinatingUnitCode(),
					plan.getCoordinatingUnitName(), Collections.unmodifiableMap(leads), plan.getIssuingBody(),
					plan.getLocality());
		});
	}

	/** The codes of the ACTIVE plans, in code order. */
	public List<String> activePlanCodes() {
		return plans.findByStatusOrderByCode(PlanStatus.ACTIVE).stream().map(Plan::getCode).toList();
	}

	/** The plan's tasks in the order of its appendix; empty when there is no such plan. */
	public List<TaskView> tasks(String code) {
		return tasks.findByPlanCodeOrderByPosition(code).stream().map(task -> TaskView.of(task, zone)).toList();
	}

	/** One task of the plan, by its number. */
	public Optional<TaskView> task(String code, String number) {
		return tasks.findByPlanCodeAndNumber(code, number).map(task -> TaskView.of(task, zone));
	}

}
