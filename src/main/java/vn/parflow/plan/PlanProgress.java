package vn.parflow.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far a plan has come, in the four-way split of the Government's task-tracking statistics: done on time, done
 * late, open within the deadline, open overdue; per reform area, per lead unit, and in total. The tasks open within
 * the deadline are also told apart as the task-tracking systems' dashboards show them (five ways): in progress, or
 * not started yet (nobody assigned, or the officer has not begun: status NOT_STARTED or ASSIGNED). The overdue tasks
 * are listed, longest overdue first.
 */
@Service
@Transactional(readOnly = true)
public class PlanProgress {

	private final PlanTaskRepository tasks;

	private final Clock clock;

	PlanProgress(PlanTaskRepository tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	/**
	 * @param openInTime {@code inProgress + notStarted}
	 */
	public record Counts(int doneOnTime, int doneLate, int openInTime, int openOverdue, int total,
			double percentDone, int inProgress, int notStarted) {

		static Counts of(int doneOnTime, int doneLate, int openInTime, int openOverdue) {
			return of(doneOnTime, doneLate, openInTime, 0, openOverdue);
		}

		static Counts of(int doneOnTime, int doneLate, int inProgress, int notStarted, int openOverdue) {
			int openInTime = inProgress + notStarted;
			int total = doneOnTime + doneLate + openInTime + openOverdue;
			double percent = total == 0 ? 0 : Math.round((doneOnTime + doneLate) * 1000.0 / total) / 10.0;
			return new Counts(doneOnTime, doneLate, openInTime, openOverdue, total, percent, inProgress, notStarted);
		}

		static Counts of(int[] n) {
			return of(n[0], n[1], n[2], n[4], n[3]);
		}
	}

	/**
	 * A task past a deadline that is not approved.
	 *
	 * @param due         the earliest such deadline
	 * @param daysOverdue days from that deadline to today
	 */
	public record OverdueTask(String number, String content, ReformArea area, String unitCode, String unitName,
			String officer, LocalDate due, long daysOverdue, TaskStatus status) {
	}

	public record AreaRow(ReformArea area, String areaName, Counts counts) {
	}

	public record UnitRow(String unitCode, String unitName, Counts counts) {
	}

	public record ProgressReport(String planCode, LocalDate asOf, Counts total, List<AreaRow> byArea,
			List<UnitRow> byUnit, List<OverdueTask> overdue) {
	}

	/** Where one task stands today. */
	enum Standing {
		DONE_ON_TIME, DONE_LATE, OPEN_IN_TIME, OPEN_OVERDUE
	}

	public ProgressReport progress(String planCode) {
		ZoneId zone = clock.getZone();
		LocalDate today = LocalDate.now(clock);
		List<PlanTask> planTasks = tasks.findByPlanCodeOrderByPosition(planCode);
		// counters: the four standings, then (index 4) the open-in-time tasks not started yet, moved out of index 2
		Map<ReformArea, int[]> byArea = new LinkedHashMap<>();
		for (ReformArea area : ReformArea.values()) {
			byArea.put(area, new int[5]);
		}
		Map<String, int[]> byUnit = new LinkedHashMap<>();
		Map<String, String> unitNames = new LinkedHashMap<>();
		int[] total = new int[5];
		List<OverdueTask> overdue = new ArrayList<>();
		for (PlanTask task : planTasks) {
			Standing standing = standing(task, today, zone);
			int index = standing == Standing.OPEN_IN_TIME && notStarted(task) ? 4 : standing.ordinal();
			total[index]++;
			if (task.getArea() != null) {
				byArea.get(task.getArea())[index]++;
			}
			byUnit.computeIfAbsent(task.getLeadUnitCode(), code -> new int[5])[index]++;
			unitNames.putIfAbsent(task.getLeadUnitCode(), task.getLeadUnitName());
			if (standing == Standing.OPEN_OVERDUE) {
				LocalDate due = task.getDeadlines().stream()
					.filter(d -> d.getApprovedAt() == null && d.getDueDate().isBefore(today))
					.map(TaskDeadline::getDueDate)
					.min(LocalDate::compareTo)
					.orElseThrow();
				overdue.add(new OverdueTask(task.getNumber(), task.getContent(), task.getArea(), task.getLeadUnitCode(),
						task.getLeadUnitName(), task.getOfficer(), due, ChronoUnit.DAYS.between(due, today),
						task.getStatus()));
			}
		}
		List<AreaRow> areas = new ArrayList<>();
		byArea.forEach((area, n) -> {
			if (n[0] + n[1] + n[2] + n[3] + n[4] > 0) {
				areas.add(new AreaRow(area, area.label(), Counts.of(n)));
			}
		});
		List<UnitRow> units = new ArrayList<>();
		byUnit.forEach((code, n) -> units.add(new UnitRow(code, unitNames.get(code), Counts.of(n))));
		overdue.sort(Comparator.comparing(OverdueTask::due));
		return new ProgressReport(planCode, today, Counts.of(total), areas, units, List.copyOf(overdue));
	}

	/** Open within its deadline and nobody has begun: no officer yet, or assigned and not started. */
	static boolean notStarted(PlanTask task) {
		return task.getStatus() == TaskStatus.NOT_STARTED || task.getStatus() == TaskStatus.ASSIGNED;
	}

	/**
	 * Done: every deadline approved; on time when each approved deliverable was submitted by its due date. Open:
	 * overdue when a deadline that is not approved has passed. A task without any deadline (ongoing, or waiting for a
	 * person to set one) is open within its deadline until it is done.
	 */
	static Standing standing(PlanTask task, LocalDate today, ZoneId zone) {
		List<TaskDeadline> deadlines = task.getDeadlines();
		if (task.getStatus() == TaskStatus.DONE) {
			boolean late = deadlines.stream().anyMatch(d -> Boolean.FALSE.equals(d.onTime(zone)));
			return late ? Standing.DONE_LATE : Standing.DONE_ON_TIME;
		}
		boolean overdue = deadlines.stream().anyMatch(d -> d.getApprovedAt() == null && d.getDueDate().isBefore(today));
		return overdue ? Standing.OPEN_OVERDUE : Standing.OPEN_IN_TIME;
	}

}
