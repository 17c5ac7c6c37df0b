package vn.parflow.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.parflow.directory.Directory;
import vn.parflow.plan.PlanProgress;
import vn.parflow.plan.PlanProgress.Counts;
import vn.parflow.plan.PlanProgress.OverdueTask;
import vn.parflow.plan.PlanProgress.ProgressReport;
import vn.parflow.plan.PlanProgress.UnitRow;
import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanStatus;
import vn.parflow.plan.PlanViews.PlanView;
import vn.parflow.plan.PlanViews.TaskView;
import vn.parflow.ical.CalendarEntry;
import vn.parflow.ical.CalendarService;

/**
 * The leaders' dashboard: per plan the five-way split (done on time, done late, in progress, overdue, not started),
 * the same per reform area and per unit, the overdue tasks first, and the deadlines and report dates of the next 30
 * days. Every figure is {@link PlanProgress#progress(String)}, the answer of {@code GET /api/plans/{code}/progress};
 * the timeline is the plan's calendar ({@code GET /api/plans/{code}/calendar}). Approvers and plan administrators
 * see the whole plan; anyone else sees their own units' rows.
 */
@Controller
class DashboardController {

	static final int TIMELINE_DAYS = 30;

	private final PlanQueries queries;

	private final PlanProgress progress;

	private final CalendarService calendars;

	private final Directory directory;

	private final PageFormat format;

	DashboardController(PlanQueries queries, PlanProgress progress, CalendarService calendars,
			Directory directory, PageFormat format) {
		this.queries = queries;
		this.progress = progress;
		this.calendars = calendars;
		this.directory = directory;
		this.format = format;
	}

	/** One plan's figures as the viewer may see them. */
	public record PlanFigures(PlanView plan, Counts total, boolean wholePlan) {
	}

	/** One day of the timeline. */
	public record Day(LocalDate day, List<CalendarEntry> entries) {
	}

	/** An overdue task with its officer's name. */
	public record Overdue(OverdueTask task, String officerName) {
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(name = "plan", required = false) String code,
			@ModelAttribute("viewer") Viewer viewer, Model model) throws JsonProcessingException {
		List<PlanView> plans = queries.plans();
		List<PlanFigures> figures = plans.stream()
			.filter(plan -> plan.status() != PlanStatus.DRAFT || viewer.planAdmin())
			.map(plan -> figures(plan, progress.progress(plan.code()), viewer))
			.toList();
		model.addAttribute("figures", figures);
		Optional<PlanView> selected = plans.stream().filter(plan -> plan.code().equals(code)).findFirst()
			.or(() -> plans.stream().filter(plan -> plan.status() == PlanStatus.ACTIVE).findFirst())
			.or(() -> figures.stream().map(PlanFigures::plan).findFirst());
		if (selected.isEmpty()) {
			return "web/dashboard";
		}
		PlanView plan = selected.get();
		ProgressReport report = progress.progress(plan.code());
		List<UnitRow> units = report.byUnit().stream().filter(row -> viewer.sees(row.unitCode())).toList();
		model.addAttribute("plan", plan);
		model.addAttribute("report", report);
		model.addAttribute("total", figures(plan, report, viewer).total());
		model.addAttribute("wholePlan", viewer.watcher());
		model.addAttribute("areas", viewer.watcher() ? report.byArea() : List.of());
		model.addAttribute("units", units);
		model.addAttribute("overdue", report.overdue().stream()
			.filter(task -> viewer.sees(task.unitCode()))
			.map(task -> new Overdue(task, task.officer() == null ? null
					: directory.fullName(task.officer())))
			.toList());
		model.addAttribute("chartData", format.json(report, figures(plan, report, viewer).total(),
				viewer.watcher() ? report.byArea() : List.of(), units));
		model.addAttribute("timeline", timeline(plan.code(), viewer));
		model.addAttribute("timelineEnd", format.today().plusDays(TIMELINE_DAYS));
		return "web/dashboard";
	}

	/** The whole plan's split for a watcher; for anyone else the rows of their units, added up. */
	static PlanFigures figures(PlanView plan, ProgressReport report, Viewer viewer) {
		if (viewer.watcher()) {
			return new PlanFigures(plan, report.total(), true);
		}
		List<Counts> mine = report.byUnit().stream().filter(row -> viewer.sees(row.unitCode())).map(UnitRow::counts)
			.toList();
		return new PlanFigures(plan, sum(mine), false);
	}

	static Counts sum(List<Counts> counts) {
		if (counts.size() == 1) {
			return counts.get(0);
		}
		int onTime = 0, late = 0, inProgress = 0, notStarted = 0, overdue = 0;
		for (Counts c : counts) {
			onTime += c.doneOnTime();
			late += c.doneLate();
			inProgress += c.inProgress();
			notStarted += c.notStarted();
			overdue += c.openOverdue();
		}
		int open = inProgress + notStarted;
		int total = onTime + late + open + overdue;
		double percent = total == 0 ? 0 : Math.round((onTime + late) * 1000.0 / total) / 10.0;
		return new Counts(onTime, late, open, overdue, total, percent, inProgress, notStarted);
	}

	private List<Day> timeline(String code, Viewer viewer) {
		LocalDate today = format.today();
		LocalDate end = today.plusDays(TIMELINE_DAYS);
		Map<String, String> leads = new LinkedHashMap<>();
		for (TaskView task : queries.tasks(code)) {
			leads.put(task.number(), task.lead() == null ? null : task.lead().code());
		}
		Map<LocalDate, List<CalendarEntry>> days = new LinkedHashMap<>();
		calendars.planCalendar(code).stream()
			.filter(entry -> !entry.done() && !entry.due().isBefore(today) && !entry.due().isAfter(end))
			.filter(entry -> entry.kind() == CalendarEntry.Kind.REPORT || viewer.sees(leads.get(entry.taskNumber())))
			.sorted(Comparator.comparing(CalendarEntry::due))
			.forEach(entry -> days.computeIfAbsent(entry.due(), day -> new ArrayList<>()).add(entry));
		return days.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList();
	}

}
