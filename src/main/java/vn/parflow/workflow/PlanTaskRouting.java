package vn.parflow.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import vn.parflow.directory.GroupNames;
import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.TaskProgress;
import vn.parflow.schedule.ReportDeadline;
import vn.parflow.schedule.ScheduleKind;

/**
 * Who works on a plan task and by when, for the expressions of PlanTaskProcess: candidate groups
 * ({@code ${planTaskRouting.leadHeadsGroup(planTaskId)}}), the loops over coordinating units and deadlines, and
 * the due dates of the user tasks. Reads the task through {@link TaskProgress}; the process holds only its id.
 * <p>
 * Groups: the heads of a unit are {@code unit-heads-<code>}, its people {@code unit-<code>}. Deliverables are
 * approved by {@code approvers} (the leaders) and by the heads of the plan's coordinating office
 * ({@code unit-heads-<office>}), not by its officers, who submit deliverables themselves. Unreadable deadlines are
 * set by the heads of the coordinating office or by {@code plan-admins}.
 */
@Component("planTaskRouting")
public class PlanTaskRouting {

	/** Task due dates are the end of the last day on time. */
	static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	/** One deadline the process works to: the task's own, or, for an ONGOING task, a report date of the plan. */
	record DueDay(int index, LocalDate due, String label) {
	}

	private final TaskProgress progress;

	private final UnitPeople people;

	private final WorkflowProperties properties;

	private final Clock clock;

	PlanTaskRouting(TaskProgress progress, UnitPeople people, WorkflowProperties properties, Clock clock) {
		this.progress = progress;
		this.people = people;
		this.properties = properties;
		this.clock = clock;
	}

	// ---- expressions of the model

	/** True when nobody could read the task's time phrase and no person has set a date yet. */
	public boolean deadlineUnresolved(Long planTaskId) {
		PlanTaskRef task = progress.task(planTaskId);
		return task.scheduleKind() == ScheduleKind.UNRESOLVED && task.deadlines().isEmpty();
	}

	/** Task_SetDeadline: the heads of the plan's coordinating office, and the plan administrators. */
	public List<String> coordinatorGroups(Long planTaskId) {
		PlanTaskRef task = progress.task(planTaskId);
		List<String> groups = new ArrayList<>();
		if (task.planCoordinatingUnitCode() != null) {
			groups.add(headsGroup(task.planCoordinatingUnitCode()));
		}
		groups.add(GroupNames.PLAN_ADMINS);
		return groups;
	}

	/** Task_AssignOfficer: the heads of the lead unit. */
	public String leadHeadsGroup(Long planTaskId) {
		return headsGroup(progress.task(planTaskId).leadUnitCode());
	}

	public boolean hasCoordination(Long planTaskId) {
		return !coordinatingUnits(progress.task(planTaskId)).isEmpty();
	}

	/** The units asked for input, each once, the lead unit never; collective phrases were resolved at import. */
	public List<String> coordinatingUnits(Long planTaskId) {
		return coordinatingUnits(progress.task(planTaskId));
	}

	/** Task_ProvideInput: everyone in the coordinating unit. */
	public String unitGroup(String unitCode) {
		return GroupNames.unit(unitCode);
	}

	/** Task_ProvideInput's due date: the configured number of days before the first deadline, not before today. */
	public Date inputDueDate(Long planTaskId) {
		return endOfDay(inputDue(progress.task(planTaskId)));
	}

	/** The loop of Task_SubmitDeliverable and Task_ApproveDeliverable: one round per deadline. */
	public List<Integer> deadlineIndexes(Long planTaskId) {
		return IntStream.range(0, dueDays(progress.task(planTaskId)).size()).boxed().toList();
	}

	/**
	 * Task_SubmitDeliverable's assignee: the officer Parflow recorded when the head assigned the task (or the plan
	 * named them), never a process variable somebody else could have written.
	 */
	public String officer(Long planTaskId) {
		String officer = progress.task(planTaskId).officer();
		if (officer == null) {
			throw new IllegalStateException("Nhiệm vụ chưa được giao cho công chức nào.");
		}
		return officer;
	}

	/** Task_SubmitDeliverable's due date: the end of the deadline's last day on time. */
	public Date dueDate(Long planTaskId, Integer deadlineIndex) {
		return endOfDay(dueDay(progress.task(planTaskId), deadlineIndex).due());
	}

	/** Task_ApproveDeliverable: the leaders and the heads of the plan's coordinating office. */
	public List<String> approverGroups(Long planTaskId) {
		PlanTaskRef task = progress.task(planTaskId);
		List<String> groups = new ArrayList<>();
		groups.add(GroupNames.APPROVERS);
		if (task.planCoordinatingUnitCode() != null) {
			groups.add(headsGroup(task.planCoordinatingUnitCode()));
		}
		return groups;
	}

	// ---- the same rules for Parflow's own code

	/**
	 * The officer a task starts with: the one it already names, or the only one its lead unit has; null when the
	 * unit's head must choose.
	 */
	String presetOfficer(PlanTaskRef task) {
		if (task.officer() != null) {
			return task.officer();
		}
		List<String> officers = people.officers(task.leadUnitCode());
		return officers.size() == 1 ? officers.get(0) : null;
	}

	static List<String> coordinatingUnits(PlanTaskRef task) {
		Set<String> units = new LinkedHashSet<>(task.coordinatingUnitCodes());
		units.remove(task.leadUnitCode());
		return List.copyOf(units);
	}

	/**
	 * The deadlines the task is worked to, in order: its own; for an ONGOING task the plan's report dates (one
	 * progress update per date, several reports due the same day are one update), or the end of the plan when it
	 * has none. Empty only for a task whose deadline a person has yet to set.
	 */
	static List<DueDay> dueDays(PlanTaskRef task) {
		if (task.scheduleKind() == ScheduleKind.ONGOING) {
			Map<LocalDate, Set<String>> periods = new LinkedHashMap<>();
			task.reportDates()
				.stream()
				.sorted((a, b) -> a.due().compareTo(b.due()))
				.filter(r -> task.planPeriod().contains(r.due()))
				.forEach(r -> periods.computeIfAbsent(r.due(), d -> new LinkedHashSet<>()).add(period(r)));
			if (periods.isEmpty()) {
				return List.of(new DueDay(0, task.planPeriod().end(), "Cuối kỳ kế hoạch"));
			}
			List<DueDay> days = new ArrayList<>();
			periods.forEach((due, labels) -> days.add(new DueDay(days.size(), due, "Kỳ báo cáo " + String.join(", ", labels))));
			return days;
		}
		if (task.deadlines().isEmpty()) {
			return task.scheduleKind() == ScheduleKind.UNRESOLVED ? List.of()
					: List.of(new DueDay(0, task.planPeriod().end(), "Cuối kỳ kế hoạch"));
		}
		return task.deadlines().stream().map(d -> new DueDay(d.index(), d.due(), d.label())).toList();
	}

	private static String period(ReportDeadline report) {
		return report.period() == null || report.period().isBlank() ? report.report() : report.period();
	}

	static DueDay dueDay(PlanTaskRef task, int index) {
		List<DueDay> days = dueDays(task);
		if (index < 0 || index >= days.size()) {
			throw new IllegalArgumentException(
					"Nhiệm vụ %s không có thời hạn thứ %d.".formatted(task.number(), index + 1));
		}
		return days.get(index);
	}

	/** The coordinating units' input is due some days before the first deadline, but not before today. */
	LocalDate inputDue(PlanTaskRef task) {
		List<DueDay> days = dueDays(task);
		if (days.isEmpty()) {
			throw new IllegalStateException("Nhiệm vụ %s chưa có thời hạn.".formatted(task.number()));
		}
		LocalDate first = days.get(0).due();
		LocalDate today = LocalDate.now(clock);
		LocalDate due = first.minusDays(properties.coordinationDaysBefore());
		return due.isBefore(today) ? today : due;
	}

	Date endOfDay(LocalDate day) {
		return Date.from(day.atTime(END_OF_DAY).atZone(zone()).toInstant());
	}

	ZoneId zone() {
		return clock.getZone();
	}

	static String headsGroup(String unitCode) {
		return GroupNames.heads(unitCode);
	}

}
