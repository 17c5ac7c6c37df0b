package vn.parflow.web;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parflow.directory.UnitMatcher;
import vn.parflow.plan.PlanDraft;
import vn.parflow.plan.PlanImportReport;
import vn.parflow.plan.PlanImportReport.Outcome;
import vn.parflow.plan.PlanImportService;
import vn.parflow.plan.PlanImportService.ImportRequest;
import vn.parflow.plan.PlanProgress;
import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanViews.PlanView;

/**
 * Plan intake for plan administrators: the list of plans, a plan file uploaded and checked as a page (every row,
 * problems on their row, unknown units and unread deadlines fixed on the page), stored only when the person
 * confirms, then activated from the plan's page. Everything goes through the services the API uses.
 */
@Controller
class PlanPagesController {

	private static final DateTimeFormatter TYPED_DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final PlanImportService importer;

	private final PlanQueries queries;

	private final PlanProgress progress;

	private final UnitMatcher units;

	PlanPagesController(PlanImportService importer, PlanQueries queries, PlanProgress progress, UnitMatcher units) {
		this.importer = importer;
		this.queries = queries;
		this.progress = progress;
		this.units = units;
	}

	public record PlanRow(PlanView plan, PlanProgress.Counts counts) {
	}

	@GetMapping("/plans")
	String plans(Model model) {
		List<PlanRow> rows = queries.plans().stream()
			.map(plan -> new PlanRow(plan, progress.progress(plan.code()).total()))
			.toList();
		model.addAttribute("plans", rows);
		return "web/plans";
	}

	@GetMapping("/plans/intake")
	String intakeForm() {
		return "web/intake-upload";
	}

	@PostMapping("/plans/intake")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "code", required = false) String code, HttpSession session, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("error", "Hãy chọn tệp kế hoạch (.docx, .xlsx hoặc .yaml).");
			model.addAttribute("code", code);
			return "web/intake-upload";
		}
		Intakes.Intake intake = Intakes.add(session, new Intakes.Intake(file.getOriginalFilename(), file.getBytes(),
				code == null || code.isBlank() ? null : code.strip().toUpperCase()));
		return "redirect:/plans/intake/" + intake.id;
	}

	@GetMapping("/plans/intake/{id}")
	String review(@PathVariable String id, HttpSession session, Model model) {
		Intakes.Intake intake = intake(session, id);
		PlanImportReport report = importer.importPlan(request(intake, true, null));
		return show(intake, report, model);
	}

	/**
	 * Takes what the person fixed (a unit picked for each unknown name, a date for each unread deadline, the code),
	 * then checks again ({@code action=check}) or stores the plan as a draft ({@code action=store}).
	 */
	@PostMapping("/plans/intake/{id}")
	String fix(@PathVariable String id, @RequestParam Map<String, String> form,
			@RequestParam(name = "action", defaultValue = "check") String action, HttpSession session,
			Principal principal, Model model, RedirectAttributes redirect) {
		Intakes.Intake intake = intake(session, id);
		intake.code = form.getOrDefault("code", intake.code) == null ? null
				: form.getOrDefault("code", intake.code).strip().toUpperCase();
		intake.replace = "on".equals(form.get("replace")) || "true".equals(form.get("replace"));
		intake.unreadDates.clear();
		form.forEach((name, value) -> {
			if (name.startsWith("unit:")) {
				String key = name.substring("unit:".length());
				if (value == null || value.isBlank()) {
					intake.units.remove(key);
				}
				else {
					intake.units.put(key, value);
				}
			}
			else if (name.startsWith("deadline:")) {
				Integer row = row(name.substring("deadline:".length()));
				if (row == null) {
					return;
				}
				String typed = value == null ? "" : value.strip();
				if (typed.isEmpty()) {
					intake.deadlines.remove(row);
				}
				else {
					try {
						intake.deadlines.put(row, LocalDate.parse(typed, TYPED_DAY));
					}
					catch (DateTimeParseException ex) {
						intake.deadlines.remove(row);
						intake.unreadDates.put(row, typed);
					}
				}
			}
		});
		boolean store = "store".equals(action) && intake.unreadDates.isEmpty();
		PlanImportReport report = importer.importPlan(request(intake, !store, principal));
		if (report.outcome() == Outcome.STORED) {
			Intakes.remove(session, id);
			redirect.addFlashAttribute("stored", "Đã lưu kế hoạch %s (%d nhiệm vụ) ở trạng thái nháp. Kiểm tra lại rồi kích hoạt."
				.formatted(report.planCode(), report.taskCount()));
			return "redirect:/plans/" + report.planCode();
		}
		if ("store".equals(action)) {
			model.addAttribute("refused", report.outcome() == Outcome.CHECKED
					? "Chưa lưu: còn ngày hết hạn nhập chưa đúng dạng dd/mm/yyyy."
					: "Chưa lưu: kế hoạch còn lỗi (đánh dấu đỏ ở từng dòng). Không có gì được ghi vào cơ sở dữ liệu.");
		}
		return show(intake, report, model);
	}

	private static Integer row(String number) {
		try {
			return Integer.valueOf(number);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private String show(Intakes.Intake intake, PlanImportReport report, Model model) {
		PlanDraft draft = importer.read(intake.filename, intake.content);
		model.addAttribute("intake", intake);
		model.addAttribute("review", IntakeReview.of(draft, report, intake, units));
		model.addAttribute("draft", draft);
		model.addAttribute("unreadDates", intake.unreadDates);
		return "web/intake-review";
	}

	private static ImportRequest request(Intakes.Intake intake, boolean dryRun, Principal principal) {
		return new ImportRequest(intake.filename, intake.content, intake.code, dryRun, intake.replace,
				principal == null ? null : principal.getName(), intake.corrections());
	}

	private static Intakes.Intake intake(HttpSession session, String id) {
		Intakes.Intake intake = Intakes.get(session, id);
		if (intake == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Không còn tệp này trong phiên làm việc (đã lưu, hoặc phiên đã hết hạn): hãy tải tệp lên lại.");
		}
		return intake;
	}

	@GetMapping("/plans/{code}")
	String plan(@PathVariable String code, Model model) {
		PlanView plan = queries.plan(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có kế hoạch mã " + code + "."));
		model.addAttribute("plan", plan);
		model.addAttribute("tasks", queries.tasks(code));
		model.addAttribute("progress", progress.progress(code));
		return "web/plan";
	}

}
