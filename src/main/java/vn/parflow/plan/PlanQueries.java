package vn.parflow.plan;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parflow.plan.PlanViews.PlanView;
import vn.parflow.plan.PlanViews.TaskView;

/** Reads plans and their tasks for the API and the other modules. */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

	private final PlanRepository plans;

	private final PlanTaskRepository tasks;

	private final ZoneId zone;

	PlanQueries(PlanRepository plans, PlanTaskRepository tasks, Clock clock) {
		this.plans = plans;
		this.tasks = tasks;
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

	/** The plan's tasks in the order of its appendix; empty when there is no such plan. */
	public List<TaskView> tasks(String code) {
		return tasks.findByPlanCodeOrderByPosition(code).stream().map(task -> TaskView.of(task, zone)).toList();
	}

}
