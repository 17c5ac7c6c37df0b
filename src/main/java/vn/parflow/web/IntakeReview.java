package vn.parflow.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.parflow.directory.UnitMatch;
import vn.parflow.directory.UnitMatcher;
import vn.parflow.directory.UnitRef;
import vn.parflow.plan.ImportCorrections;
import vn.parflow.plan.PlanDraft;
import vn.parflow.plan.PlanImportReport;
import vn.parflow.plan.PlanImportReport.Problem;
import vn.parflow.plan.PlanViews.TaskView;
import vn.parflow.plan.PlanViews.UnitView;
import vn.parflow.schedule.ScheduleKind;

/**
 * The intake page's view of a dry run: every row of the file as read, beside what the import made of it (the
 * units matched, the dates read) and the problems found on that row; a unit nobody knows gets the directory's units
 * to pick from (the closest first), a deadline nobody could read gets a date field.
 */
public record IntakeReview(PlanImportReport report, List<Row> rows, List<Problem> fileErrors, List<Problem> fileWarnings,
		List<UnitRef> directory, int errorCount, int warningCount, int fixesNeeded) {

	public record Row(int row, String number, String areaName, String content, String leadAsWritten, UnitView lead,
			List<String> coordinatingAsWritten, List<UnitView> coordinating, String timePhrase, ScheduleKind kind,
			List<LocalDate> dueDates, List<String> labels, String scheduleNote, String reason,
			List<String> deliverables, List<Problem> errors, List<Problem> warnings, List<UnknownUnit> unknownUnits,
			boolean needsDate, String dateValue) {

		public boolean refused() {
			return !errors.isEmpty();
		}
	}

	/** A unit name the directory does not know, with the person's pick (first the closest known name). */
	public record UnknownUnit(String key, String asWritten, String message, String suggestion, String chosen) {
	}

	static IntakeReview of(PlanDraft draft, PlanImportReport report, Intakes.Intake intake, UnitMatcher units) {
		List<TaskView> tasks = report.tasks();
		boolean zipped = tasks.size() == draft.tasks().size();
		List<Row> rows = new ArrayList<>();
		int fixes = 0;
		for (int i = 0; i < draft.tasks().size(); i++) {
			PlanDraft.TaskRow row = draft.tasks().get(i);
			TaskView task = zipped ? tasks.get(i) : null;
			List<Problem> errors = report.errors().stream().filter(p -> p.row() != null && p.row() == row.row()).toList();
			List<Problem> warnings = report.warnings().stream().filter(p -> p.row() != null && p.row() == row.row())
				.toList();
			List<UnknownUnit> unknown = new ArrayList<>();
			for (String name : namesAsWritten(row)) {
				UnitMatch match = units.match(name, draft.locality());
				if (!match.found()) {
					String key = ImportCorrections.unitKey(row.row(), name);
					String chosen = intake.units.getOrDefault(key, match.suggestion());
					unknown.add(new UnknownUnit(key, name, match.error(), match.suggestion(), chosen));
					if (!intake.units.containsKey(key)) {
						fixes++;
					}
				}
			}
			boolean unresolved = task != null && task.schedule() != null
					&& task.schedule().kind() == ScheduleKind.UNRESOLVED;
			boolean needsDate = unresolved || intake.deadlines.containsKey(row.row())
					|| intake.unreadDates.containsKey(row.row());
			if (unresolved) {
				fixes++;
			}
			String dateValue = intake.unreadDates.containsKey(row.row()) ? intake.unreadDates.get(row.row())
					: intake.deadlines.containsKey(row.row()) ? PageFormat.DAY.format(intake.deadlines.get(row.row()))
							: "";
			rows.add(new Row(row.row(), task != null ? task.number() : row.number(),
					task != null ? task.areaName() : row.area() == null ? null : row.area().label(), row.content(),
					row.lead(), task == null ? null : task.lead(), row.coordinating(),
					task == null ? List.of() : task.coordinating(), row.timePhrase(),
					task == null || task.schedule() == null ? null : task.schedule().kind(),
					task == null || task.schedule() == null ? List.of() : task.schedule().dueDates(),
					task == null || task.schedule() == null ? List.of() : task.schedule().labels(),
					task == null || task.schedule() == null ? null : task.schedule().note(),
					task == null || task.schedule() == null ? null : task.schedule().reason(), row.deliverables(),
					errors, warnings, unknown, needsDate, dateValue));
		}
		List<Problem> fileErrors = report.errors().stream().filter(p -> p.row() == null || !hasRow(draft, p.row()))
			.toList();
		List<Problem> fileWarnings = report.warnings().stream().filter(p -> p.row() == null || !hasRow(draft, p.row()))
			.toList();
		return new IntakeReview(report, rows, fileErrors, fileWarnings, units.activeUnits(draft.locality()),
				report.errors().size(), report.warnings().size(), fixes);
	}

	private static boolean hasRow(PlanDraft draft, int row) {
		return draft.tasks().stream().anyMatch(task -> task.row() == row);
	}

	/** The lead ("A; B": A leads, B coordinates) and the coordinating units, as the file writes them. */
	static List<String> namesAsWritten(PlanDraft.TaskRow row) {
		Set<String> names = new LinkedHashSet<>();
		if (row.lead() != null && !row.lead().isBlank()) {
			for (String part : row.lead().strip().split("\\s*;\\s*")) {
				if (!part.isBlank()) {
					names.add(part);
				}
			}
		}
		row.coordinating().stream().filter(name -> name != null && !name.isBlank()).forEach(names::add);
		return List.copyOf(names);
	}

	public boolean storable() {
		return errorCount == 0;
	}

}
