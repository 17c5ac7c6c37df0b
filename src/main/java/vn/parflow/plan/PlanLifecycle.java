package vn.parflow.plan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parflow.plan.internal.Plan;
import vn.parflow.plan.internal.PlanRepository;

/** Moves a plan through DRAFT → ACTIVE → CLOSED. */
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
	 * @throws IllegalStateException for a CLOSED plan
	 */
	public void activate(String planCode) {
		Plan plan = plans.findByCode(planCode)
			.orElseThrow(() -> new IllegalArgumentException("Không có kế hoạch mã " + planCode + "."));
		if (plan.getStatus() == PlanStatus.CLOSED) {
			throw new IllegalStateException("Kế hoạch " + planCode + " đã kết thúc, không kích hoạt lại được.");
		}
		plan.setStatus(PlanStatus.ACTIVE);
		events.publishEvent(new PlanActivated(planCode));
	}

}
