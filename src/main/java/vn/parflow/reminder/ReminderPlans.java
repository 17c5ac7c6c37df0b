package vn.parflow.reminder;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.parflow.plan.Plan;
import vn.parflow.plan.PlanStatus;
import vn.parflow.schedule.ReportCalendar;
import vn.parflow.schedule.ReportDeadline;

/** What report reminders need of a plan: whether it is active, and its report deadlines. Reads; writes nothing. */
@Component
@Transactional(readOnly = true)
class ReminderPlans {

	/** A plan's status and its report deadlines inside its period, in date order. */
	record PlanDeadlines(String code, PlanStatus status, List<ReportDeadline> deadlines) {

		boolean active() {
			return status == PlanStatus.ACTIVE;
		}
	}

	private final EntityManager entities;

	private final ReportCalendar calendar;

	ReminderPlans(EntityManager entities, ReportCalendar calendar) {
		this.entities = entities;
		this.calendar = calendar;
	}

	Optional<PlanDeadlines> plan(String code) {
		return entities.createQuery("select p from Plan p where p.code = :code", Plan.class)
			.setParameter("code", code)
			.getResultStream()
			.findFirst()
			.map(plan -> new PlanDeadlines(plan.getCode(), plan.getStatus(),
					calendar.expand(plan.getReportingRules(), plan.getPeriod())));
	}

	boolean active(String code) {
		return !entities.createQuery("select p.code from Plan p where p.code = :code and p.status = :status",
				String.class)
			.setParameter("code", code)
			.setParameter("status", PlanStatus.ACTIVE)
			.getResultList()
			.isEmpty();
	}

	List<String> activeCodes() {
		return entities.createQuery("select p.code from Plan p where p.status = :status order by p.code", String.class)
			.setParameter("status", PlanStatus.ACTIVE)
			.getResultList();
	}

}
