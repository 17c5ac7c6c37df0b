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

import vn.parflow.plan.internal.PlanTask;
import vn.parflow.plan.internal.PlanTaskRepository;
import vn.parflow.plan.internal.TaskDeadline;
import vn.parflow.schedule.ScheduleKind;

/**
 * How far a plan has come, in the four-way split of the Government's task-tracking statistics: done on time, done
 * late, open within the deadline, open overdue; per reform area, per lead unit, and in total. The tasks open within
 * the deadline are also told apart as the task-tracking systems' dashboards show them (five ways): in progress, or
 * not started yet (nobody assigned, or the officer has not begun: status NOT_STARTED or ASSIGNED). The overdue tasks
 * are listed, longest overdue first.
 * <p>
 * For the whole plan, or for one report period: then only the tasks due in the period count, each judged on its
 * deadlines in the period. The progress API, Parflow's pages and the report documents all read {@link #rows} and
 * {@link #summarise}: one computation.
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
	 * @param notStarted open within the deadline and nobody has begun (the overdue ones count as overdue)
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

		/** The four standings' counters, then (index 4) the open-in-time tasks not started, moved out of index 2. */
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

	/**
	 * @param from first day of the report period, null for the whole plan
	 * @param to   last day of the report period, null for the whole plan
	 */
	public record ProgressReport(String planCode, LocalDate asOf, LocalDate from, LocalDate to, Counts total,
			List<AreaRow> byArea, List<UnitRow> byUnit, List<OverdueTask> overdue) {
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
	 * @param notStarted open (in time or overdue) and nobody has begun: no officer yet, or assigned and not started
	 * @param officer    the officer's username, null before assignment
	 */
	public record TaskRow(long taskId, String number, ReformArea area, String content, String leadUnitCode,
			String leadUnitName, ScheduleKind scheduleKind, String timePhrase, TaskStatus status,
			List<DeadlineRow> deadlines, Standing standing, boolean notStarted, List<String> deliverables,
			String notes, String officer) {
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
					!standing.done() && notStarted(task.getStatus()), List.copyOf(task.getDeliverables()),
					task.getNotes(), task.getOfficer()));
		}
		return rows;
	}

	/**
	 * The counts of some rows (from {@link #rows}): in total, per reform area (areas with tasks), per lead unit; and
	 * the overdue ones, longest overdue first.
	 */
	public ProgressReport summarise(String planCode, LocalDate from, LocalDate to, List<TaskRow> rows) {
		LocalDate today = LocalDate.now(clock);
		Map<ReformArea, int[]> byArea = new LinkedHashMap<>();
		for (ReformArea area : ReformArea.values()) {
			byArea.put(area, new int[5]);
		}
		Map<String, int[]> byUnit = new LinkedHashMap<>();
		Map<String, String> unitNames = new LinkedHashMap<>();
		int[] total = new int[5];
		List<OverdueTask> overdue = new ArrayList<>();
		for (TaskRow row : rows) {
			int index = index(row);
			total[index]++;
			if (row.area() != null) {
				byArea.get(row.area())[index]++;
			}
			byUnit.computeIfAbsent(row.leadUnitCode(), code -> new int[5])[index]++;
			unitNames.putIfAbsent(row.leadUnitCode(), row.leadUnitName());
			if (row.standing() == Standing.OPEN_OVERDUE) {
				row.deadlines().stream()
					.filter(d -> !d.approved() && d.due().isBefore(today))
					.map(DeadlineRow::due)
					.min(LocalDate::compareTo)
					.ifPresent(due -> overdue.add(new OverdueTask(row.number(), row.content(), row.area(),
							row.leadUnitCode(), row.leadUnitName(), row.officer(), due, ChronoUnit.DAYS.between(due, today),
							row.status())));
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
		return new ProgressReport(planCode, today, from, to, Counts.of(total), areas, units, List.copyOf(overdue));
	}

	/** The counter a row adds to: its standing, or 4 for an open-in-time task nobody has begun. */
	private static int index(TaskRow row) {
		return row.standing() == Standing.OPEN_IN_TIME && row.notStarted() ? 4 : row.standing().ordinal();
	}

	/** Nobody has begun the task: no officer yet, or assigned and not started. */
	static boolean notStarted(PlanTask task) {
		return notStarted(task.getStatus());
	}

	/** Nobody has begun: no officer yet, or assigned and not started. */
	static boolean notStarted(TaskStatus status) {
		return status == TaskStatus.NOT_STARTED || status == TaskStatus.ASSIGNED;
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
