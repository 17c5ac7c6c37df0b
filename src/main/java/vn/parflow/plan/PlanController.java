package vn.parflow.plan;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import vn.parflow.plan.PlanImportService.ImportRequest;
import vn.parflow.plan.PlanViews.PlanView;
import vn.parflow.plan.PlanViews.TaskView;

/** Parflow's plan API: import a plan file, list plans, read a plan and its tasks, download the Excel template. */
@RestController
@RequestMapping("/api/plans")
class PlanController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PlanImportService importer;

	private final PlanQueries queries;

	private final PlanProgress progress;

	PlanController(PlanImportService importer, PlanQueries queries, PlanProgress progress) {
		this.importer = importer;
		this.queries = queries;
		this.progress = progress;
	}

	/**
	 * Imports a .docx, .xlsx or .yaml plan. 201 when stored, 200 for a clean dry run, 422 with the errors (nothing
	 * stored), 409 when the code is taken by a plan that may not be replaced; both refusals are problems carrying the
	 * whole report ({@link ImportRefused}).
	 */
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<PlanImportReport> importPlan(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "code", required = false) String code,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
			@RequestParam(name = "replace", defaultValue = "false") boolean replace, Principal principal)
			throws IOException {
		if (file == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Hãy gửi tệp kế hoạch trong trường “file” (.docx, .xlsx hoặc .yaml).");
		}
		PlanImportReport report = importer.importPlan(new ImportRequest(file.getOriginalFilename(), file.getBytes(),
				code, dryRun, replace, principal == null ? null : principal.getName()));
		return switch (report.outcome()) {
			case STORED -> ResponseEntity.status(HttpStatus.CREATED).body(report);
			case CHECKED -> ResponseEntity.ok(report);
			case INVALID, CONFLICT -> throw new ImportRefused(report);
		};
	}

	@GetMapping
	List<PlanView> plans() {
		return queries.plans();
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("mau-ke-hoach-cchc.xlsx")
						.build()
						.toString())
			.body(PlanTemplate.xlsx());
	}

	@GetMapping("/{code}")
	PlanView plan(@PathVariable String code) {
		return queries.plan(code).orElseThrow(() -> unknownPlan(code));
	}

	@GetMapping("/{code}/tasks")
	List<TaskView> tasks(@PathVariable String code) {
		if (!queries.exists(code)) {
			throw unknownPlan(code);
		}
		return queries.tasks(code);
	}

	/**
	 * Done on time, done late, open within the deadline, open overdue: per area, per lead unit, in total. With
	 * {@code from} and {@code to} (yyyy-MM-dd, both included): only the tasks due in that period, as a report of the
	 * period counts them.
	 */
	@GetMapping("/{code}/progress")
	PlanProgress.ProgressReport progress(@PathVariable String code, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		if (!queries.exists(code)) {
			throw unknownPlan(code);
		}
		if (from == null && to == null) {
			return progress.progress(code);
		}
		LocalDate start = day(from, "from");
		LocalDate end = day(to, "to");
		if (end.isBefore(start)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Ngày cuối kỳ (to) %s ở trước ngày đầu kỳ (from) %s.".formatted(to, from));
		}
		return progress.progress(code, start, end);
	}

	private static ResponseStatusException unknownPlan(String code) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có kế hoạch mã “%s”.".formatted(code));
	}

	private static LocalDate day(String text, String name) {
		if (text == null || text.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Hãy gửi cả ngày đầu kỳ (from) và ngày cuối kỳ (to), dạng yyyy-MM-dd, ví dụ from=2025-07-01&to=2025-09-30.");
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Tham số “%s” = “%s” không phải ngày dạng yyyy-MM-dd (ví dụ 2025-09-30).".formatted(name, text));
		}
	}

}
