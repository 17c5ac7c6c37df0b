package vn.parflow.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far a plan has come, in the four-way split of the Government's task-tracking statistics: done on time, done
 * late, open within the deadline, open overdue; per reform area, per lead unit, and in total.
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

	public record Counts(int doneOnTime, int doneLate, int openInTime, int openOverdue, int total,
			double percentDone) {

		static Counts of(int doneOnTime, int doneLate, int openInTime, int openOverdue) {
			int total = doneOnTime + doneLate + openInTime + openOverdue;
			double percent = total == 0 ? 0 : Math.round((doneOnTime + doneLate) * 1000.0 / total) / 10.0;
			return new Counts(doneOnTime, doneLate, openInTime, openOverdue, total, percent);
		}
	}

	public record AreaRow(ReformArea area, String areaName, Counts counts) {
	}

	public record UnitRow(String unitCode, String unitName, Counts counts) {
	}

	public record ProgressReport(String planCode, LocalDate asOf, Counts total, List<AreaRow> byArea,
			List<UnitRow> byUnit) {
	}

	/** Where one task stands today. */
	enum Standing {
		DONE_ON_TIME, DONE_LATE, OPEN_IN_TIME, OPEN_OVERDUE
	}

	public ProgressReport progress(String planCode) {
		ZoneId zone = clock.getZone();
		LocalDate today = LocalDate.now(clock);
		List<PlanTask> planTasks = tasks.findByPlanCodeOrderByPosition(planCode);
		Map<ReformArea, int[]> byArea = new LinkedHashMap<>();
		for (ReformArea area : ReformArea.values()) {
			byArea.put(area, new int[4]);
		}
		Map<String, int[]> byUnit = new LinkedHashMap<>();
		Map<String, String> unitNames = new LinkedHashMap<>();
		int[] total = new int[4];
		for (PlanTask task : planTasks) {
			int standing = standing(task, today, zone).ordinal();
			total[standing]++;
			if (task.getArea() != null) {
				byArea.get(task.getArea())[standing]++;
			}
			byUnit.computeIfAbsent(task.getLeadUnitCode(), code -> new int[4])[standing]++;
			unitNames.putIfAbsent(task.getLeadUnitCode(), task.getLeadUnitName());
		}
		List<AreaRow> areas = new ArrayList<>();
		byArea.forEach((area, n) -> {
			if (n[0] + n[1] + n[2] + n[3] > 0) {
				areas.add(new AreaRow(area, area.label(), Counts.of(n[0], n[1], n[2], n[3])));
			}
		});
		List<UnitRow> units = new ArrayList<>();
		byUnit.forEach((code, n) -> units.add(new UnitRow(code, unitNames.get(code), Counts.of(n[0], n[1], n[2], n[3]))));
		return new ProgressReport(planCode, today, Counts.of(total[0], total[1], total[2], total[3]), areas, units);
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
