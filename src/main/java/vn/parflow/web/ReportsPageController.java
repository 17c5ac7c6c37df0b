package vn.parflow.web;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanQueries.PlanReporting;
import vn.parflow.reporting.ReportCycleView;
import vn.parflow.reporting.ReportCycles;
import vn.parflow.reporting.Slugs;
import vn.parflow.schedule.ReportDeadline;

/**
 * A plan's report page: every report of its reporting regime (the plan's calendar of reports), where each cycle
 * stands ({@code GET /api/plans/{code}/report-cycles}), and the links to download each report as Word and Excel
 * ({@code /api/plans/{code}/reports/{report}/{period}.docx|.xlsx}).
 */
@Controller
class ReportsPageController {

	private final PlanQueries queries;

	private final ReportCycles cycles;

	ReportsPageController(PlanQueries queries, ReportCycles cycles) {
		this.queries = queries;
		this.cycles = cycles;
	}

	/** One report of the plan and its cycle, if it was opened. */
	public record ReportRow(ReportDeadline deadline, ReportCycleView cycle, String docx, String xlsx) {
	}

	@GetMapping("/plans/{code}/reports")
	String reports(@PathVariable String code, Model model) {
		PlanReporting plan = queries.reporting(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có kế hoạch mã " + code + "."));
		List<ReportCycleView> opened = cycles.cycles(code);
		List<ReportRow> rows = plan.deadlines().stream().map(deadline -> {
			Optional<ReportCycleView> cycle = opened.stream()
				.filter(c -> c.report().equals(deadline.report()) && c.period().equals(deadline.period()))
				.findFirst();
			String base = "/api/plans/" + UriUtils.encodePathSegment(code, "UTF-8") + "/reports/"
					+ Slugs.of(deadline.report()) + "/" + Slugs.of(deadline.period());
			return new ReportRow(deadline, cycle.orElse(null), base + ".docx", base + ".xlsx");
		}).toList();
		model.addAttribute("plan", queries.plan(code).orElseThrow());
		model.addAttribute("rows", rows);
		return "web/reports";
	}

}
