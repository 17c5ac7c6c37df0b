package vn.parflow.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import vn.parflow.plan.internal.CoordinatingUnit;
import vn.parflow.plan.internal.Plan;
import vn.parflow.plan.internal.PlanTask;
import vn.parflow.schedule.Schedule;
import vn.parflow.schedule.ScheduleKind;

/** The JSON shapes of plans and tasks in Parflow's API. */
public final class PlanViews {

	private PlanViews() {
	}

	public record UnitView(String code, String name) {
	}

	public record ScheduleView(ScheduleKind kind, List<LocalDate> dueDates, List<String> labels, String note,
			String reason) {

		static ScheduleView of(Schedule schedule) {
			return new ScheduleView(schedule.kind(), schedule.dueDates(), schedule.labels(), schedule.note(),
					schedule.reason());
		}
	}

	/**
	 * A unit name of the plan that the directory does not know (or knows as several units where one is needed): the
	 * name as written, the closest known unit when there is one, and why it was refused; {@code column} is
	 * "Cơ quan chủ trì" or "Cơ quan phối hợp".
	 */
	public record UnmatchedUnit(String column, String asWritten, String suggestion, String message) {
	}

	/** One deadline's live state: submitted, approved, on time (null until approved), times returned. */
	public record DeadlineView(LocalDate due, String label, Instant submittedAt, Instant approvedAt, Boolean onTime,
			int returns) {
	}

	/**
	 * A task as the API shows it. {@code areaName} is the reform area's name, or, when the task's section is none of
	 * the seven areas, the section's heading as written, which {@code sectionTitle} then also gives (null otherwise).
	 * {@code leadAsWritten} and {@code coordinatingWritten} are the lead and coordinating units as the plan writes
	 * them, matched or not; {@code unmatchedUnits} lists, in an import report, each name the directory could not
	 * match, next to the closest known unit, so that a person can fix the directory or the file.
	 */
	public record TaskView(String number, ReformArea area, String areaName, String content, UnitView lead,
			List<UnitView> coordinating, List<String> coordinatingAsWritten, String timePhrase,
			ScheduleView schedule, List<String> deliverables, String notes, TaskStatus status, String officer,
			List<DeadlineView> deadlines, String sectionTitle, String leadAsWritten, List<String> coordinatingWritten,
			List<UnmatchedUnit> unmatchedUnits) {

		static TaskView of(PlanTask task, ZoneId zone) {
			return new TaskView(task.getNumber(), task.getArea(), PlanViews.areaName(task.getArea(), task.getSectionTitle()),
					task.getContent(),
					new UnitView(task.getLeadUnitCode(), task.getLeadUnitName()),
					task.getCoordinating()
						.stream()
						.map(c -> new UnitView(c.getUnitCode(), c.getUnitName()))
						.distinct()
						.toList(),
					task.getCoordinating().stream().map(CoordinatingUnit::getAsWritten).distinct().toList(),
					task.getTimePhrase(), ScheduleView.of(task.getSchedule()), List.copyOf(task.getDeliverables()),
					task.getNotes(), task.getStatus(), task.getOfficer(),
					task.getDeadlines()
						.stream()
						.map(d -> new DeadlineView(d.getDueDate(), d.getLabel(), d.getSubmittedAt(), d.getApprovedAt(),
								d.onTime(zone), d.getReturns()))
						.toList(),
					task.getArea() == null ? task.getSectionTitle() : null, task.getLeadAsWritten(),
					task.getCoordinating().stream().map(CoordinatingUnit::getAsWritten).distinct().toList(), List.of());
		}
	}

	public record PlanView(String code, String title, String issuingBody, String locality, LocalDate periodStart,
			LocalDate periodEnd, String decisionNumber, LocalDate decisionDate, UnitView coordinatingUnit,
			PlanStatus status, int taskCount, String sourceFile) {

		static PlanView of(Plan plan) {
			return new PlanView(plan.getCode(), plan.getTitle(), plan.getIssuingBody(), plan.getLocality(),
					plan.getPeriod().start(), plan.getPeriod().end(), plan.getDecisionNumber(),
					plan.getDecisionDate(),
					plan.getCoordinatingUnitCode() == null ? null
							: new UnitView(plan.getCoordinatingUnitCode(), plan.getCoordinatingUnitName()),
					plan.getStatus(), plan.getTasks().size(), plan.getSourceFile());
		}
	}

	static String areaName(ReformArea area) {
		return area == null ? null : area.label();
	}

	/** The reform area's name, or, for a section that is none of the seven, the section's heading as written. */
	static String areaName(ReformArea area, String sectionTitle) {
		return area != null ? area.label() : sectionTitle;
	}

}
