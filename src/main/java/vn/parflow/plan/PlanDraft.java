package vn.parflow.plan;

import java.time.LocalDate;
import java.util.List;

import vn.parflow.schedule.ReportingRule;

/**
 * A plan as read from a file (.docx, .xlsx or .yaml), before units are matched and anything is stored.
 * All three readers produce this same shape; the import compares, validates and stores it.
 *
 * @param problems what the reader could not read, each naming the row and column
 */
public record PlanDraft(String code, String title, String issuingBody, String locality, LocalDate periodStart,
		LocalDate periodEnd, String decisionNumber, LocalDate decisionDate, String coordinatingUnit,
		List<ReportingRule> reportingRules, List<TaskRow> tasks, List<ImportProblem> problems) {

	public PlanDraft {
		reportingRules = reportingRules == null ? List.of() : List.copyOf(reportingRules);
		tasks = tasks == null ? List.of() : List.copyOf(tasks);
		problems = problems == null ? List.of() : List.copyOf(problems);
	}

	/**
	 * One task of the appendix as written.
	 *
	 * @param row          where it stands in the file (table row, sheet row or YAML item, 1-based), for messages
	 * @param number       the number as written ("1", "6.1" for the first unnumbered sub-row of task 6)
	 * @param area         the reform area of the section row above it, null if none could be read
	 * @param lead         the lead unit or officer post as written
	 * @param coordinating coordinating units as written, split into names; empty when none
	 * @param timePhrase   the time cell as written
	 * @param deliverables one entry per product
	 * @param section      the section the row stands in, as its heading numbers it ("II", "B") or, for a heading
	 *                     without a numeral, by its position ("III" for the third section); null outside sections.
	 *                     Plans whose numbering restarts in every section call their tasks by it ("II.12").
	 * @param sectionTitle the section's heading as written ("II. CẢI CÁCH THỂ CHẾ", "B. BẢO ĐẢM AN TOÀN THÔNG
	 *                     TIN"); the task's area when the section is none of the seven reform areas
	 */
	public record TaskRow(int row, String number, ReformArea area, String content, String lead,
			List<String> coordinating, String timePhrase, List<String> deliverables, String notes, String section,
			String sectionTitle) {

		public TaskRow {
			coordinating = coordinating == null ? List.of() : List.copyOf(coordinating);
			deliverables = deliverables == null ? List.of() : List.copyOf(deliverables);
		}

		/** A row outside any section. */
		public TaskRow(int row, String number, ReformArea area, String content, String lead,
				List<String> coordinating, String timePhrase, List<String> deliverables, String notes) {
			this(row, number, area, content, lead, coordinating, timePhrase, deliverables, notes, null, null);
		}
	}

}
