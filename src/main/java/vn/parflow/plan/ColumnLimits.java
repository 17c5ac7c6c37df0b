package vn.parflow.plan;

import java.util.List;

/**
 * The longest text each stored field of a plan takes (the columns of {@code pf_plan} and {@code pf_plan_task}): a
 * cell longer than its column is an error on its row, found before anything is written, never a database error at
 * the end of the import.
 */
final class ColumnLimits {

	static final int TITLE = 1000;

	static final int DECISION_NUMBER = 100;

	static final int NUMBER = 20;

	static final int CONTENT = 4000;

	static final int LEAD = 500;

	static final int TIME_PHRASE = 1000;

	static final int DELIVERABLE = 1000;

	static final int NOTES = 2000;

	private ColumnLimits() {
	}

	static void check(PlanDraft draft, List<ImportProblem> problems) {
		limit(null, "title", "Tên kế hoạch", draft.title(), TITLE, problems);
		limit(null, "decisionNumber", "Số quyết định", draft.decisionNumber(), DECISION_NUMBER, problems);
		for (PlanDraft.TaskRow row : draft.tasks()) {
			limit(row.row(), "number", "Số thứ tự", row.number(), NUMBER, problems);
			limit(row.row(), "content", "Nội dung nhiệm vụ", row.content(), CONTENT, problems);
			limit(row.row(), "lead", "Cơ quan chủ trì", row.lead(), LEAD, problems);
			limit(row.row(), "time", "Thời gian thực hiện", row.timePhrase(), TIME_PHRASE, problems);
			for (String deliverable : row.deliverables()) {
				limit(row.row(), "deliverables", "Sản phẩm", deliverable, DELIVERABLE, problems);
			}
			limit(row.row(), "notes", "Ghi chú", row.notes(), NOTES, problems);
		}
	}

	private static void limit(Integer row, String column, String label, String value, int max,
			List<ImportProblem> problems) {
		if (value != null && value.length() > max) {
			problems.add(ImportProblem.error(row, column, "%s dài %d ký tự, quá mức %d ký tự Parflow lưu được; hãy rút gọn ô này."
				.formatted(label, value.length(), max)));
		}
	}

}
