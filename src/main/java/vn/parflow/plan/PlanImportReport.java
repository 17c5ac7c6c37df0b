package vn.parflow.plan;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.parflow.plan.PlanViews.TaskView;
import vn.parflow.schedule.ReportDeadline;
import vn.parflow.schedule.ReportingRule;

/**
 * What an import found: the plan as it would be stored (or was), every problem by row and column, and whether
 * anything was stored. With any error nothing is stored.
 */
public record PlanImportReport(Outcome outcome, String planCode, String title, LocalDate periodStart,
		LocalDate periodEnd, int taskCount, List<TaskView> tasks, List<ReportingRule> reportingRules,
		List<ReportDeadline> reportDeadlines, List<Problem> errors, List<Problem> warnings) {

	public enum Outcome {
		/** Stored as a DRAFT plan. */
		STORED,
		/** A dry run without errors: it would be stored. */
		CHECKED,
		/** Errors: nothing stored. */
		INVALID,
		/** The code is taken by a plan that may not be replaced: nothing stored. */
		CONFLICT
	}

	/** A problem where a person can find it: the row of the file (null for the whole file) and the column. */
	public record Problem(Integer row, String column, String message) {

		static Problem of(ImportProblem problem) {
			return new Problem(problem.row(), problem.column(), problem.message());
		}
	}

	@JsonIgnore
	public boolean stored() {
		return outcome == Outcome.STORED;
	}

}
