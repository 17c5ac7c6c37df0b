package vn.parflow.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parflow.directory.UnitMatch;
import vn.parflow.directory.UnitMatcher;
import vn.parflow.directory.UnitRef;
import vn.parflow.plan.ImportProblem.Severity;
import vn.parflow.plan.PlanImportReport.Outcome;
import vn.parflow.plan.PlanImportReport.Problem;
import vn.parflow.plan.PlanViews.ScheduleView;
import vn.parflow.plan.PlanViews.TaskView;
import vn.parflow.plan.PlanViews.UnitView;
import vn.parflow.plan.PlanViews.UnmatchedUnit;
import vn.parflow.plan.internal.CoordinatingUnit;
import vn.parflow.plan.internal.Plan;
import vn.parflow.plan.internal.PlanRepository;
import vn.parflow.plan.internal.PlanTask;
import vn.parflow.schedule.Deadline;
import vn.parflow.schedule.DeadlineParser;
import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.ReportCalendar;
import vn.parflow.schedule.ReportDeadline;
import vn.parflow.schedule.ReportingRule;
import vn.parflow.schedule.ReportingRuleParser;
import vn.parflow.schedule.Schedule;
import vn.parflow.schedule.ScheduleKind;

/**
 * Imports a plan file: reads it ({@link PlanFileReader}), matches every unit against the directory, reads every
 * time phrase ({@link DeadlineParser}), and stores the plan as a DRAFT in one transaction, or, with any error,
 * stores nothing and says which row and column is wrong.
 */
@Service
public class PlanImportService {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PlanImportService.class);

	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,49}");

	static final int MAX_CONTENT = 4000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
			"XII" };

	private final PlanFileReader reader = new PlanFileReader();

	private final UnitMatcher units;

	private final DeadlineParser deadlines;

	private final ReportingRuleParser reportingRules;

	private final ReportCalendar reportCalendar;

	private final PlanRepository plans;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PlanImportService(UnitMatcher units, DeadlineParser deadlines, ReportingRuleParser reportingRules,
			ReportCalendar reportCalendar, PlanRepository plans, PlatformTransactionManager transactions, Clock clock) {
		this.units = units;
		this.deadlines = deadlines;
		this.reportingRules = reportingRules;
		this.reportCalendar = reportCalendar;
		this.plans = plans;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** What to do with a file. */
	public record ImportRequest(String filename, byte[] content, String code, boolean dryRun, boolean replace,
			String importedBy, ImportCorrections corrections) {

		public ImportRequest {
			corrections = corrections == null ? ImportCorrections.NONE : corrections;
		}

		public ImportRequest(String filename, byte[] content, String code, boolean dryRun, boolean replace,
				String importedBy) {
			this(filename, content, code, dryRun, replace, importedBy, ImportCorrections.NONE);
		}
	}

	/** The plan file as read, before anything is matched or checked (the intake page shows every row of it). */
	public PlanDraft read(String filename, byte[] content) {
		return reader.read(filename, content);
	}

	public PlanImportReport importPlan(ImportRequest request) {
		PlanDraft draft = reader.read(request.filename(), request.content());
		Checked checked = check(draft, request.code(), request.corrections());
		if (checked.hasErrors()) {
			return checked.report(Outcome.INVALID);
		}
		if (request.dryRun()) {
			Outcome outcome = conflict(checked.code, request.replace()) == null ? Outcome.CHECKED : Outcome.CONFLICT;
			if (outcome == Outcome.CONFLICT) {
				checked.problems.add(ImportProblem.error(null, null, conflict(checked.code, request.replace())));
			}
			return checked.report(outcome);
		}
		try {
			String refused = transaction.execute(status -> {
				String conflict = conflict(checked.code, request.replace());
				if (conflict != null) {
					return conflict;
				}
				plans.findByCode(checked.code).ifPresent(existing -> {
					plans.delete(existing);
					plans.flush();
				});
				plans.save(checked.toPlan(request.filename(), request.importedBy(), Instant.now(clock)));
				return null;
			});
			if (refused != null) {
				checked.problems.add(ImportProblem.error(null, null, refused));
				return checked.report(Outcome.CONFLICT);
			}
			return checked.report(Outcome.STORED);
		}
		catch (DataIntegrityViolationException ex) {
			if (plans.existsByCode(checked.code)) {
				// another import stored the same code at the same moment
				checked.problems.add(ImportProblem.error(null, null, alreadyExists(checked.code)));
				return checked.report(Outcome.CONFLICT);
			}
			// not a duplicate code: a value the database refused, which the checks above did not foresee
			log.warn("Kế hoạch {} không lưu được", checked.code, ex);
			checked.problems.add(ImportProblem.error(null, null,
					"Không lưu được kế hoạch: cơ sở dữ liệu từ chối một giá trị (%s). Không có gì được lưu."
						.formatted(ex.getMostSpecificCause().getMessage())));
			return checked.report(Outcome.INVALID);
		}
	}

	private String conflict(String code, boolean replace) {
		return plans.findByCode(code).map(existing -> {
			if (!replace) {
				return alreadyExists(code) + " Gửi replace=true để thay kế hoạch nháp này.";
			}
			if (existing.getStatus() != PlanStatus.DRAFT) {
				return "Kế hoạch %s đang ở trạng thái %s, chỉ kế hoạch nháp (DRAFT) mới được thay.".formatted(code,
						existing.getStatus());
			}
			return null;
		}).orElse(null);
	}

	private static String alreadyExists(String code) {
		return "Đã có kế hoạch mã %s.".formatted(code);
	}

	private Checked check(PlanDraft draft, String requestedCode, ImportCorrections corrections) {
		Checked checked = new Checked(draft);
		checked.corrections = corrections;
		checked.problems.addAll(draft.problems());
		if (checked.hasErrors() && draft.tasks().isEmpty()) {
			return checked;
		}
		String code = requestedCode != null && !requestedCode.isBlank() ? requestedCode.trim() : draft.code();
		if (code == null || code.isBlank()) {
			checked.problems.add(ImportProblem.error(null, "code",
					"Chưa có mã kế hoạch: hãy nhập mã (ví dụ VIETKHE-2025-H2)."));
		}
		else if (!CODE.matcher(code).matches()) {
			checked.problems.add(ImportProblem.error(null, "code",
					"Mã kế hoạch “%s” không hợp lệ: chỉ dùng chữ in hoa không dấu, chữ số và dấu gạch ngang (tối đa 50 ký tự)."
						.formatted(code)));
		}
		checked.code = code;
		if (draft.title() == null || draft.title().isBlank()) {
			checked.problems.add(ImportProblem.error(null, "title", "Không đọc được tên kế hoạch."));
		}
		if (draft.periodStart() == null || draft.periodEnd() == null) {
			if (draft.problems().stream().noneMatch(p -> p.severity() == Severity.ERROR)) {
				checked.problems.add(ImportProblem.error(null, "period",
						"Không đọc được kỳ kế hoạch (ví dụ “năm 2025”, “6 tháng cuối năm 2025”)."));
			}
		}
		else if (draft.periodEnd().isBefore(draft.periodStart())) {
			checked.problems.add(ImportProblem.error(null, "period", "Kỳ kế hoạch kết thúc trước khi bắt đầu."));
		}
		else {
			checked.period = new PlanPeriod(draft.periodStart(), draft.periodEnd());
		}
		if (draft.tasks().isEmpty() && !checked.hasErrors()) {
			checked.problems.add(ImportProblem.error(null, null, "Tệp không có nhiệm vụ nào."));
		}
		if (draft.coordinatingUnit() != null && !draft.coordinatingUnit().isBlank()) {
			UnitMatch office = units.match(draft.coordinatingUnit(), draft.locality());
			if (office.found() && office.units().size() == 1) {
				checked.coordinatingUnit = office.units().get(0);
			}
			else {
				checked.problems.add(ImportProblem.warning(null, "coordinatingUnit",
						"Chưa xác định được cơ quan đầu mối của kế hoạch: "
								+ (office.found() ? "“%s” chỉ nhiều đơn vị.".formatted(draft.coordinatingUnit())
										: office.error())));
			}
		}
		else {
			checked.problems.add(ImportProblem.warning(null, "coordinatingUnit",
					"Kế hoạch không nêu cơ quan đầu mối (thường là Phòng Văn hóa – Xã hội hoặc Văn phòng HĐND và UBND)."));
		}
		ColumnLimits.check(draft, checked.problems);
		checked.numbers = numbers(draft.tasks(), checked.problems);
		checked.noTimes = draft.tasks().size() > 1
				&& draft.tasks().stream().allMatch(row -> row.timePhrase() == null || row.timePhrase().isBlank());
		if (checked.noTimes) {
			// a time column empty in every row (or none at all): one warning for the plan, not one per row
			checked.problems.add(ImportProblem.warning(null, "Thời gian",
					"Kế hoạch không ghi thời gian cho nhiệm vụ nào (cột thời gian trống ở mọi dòng): cả %d nhiệm vụ chờ người điều phối kế hoạch đặt thời hạn trước khi bắt đầu."
						.formatted(draft.tasks().size())));
		}
		for (PlanDraft.TaskRow row : draft.tasks()) {
			checked.tasks.add(checkTask(row, checked));
		}
		checked.reportingRules = withAppendixReports(draft, checked);
		if (checked.period != null) {
			checked.reportDeadlines = reportCalendar.expand(checked.reportingRules, checked.period);
		}
		if (checked.reportingRules.isEmpty()) {
			checked.problems.add(ImportProblem.warning(null, "reportingRules",
					"Chưa có chế độ báo cáo: các kỳ báo cáo quý, 6 tháng, năm sẽ chưa được lập lịch."));
		}
		return checked;
	}

	/**
	 * A plan whose body gives no report dates may date its reports in the appendix instead (seed 002: "BC công tác
	 * CCHC + Quý I: 10/3/2025 + …" in a report task's time cell): those cells become the plan's reporting rules.
	 */
	private List<ReportingRule> withAppendixReports(PlanDraft draft, Checked checked) {
		List<ReportingRule> rules = new ArrayList<>(draft.reportingRules());
		boolean dated = rules.stream().anyMatch(r -> r.quarterly() != null || r.yearly() != null || !r.dates().isEmpty());
		if (dated) {
			return rules;
		}
		for (CheckedTask task : checked.tasks) {
			if (task.schedule == null || task.schedule.kind() != ScheduleKind.MULTI
					|| !mentionsReport(task.row.content())) {
				continue;
			}
			String report = task.row.deliverables().isEmpty() ? task.row.content() : task.row.deliverables().get(0);
			List<ReportingRule> found = reportingRules.parseAppendixCell(report, task.row.timePhrase()).rules();
			if (!found.isEmpty()) {
				rules.addAll(found);
				checked.problems.add(ImportProblem.warning(task.row.row(), "Thời gian",
						"Lịch báo cáo lấy từ ô thời gian của nhiệm vụ %s: %s.".formatted(task.number,
								found.stream().map(ReportingRule::report).toList())));
			}
		}
		return rules;
	}

	/** "Xây dựng báo cáo …", "BC công tác CCHC", "Bái cáo" (as issued), accents and case aside. */
	private static boolean mentionsReport(String text) {
		if (text == null) {
			return false;
		}
		String key = " " + CellSplitter.key(text) + " ";
		return key.contains("bao cao") || key.contains("bai cao") || key.matches("(?s).*[^a-z]bc[^a-z].*");
	}

	/** 1 → "I", 12 → "XII"; past the table, the number itself. */
	static String roman(int position) {
		return position >= 1 && position <= ROMAN.length ? ROMAN[position - 1] : String.valueOf(position);
	}

	/**
	 * The numbers tasks are known by. Plans that restart numbering in every section (seed 002, and plans whose
	 * sections are not the seven reform areas) get the section's numeral or letter in front, as the section row
	 * writes it ("II.12", "B.3"), or the section's position in Roman numerals when its heading has none, so that
	 * every task of a plan has its own number. A plan read without section rows (YAML without {@code section})
	 * numbers its sections by their areas, in the order they come.
	 */
	static Map<PlanDraft.TaskRow, String> numbers(List<PlanDraft.TaskRow> rows, List<ImportProblem> problems) {
		Set<String> seen = new HashSet<>();
		boolean restarts = false;
		for (PlanDraft.TaskRow row : rows) {
			if (row.number() != null && !seen.add(row.number())) {
				restarts = true;
			}
		}
		Map<PlanDraft.TaskRow, String> numbers = new LinkedHashMap<>();
		if (!restarts) {
			rows.forEach(row -> numbers.put(row, row.number()));
			return numbers;
		}
		Map<ReformArea, String> sections = new HashMap<>();
		for (PlanDraft.TaskRow row : rows) {
			String section = row.section() != null ? row.section()
					: sections.computeIfAbsent(row.area(), area -> roman(sections.size() + 1));
			numbers.put(row, section + "." + row.number());
		}
		Set<String> qualified = new HashSet<>();
		for (PlanDraft.TaskRow row : rows) {
			if (!qualified.add(numbers.get(row))) {
				problems.add(ImportProblem.error(row.row(), "TT",
						"Số thứ tự %s lặp lại trong cùng một mục%s.".formatted(row.number(),
								row.sectionTitle() == null ? "" : " (“%s”)".formatted(row.sectionTitle()))));
			}
		}
		problems.add(ImportProblem.warning(null, "TT",
				"Số thứ tự bắt đầu lại ở mỗi mục: Parflow gọi nhiệm vụ bằng số (hoặc chữ) của mục và số thứ tự, ví dụ %s."
					.formatted(numbers.get(rows.get(rows.size() - 1)))));
		return numbers;
	}

	private CheckedTask checkTask(PlanDraft.TaskRow row, Checked checked) {
		CheckedTask task = new CheckedTask(row, checked.numbers.get(row));
		List<ImportProblem> problems = checked.problems;
		if (row.content() == null || row.content().isBlank()) {
			problems.add(ImportProblem.error(row.row(), "Nội dung nhiệm vụ", "Nhiệm vụ %s không có nội dung."
				.formatted(row.number())));
		}
		else if (row.content().length() > MAX_CONTENT) {
			problems.add(ImportProblem.error(row.row(), "Nội dung nhiệm vụ",
					"Nội dung nhiệm vụ %s dài %d ký tự, quá giới hạn %d.".formatted(row.number(),
							row.content().length(), MAX_CONTENT)));
		}
		if (row.area() == null && row.sectionTitle() == null) {
			problems.add(ImportProblem.warning(row.row(), "Lĩnh vực",
					"Nhiệm vụ %s không thuộc mục lĩnh vực CCHC nào đọc được.".formatted(row.number())));
		}
		tooLong(row, "Thời gian", row.timePhrase(), 1000, problems);
		tooLong(row, "Ghi chú", row.notes(), 2000, problems);
		row.deliverables().forEach(d -> tooLong(row, "Sản phẩm", d, 1000, problems));
		List<String> coordinatingNames = new ArrayList<>(row.coordinating());
		String lead = row.lead() == null ? "" : row.lead().strip();
		if (lead.isEmpty()) {
			problems.add(ImportProblem.error(row.row(), "Cơ quan chủ trì",
					"Nhiệm vụ %s thiếu cơ quan chủ trì.".formatted(row.number())));
		}
		else {
			tooLong(row, "Cơ quan chủ trì", lead, 500, problems);
			String[] leads = lead.split("\\s*;\\s*");
			if (leads.length > 1) {
				// "Văn phòng HĐND và UBND xã; Các phòng, ban, ngành": the first unit leads, the others coordinate
				for (int i = leads.length - 1; i >= 1; i--) {
					if (!leads[i].isBlank()) {
						coordinatingNames.add(0, leads[i]);
					}
				}
				problems.add(ImportProblem.warning(row.row(), "Cơ quan chủ trì",
						"Nhiệm vụ %s ghi nhiều cơ quan chủ trì; “%s” chủ trì, các đơn vị còn lại phối hợp."
							.formatted(row.number(), leads[0])));
			}
			task.leadAsWritten = lead;
			UnitMatch match = units.match(checked.corrections.unitName(row.row(), leads[0]), checked.draft.locality());
			if (!match.found()) {
				problems.add(ImportProblem.error(row.row(), "Cơ quan chủ trì", match.error()));
				task.unmatched.add(new UnmatchedUnit("Cơ quan chủ trì", leads[0], match.suggestion(), match.error()));
			}
			else if (match.units().size() != 1 && checked.coordinatingUnit != null) {
				// "Các phòng, ban, ngành" lead: every office does its own part, which reaches the plan's
				// coordinating office through the coordination step; the office consolidates and submits
				task.lead = checked.coordinatingUnit;
				coordinatingNames.add(0, leads[0]);
				problems.add(ImportProblem.warning(row.row(), "Cơ quan chủ trì",
						"Nhiệm vụ %s do “%s” chủ trì: mỗi đơn vị làm phần việc của mình ở bước phối hợp, %s tổng hợp và nộp sản phẩm."
							.formatted(row.number(), leads[0], checked.coordinatingUnit.name())));
			}
			else if (match.units().size() != 1) {
				String message = "“%s” chỉ nhiều đơn vị và kế hoạch không nêu cơ quan đầu mối; nhiệm vụ %s cần đúng một cơ quan chủ trì."
					.formatted(leads[0], row.number());
				problems.add(ImportProblem.error(row.row(), "Cơ quan chủ trì", message));
				task.unmatched.add(new UnmatchedUnit("Cơ quan chủ trì", leads[0], null, message));
			}
			else {
				task.lead = match.units().get(0);
			}
		}
		task.coordinatingWritten.addAll(coordinatingNames);
		for (String name : coordinatingNames) {
			UnitMatch match = units.match(checked.corrections.unitName(row.row(), name), checked.draft.locality());
			if (!match.found()) {
				problems.add(ImportProblem.error(row.row(), "Cơ quan phối hợp", match.error()));
				task.unmatched.add(new UnmatchedUnit("Cơ quan phối hợp", name, match.suggestion(), match.error()));
				continue;
			}
			tooLong(row, "Cơ quan phối hợp", name, 500, problems);
			for (UnitRef unit : match.units()) {
				if (task.lead == null || !unit.code().equals(task.lead.code())) {
					task.coordinating.add(new CoordinatingUnit(unit.code(), unit.name(), name));
				}
			}
		}
		String phrase = row.timePhrase() == null ? null : row.timePhrase().strip();
		if (phrase == null || phrase.isEmpty()) {
			task.schedule = Schedule.unresolved("Ô thời gian để trống.");
		}
		else if (checked.period != null) {
			task.schedule = deadlines.parse(phrase, checked.period);
		}
		LocalDate setByPerson = checked.corrections.deadlines().get(row.row());
		if (setByPerson != null && task.schedule != null && task.schedule.kind() == ScheduleKind.UNRESOLVED) {
			if (checked.period != null && setByPerson.isBefore(checked.period.start())) {
				problems.add(ImportProblem.error(row.row(), "Thời gian",
						"Thời hạn %s của nhiệm vụ %s ở trước kỳ kế hoạch (bắt đầu %s).".formatted(DAY.format(setByPerson),
								task.number, DAY.format(checked.period.start()))));
			}
			else {
				String note = "Thời hạn do người nhập kế hoạch đặt: %s (không đọc được từ “%s”)."
					.formatted(DAY.format(setByPerson), phrase == null ? "" : phrase);
				task.schedule = new Schedule(ScheduleKind.ONE_OFF, List.of(new Deadline(setByPerson, null)), note, null);
				problems.add(ImportProblem.warning(row.row(), "Thời gian", "Nhiệm vụ %s: %s".formatted(task.number, note)));
			}
		}
		if (task.schedule != null && task.schedule.kind() == ScheduleKind.UNRESOLVED && !checked.noTimes) {
			problems.add(ImportProblem.warning(row.row(), "Thời gian",
					"Chưa đọc được thời hạn của nhiệm vụ %s (“%s”): %s Người điều phối kế hoạch sẽ đặt ngày trước khi nhiệm vụ bắt đầu."
						.formatted(task.number, phrase == null ? "" : phrase, task.schedule.reason())));
		}
		return task;
	}

	private static void tooLong(PlanDraft.TaskRow row, String column, String value, int max,
			List<ImportProblem> problems) {
		if (value != null && value.length() > max) {
			problems.add(ImportProblem.error(row.row(), column,
					"Ô “%s” của nhiệm vụ %s dài %d ký tự, quá giới hạn %d.".formatted(column, row.number(),
							value.length(), max)));
		}
	}

	private static final class CheckedTask {

		final PlanDraft.TaskRow row;

		final String number;

		String leadAsWritten;

		UnitRef lead;

		final List<CoordinatingUnit> coordinating = new ArrayList<>();

		/** The coordinating units as written, matched or not, in the plan's order. */
		final List<String> coordinatingWritten = new ArrayList<>();

		final List<UnmatchedUnit> unmatched = new ArrayList<>();

		Schedule schedule;

		CheckedTask(PlanDraft.TaskRow row, String number) {
			this.row = row;
			this.number = number;
		}

		TaskView view() {
			return new TaskView(number, row.area(), PlanViews.areaName(row.area(), row.sectionTitle()), row.content(),
					lead == null ? null : new UnitView(lead.code(), lead.name()),
					coordinating.stream().map(c -> new UnitView(c.getUnitCode(), c.getUnitName())).distinct().toList(),
					coordinating.stream().map(CoordinatingUnit::getAsWritten).distinct().toList(), row.timePhrase(),
					schedule == null ? null : ScheduleView.of(schedule), row.deliverables(), row.notes(),
					TaskStatus.NOT_STARTED, null, List.of(), row.area() == null ? row.sectionTitle() : null,
					leadAsWritten != null ? leadAsWritten : row.lead(), coordinatingWritten.stream().distinct().toList(),
					List.copyOf(unmatched));
		}

	}

	private static final class Checked {

		final PlanDraft draft;

		final List<ImportProblem> problems = new ArrayList<>();

		final List<CheckedTask> tasks = new ArrayList<>();

		Map<PlanDraft.TaskRow, String> numbers = Map.of();

		/** No task has a time: said once for the plan. */
		boolean noTimes;

		ImportCorrections corrections = ImportCorrections.NONE;

		String code;

		PlanPeriod period;

		UnitRef coordinatingUnit;

		List<ReportingRule> reportingRules = List.of();

		List<ReportDeadline> reportDeadlines = List.of();

		Checked(PlanDraft draft) {
			this.draft = draft;
		}

		boolean hasErrors() {
			return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
		}

		Plan toPlan(String filename, String importedBy, Instant at) {
			Plan plan = new Plan(code, draft.title(), period);
			plan.describe(draft.issuingBody(), draft.locality(), draft.decisionNumber(), draft.decisionDate());
			if (coordinatingUnit != null) {
				plan.coordinatedBy(coordinatingUnit.code(), coordinatingUnit.name());
			}
			plan.reportsBy(reportingRules);
			plan.importedFrom(filename, importedBy, at);
			int position = 0;
			for (CheckedTask checkedTask : tasks) {
				PlanDraft.TaskRow row = checkedTask.row;
				PlanTask task = new PlanTask(plan, position++, row.row(), checkedTask.number, row.area(),
						row.content().strip());
				task.inSection(row.sectionTitle());
				task.ledBy(checkedTask.leadAsWritten, checkedTask.lead.code(), checkedTask.lead.name());
				task.coordinatedWith(checkedTask.coordinating);
				task.scheduled(row.timePhrase(), checkedTask.schedule);
				task.produces(row.deliverables(), row.notes());
				plan.addTask(task);
			}
			return plan;
		}

		PlanImportReport report(Outcome outcome) {
			List<Problem> errors = problems.stream()
				.filter(p -> p.severity() == Severity.ERROR)
				.map(Problem::of)
				.toList();
			List<Problem> warnings = problems.stream()
				.filter(p -> p.severity() == Severity.WARNING)
				.map(Problem::of)
				.toList();
			return new PlanImportReport(outcome, code, draft.title(), draft.periodStart(), draft.periodEnd(),
					tasks.size(), tasks.stream().map(CheckedTask::view).toList(), reportingRules,
					reportDeadlines, errors, warnings);
		}

	}

}
