package vn.parflow.plan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parflow.plan.internal.Plan;
import vn.parflow.plan.internal.PlanRepository;

/** Moves a plan from DRAFT to ACTIVE. */
@Service
@Transactional
public class PlanLifecycle {

	private final PlanRepository plans;

	private final ApplicationEventPublisher events;

	PlanLifecycle(PlanRepository plans, ApplicationEventPublisher events) {
		this.plans = plans;
		this.events = events;
	}

	/**
	 * Locks the plan's row until the caller's transaction ends, so that two activations of one plan run one after
	 * the other: the second sees the processes the first started. False for an unknown code.
	 */
	public boolean lockForActivation(String planCode) {
		return plans.lockByCode(planCode).isPresent();
	}

	/**
	 * Marks the plan ACTIVE (an ACTIVE plan stays so) and publishes {@link PlanActivated}.
	 * @throws IllegalArgumentException for an unknown code
	 */
	public void activate(String planCode) {
		Plan plan = plans.findByCode(planCode)
			.orElseThrow(() -> new IllegalArgumentException("Không có kế hoạch mã " + planCode + "."));
		plan.setStatus(PlanStatus.ACTIVE);
		events.publishEvent(new PlanActivated(planCode));
	}

}
