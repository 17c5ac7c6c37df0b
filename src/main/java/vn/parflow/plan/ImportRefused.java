package vn.parflow.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An import that stored nothing: 422 for a file with errors, 409 for a code taken by a plan that may not be replaced.
 * The problem carries the whole report as properties (the rows and columns of every error and warning, the tasks as
 * read), so that the person fixes the file in one go; the plan's own title is {@code planTitle}, as {@code title} is
 * the problem's.
 */
class ImportRefused extends ErrorResponseException {

	ImportRefused(PlanImportReport report) {
		super(report.outcome() == PlanImportReport.Outcome.CONFLICT ? HttpStatus.CONFLICT
				: HttpStatus.UNPROCESSABLE_ENTITY);
		getBody().setDetail(detail(report));
		getBody().setTitle(report.outcome() == PlanImportReport.Outcome.CONFLICT ? "Mã kế hoạch đã có"
				: "Kế hoạch chưa nhập được");
		getBody().setProperty("message", getBody().getDetail());
		getBody().setProperty("outcome", report.outcome());
		getBody().setProperty("planCode", report.planCode());
		getBody().setProperty("planTitle", report.title());
		getBody().setProperty("periodStart", report.periodStart());
		getBody().setProperty("periodEnd", report.periodEnd());
		getBody().setProperty("taskCount", report.taskCount());
		getBody().setProperty("tasks", report.tasks());
		getBody().setProperty("reportingRules", report.reportingRules());
		getBody().setProperty("reportDeadlines", report.reportDeadlines());
		getBody().setProperty("errors", report.errors());
		getBody().setProperty("warnings", report.warnings());
	}

	private static String detail(PlanImportReport report) {
		if (report.errors().isEmpty()) {
			return "Chưa lưu gì: kế hoạch không nhập được.";
		}
		String first = report.errors().get(0).message();
		if (report.outcome() == PlanImportReport.Outcome.CONFLICT || report.errors().size() == 1) {
			return "Chưa lưu gì: " + first;
		}
		return "Chưa lưu gì: tệp có %d lỗi (xem errors, theo dòng và cột). Lỗi đầu tiên: %s"
			.formatted(report.errors().size(), first);
	}

}
