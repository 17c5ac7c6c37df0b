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

import vn.parflow.schedule.ScheduleKind;

/**
 * How far a plan has come, in the four-way split of the Government's task-tracking statistics: done on time, done
 * late, open within the deadline, open overdue (and, among the open ones, not started); per reform area, per lead
 * unit, and in total. For the whole plan, or for one report period: then only the tasks due in the period count,
 * each judged on its deadlines in the period. The progress API and the report documents both read {@link #rows}
 * and {@link #summarise}: one computation.
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
	 * @param notStarted among the open tasks (in time or overdue), those nobody has started yet
	 */
	public record Counts(int doneOnTime, int doneLate, int openInTime, int openOverdue, int total,
			double percentDone, int notStarted) {

		static Counts of(int doneOnTime, int doneLate, int openInTime, int openOverdue) {
			return of(doneOnTime, doneLate, openInTime, openOverdue, 0);
		}

		static Counts of(int doneOnTime, int doneLate, int openInTime, int openOverdue, int notStarted) {
			int total = doneOnTime + doneLate + openInTime + openOverdue;
			double percent = total == 0 ? 0 : Math.round((doneOnTime + doneLate) * 1000.0 / total) / 10.0;
			return new Counts(doneOnTime, doneLate, openInTime, openOverdue, total, percent, notStarted);
		}
	}

	public record AreaRow(ReformArea area, String areaName, Counts counts) {
	}

	public record UnitRow(String unitCode, String unitName, Counts counts) {
	}

	/**
	 * @param from first day of the report period, null for the whole plan
	 * @param to   last day of the report period, null for the whole plan
	 */
	public record ProgressReport(String planCode, LocalDate asOf, LocalDate from, LocalDate to, Counts total,
			List<AreaRow> byArea, List<UnitRow> byUnit) {
	}

	/** Where one task stands today. */
	public enum Standing {

		DONE_ON_TIME("Hoàn thành đúng hạn"), DONE_LATE("Hoàn thành trễ hạn"), OPEN_IN_TIME("Đang thực hiện trong hạn"),
		OPEN_OVERDUE("Quá hạn, chưa hoàn thành");

		private final String label;

		Standing(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public boolean done() {
			return this == DONE_ON_TIME || this == DONE_LATE;
		}
	}

	/**
	 * One deadline of a task as it counts for a period: the last day on time, its label, whether the deliverable was
	 * approved and on time, and the document submitted.
	 */
	public record DeadlineRow(LocalDate due, String label, boolean approved, Boolean onTime, String documentNumber,
			LocalDate documentDate, String documentLink) {
	}

	/**
	 * One task counted in a period, with where it stands.
	 *
	 * @param deadlines the task's deadlines inside the period (all of them for the whole plan); empty for an ongoing
	 *                  task or one whose deadline nobody has set yet
	 * @param notStarted open and nobody has started it
	 */
	public record TaskRow(long taskId, String number, ReformArea area, String content, String leadUnitCode,
			String leadUnitName, ScheduleKind scheduleKind, String timePhrase, TaskStatus status,
			List<DeadlineRow> deadlines, Standing standing, boolean notStarted, List<String> deliverables,
			String notes) {
	}

	/** The whole plan, as of today. */
	public ProgressReport progress(String planCode) {
		return summarise(planCode, null, null, rows(planCode, null, null));
	}

	/** The tasks due from {@code from} to {@code to} (both included), as of today. */
	public ProgressReport progress(String planCode, LocalDate from, LocalDate to) {
		return summarise(planCode, from, to, rows(planCode, from, to));
	}

	/**
	 * The tasks that count in a period, in appendix order: each task with a deadline in it (judged on those
	 * deadlines), and each task without any deadline (ongoing, or waiting for a person to set one), which is
	 * reported at every period. Both dates null: every task, judged on all its deadlines.
	 */
	public List<TaskRow> rows(String planCode, LocalDate from, LocalDate to) {
		ZoneId zone = clock.getZone();
		LocalDate today = LocalDate.now(clock);
		List<TaskRow> rows = new ArrayList<>();
		for (PlanTask task : tasks.findByPlanCodeOrderByPosition(planCode)) {
			List<TaskDeadline> all = task.getDeadlines();
			List<TaskDeadline> inPeriod = all.stream().filter(d -> within(d.getDueDate(), from, to)).toList();
			if (!all.isEmpty() && inPeriod.isEmpty()) {
				continue;
			}
			Standing standing = standing(task.getStatus(), inPeriod, today, zone);
			List<DeadlineRow> deadlines = inPeriod.stream()
				.map(d -> new DeadlineRow(d.getDueDate(), d.getLabel(), d.getApprovedAt() != null, d.onTime(zone),
						d.getDocumentNumber(), d.getDocumentDate(), d.getDocumentLink()))
				.toList();
			rows.add(new TaskRow(task.getId(), task.getNumber(), task.getArea(), task.getContent(),
					task.getLeadUnitCode(), task.getLeadUnitName(), task.getSchedule().kind(), task.getTimePhrase(),
					task.getStatus(), deadlines, standing,
					!standing.done() && task.getStatus() == TaskStatus.NOT_STARTED, List.copyOf(task.getDeliverables()),
					task.getNotes()));
		}
		return rows;
	}

	/** The counts of some rows (from {@link #rows}): in total, per reform area (areas with tasks), per lead unit. */
	public ProgressReport summarise(String planCode, LocalDate from, LocalDate to, List<TaskRow> rows) {
		Map<ReformArea, int[]> byArea = new LinkedHashMap<>();
		for (ReformArea area : ReformArea.values()) {
			byArea.put(area, new int[5]);
		}
		Map<String, int[]> byUnit = new LinkedHashMap<>();
		Map<String, String> unitNames = new LinkedHashMap<>();
		int[] total = new int[5];
		for (TaskRow row : rows) {
			add(total, row);
			if (row.area() != null) {
				add(byArea.get(row.area()), row);
			}
			add(byUnit.computeIfAbsent(row.leadUnitCode(), code -> new int[5]), row);
			unitNames.putIfAbsent(row.leadUnitCode(), row.leadUnitName());
		}
		List<AreaRow> areas = new ArrayList<>();
		byArea.forEach((area, n) -> {
			if (n[0] + n[1] + n[2] + n[3] > 0) {
				areas.add(new AreaRow(area, area.label(), counts(n)));
			}
		});
		List<UnitRow> units = new ArrayList<>();
		byUnit.forEach((code, n) -> units.add(new UnitRow(code, unitNames.get(code), counts(n))));
		return new ProgressReport(planCode, LocalDate.now(clock), from, to, counts(total), areas, units);
	}

	private static void add(int[] counts, TaskRow row) {
		counts[row.standing().ordinal()]++;
		if (row.notStarted()) {
			counts[4]++;
		}
	}

	private static Counts counts(int[] n) {
		return Counts.of(n[0], n[1], n[2], n[3], n[4]);
	}

	private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
		return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
	}

	/** Where a task stands today, on all its deadlines. */
	static Standing standing(PlanTask task, LocalDate today, ZoneId zone) {
		return standing(task.getStatus(), task.getDeadlines(), today, zone);
	}

	/**
	 * Done: every deadline counted approved (a task without deadlines: the task is done); late when an approved
	 * deliverable was submitted after its due date. Open: overdue when a deadline counted that is not approved has
	 * passed. A task without any deadline (ongoing, or waiting for a person to set one) is open within its deadline
	 * until it is done.
	 */
	static Standing standing(TaskStatus status, List<TaskDeadline> deadlines, LocalDate today, ZoneId zone) {
		boolean done = deadlines.isEmpty() ? status == TaskStatus.DONE
				: deadlines.stream().allMatch(d -> d.getApprovedAt() != null);
		if (done) {
			boolean late = deadlines.stream().anyMatch(d -> Boolean.FALSE.equals(d.onTime(zone)));
			return late ? Standing.DONE_LATE : Standing.DONE_ON_TIME;
		}
		boolean overdue = deadlines.stream().anyMatch(d -> d.getApprovedAt() == null && d.getDueDate().isBefore(today));
		return overdue ? Standing.OPEN_OVERDUE : Standing.OPEN_IN_TIME;
	}

}
