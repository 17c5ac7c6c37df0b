package vn.parflow.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.ReportDeadline;
import vn.parflow.schedule.ScheduleKind;

/**
 * A plan task as the workflow sees it: who leads it, who coordinates, its deadlines with their live state, and the
 * plan's report dates (an ONGOING task reports its progress at each of them).
 */
public record PlanTaskRef(long id, String planCode, String number, String content, ReformArea area,
		String leadUnitCode, String leadUnitName, String officer, List<String> coordinatingUnitCodes,
		ScheduleKind scheduleKind, List<DeadlineRef> deadlines, TaskStatus status, String planCoordinatingUnitCode,
		PlanPeriod planPeriod, List<ReportDeadline> reportDates, List<String> deliverables, String notes) {

	/** The business key of the task's process: {@code {planCode}/{taskNumber}}. */
	public String businessKey() {
		return planCode + "/" + number;
	}

	/**
	 * One deadline and where it stands.
	 *
	 * @param index  0-based position among the task's deadlines
	 * @param onTime null while not approved; then whether the approved deliverable was in by the due date
	 */
	public record DeadlineRef(int index, LocalDate due, String label, Instant submittedAt, Instant approvedAt,
			Boolean onTime, int returns) {
	}

}
