package vn.parflow.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parflow.directory.Directory;
import vn.parflow.directory.GroupNames;
import vn.parflow.directory.Role;
import vn.parflow.plan.PlanProgress;
import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.TaskProgress;
import vn.parflow.reporting.ReportTexts.DraftHeader;
import vn.parflow.reporting.ReportTexts.UnitPart;
import vn.parflow.plan.PlanQueries.PlanReporting;
import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.ReportDeadline;

/**
 * The report cycles of the active plans: opens a cycle (once: opening again returns the cycle already open) by
 * starting ReportCycleProcess, records each step of it (the units' parts, the consolidation, the leader's decision,
 * the outgoing document and whether it left on time), and says who still owes their part.
 */
@Service
@Transactional
public class ReportCycles {

	private static final Logger log = LoggerFactory.getLogger(ReportCycles.class);

	static final int MAX_UNIT_TEXT = 2000;

	private final ReportCycleRepository cycles;

	private final ReportingPlans plans;

	private final RuntimeService runtime;

	private final ApplicationEventPublisher events;

	private final Directory directory;

	private final PlanProgress progress;

	private final TaskProgress tasks;

	private final ReportingProperties properties;

	private final Clock clock;

	private final ReportDocuments documents;

	ReportCycles(ReportCycleRepository cycles, ReportingPlans plans, RuntimeService runtime,
			ApplicationEventPublisher events, Directory directory, PlanProgress progress, TaskProgress tasks,
			ReportingProperties properties, Clock clock, ReportDocuments documents) {
		this.documents = documents;
		this.cycles = cycles;
		this.plans = plans;
		this.runtime = runtime;
		this.events = events;
		this.directory = directory;
		this.progress = progress;
		this.tasks = tasks;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Opens the cycle of one report of an active plan: stores it with a part for each unit that leads a task of the
	 * plan, starts ReportCycleProcess (business key {@code {planCode}/{report}/{period}}, variable
	 * {@code reportCycleId}) and publishes {@link ReportCycleOpened}. A cycle already opened is returned as it is.
	 *
	 * @throws IllegalArgumentException when the plan or the report is unknown
	 * @throws IllegalStateException    when the plan is not active
	 */
	public ReportCycleView open(String planCode, String report, String period) {
		Optional<ReportCycle> existing = cycles.findByPlanCodeAndReportAndPeriod(planCode, report, period);
		if (existing.isPresent()) {
			return ReportCycleView.of(existing.get());
		}
		PlanReporting plan = plans.plan(planCode)
			.orElseThrow(() -> new IllegalArgumentException("Không có kế hoạch mã " + planCode + "."));
		if (!plan.active()) {
			throw new IllegalStateException("Kế hoạch %s đang ở trạng thái %s: chỉ kế hoạch đang thực hiện (ACTIVE) mới mở kỳ báo cáo."
				.formatted(planCode, plan.status()));
		}
		ReportDeadline deadline = plans.deadline(plan, report, period)
			.orElseThrow(() -> new IllegalArgumentException("Chế độ báo cáo của kế hoạch %s không có “%s – %s”."
				.formatted(planCode, report, period)));
		ReportCycle cycle = new ReportCycle(planCode, report, period, deadline.due(), Instant.now(clock));
		plan.leadUnits().forEach(cycle::addUnit);
		cycle = cycles.saveAndFlush(cycle);
		ProcessInstance instance = runtime.startProcessInstanceByKey(ReportCycleProcess.PROCESS_ID,
				businessKey(planCode, report, period),
				Map.of(ReportCycleProcess.REPORT_CYCLE_ID, cycle.getId(), ReportCycleProcess.REPORT_LABEL,
						ReportTexts.label(report, period, deadline.due())));
		cycle.started(instance.getId());
		events.publishEvent(new ReportCycleOpened(planCode, report, period, deadline.due(), instance.getId()));
		log.info("Mở kỳ báo cáo {} – {} của kế hoạch {} (hạn {}): {} đơn vị gửi báo cáo", report, period, planCode,
				deadline.due(), cycle.getUnits().size());
		return ReportCycleView.of(cycle);
	}

	/** {@code VIETKHE-2025-H2/bao-cao-cong-tac-cai-cach-hanh-chinh/quy-iii}. */
	static String businessKey(String planCode, String report, String period) {
		return planCode + "/" + Slugs.of(report, 120) + "/" + Slugs.of(period, 40);
	}

	/**
	 * The usernames of the people who still owe their part of a report: the heads and officers of each unit whose
	 * part is not in while the units are reporting; the coordinating office's people while the consolidation is not
	 * done (or was sent back), and while the outgoing document is not recorded; the approvers while the report waits
	 * for approval. Before the cycle opens everyone involved owes; once the report left, nobody. Empty for a report
	 * the plan does not have.
	 */
	@Transactional(readOnly = true)
	public List<String> owing(String planCode, String report, String period) {
		Optional<PlanReporting> plan = plans.plan(planCode);
		if (plan.isEmpty() || plans.deadline(plan.get(), report, period).isEmpty()) {
			return List.of();
		}
		TreeSet<String> owing = new TreeSet<>();
		String office = plan.get().coordinatingUnitCode();
		Optional<ReportCycle> found = cycles.findByPlanCodeAndReportAndPeriod(planCode, report, period);
		if (found.isEmpty()) {
			plan.get().leadUnits().keySet().forEach(unit -> owing.addAll(officers(unit)));
			owing.addAll(officers(office));
			return List.copyOf(owing);
		}
		ReportCycle cycle = found.get();
		switch (cycle.getStatus()) {
			case SUBMITTED -> {
				return List.of();
			}
			case APPROVED -> owing.addAll(officers(office));
			case OPEN -> {
				if (cycle.getConsolidationStartedAt() == null) {
					cycle.getUnits().stream()
						.filter(unit -> !unit.isSubmitted())
						.forEach(unit -> owing.addAll(officers(unit.getUnitCode())));
				}
				if (cycle.getConsolidatedAt() == null) {
					owing.addAll(officers(office));
				}
				else {
					owing.addAll(directory.withRole(Role.APPROVER));
				}
			}
		}
		return List.copyOf(owing);
	}

	private List<String> officers(String unitCode) {
		if (unitCode == null) {
			return List.of();
		}
		return directory.members(unitCode);
	}

	@Transactional(readOnly = true)
	public List<ReportCycleView> cycles(String planCode) {
		return cycles.findByPlanCodeOrderByDueAscReportAsc(planCode).stream().map(ReportCycleView::of).toList();
	}

	@Transactional(readOnly = true)
	public Optional<ReportCycleView> cycle(long id) {
		return cycles.findById(id).map(ReportCycleView::of);
	}

	@Transactional(readOnly = true)
	public boolean opened(String planCode, String report, String period) {
		return cycles.existsByPlanCodeAndReportAndPeriod(planCode, report, period);
	}

	// ---- the steps of ReportCycleProcess (called by its listeners, which hold only the cycle's id)

	@Transactional(readOnly = true)
	List<String> unitCodes(long cycleId) {
		return load(cycleId).getUnits().stream().map(UnitReport::getUnitCode).toList();
	}

	/** The units' parts are due {@code unit-report-days-before} days before the report, at the end of the day. */
	@Transactional(readOnly = true)
	Date unitReportDue(long cycleId) {
		return at(load(cycleId).getDue().minusDays(properties.unitReportDaysBefore()));
	}

	@Transactional(readOnly = true)
	Date reportDue(long cycleId) {
		return at(load(cycleId).getDue());
	}

	/**
	 * When the units' stage closes if some unit has not sent its part, so that one silent unit cannot hold the report
	 * back: at the units' due time, but never sooner than a day after the cycle opened.
	 */
	@Transactional(readOnly = true)
	Date unitReportsCloseAt(long cycleId) {
		ReportCycle cycle = load(cycleId);
		Instant due = unitReportDue(cycleId).toInstant();
		Instant earliest = cycle.getOpenedAt().plusSeconds(24 * 3600);
		return Date.from(due.isBefore(earliest) ? earliest : due);
	}

	/** {@code unit-<coordinating office>}, or {@code plan-admins} for a plan that names no coordinating office. */
	@Transactional(readOnly = true)
	String coordinatingGroup(long cycleId) {
		ReportCycle cycle = load(cycleId);
		return plans.plan(cycle.getPlanCode())
			.map(PlanReporting::coordinatingUnitCode)
			.map(GroupNames::unit)
			.orElse(GroupNames.PLAN_ADMINS);
	}

	private Date at(LocalDate day) {
		return Date.from(day.atTime(properties.dueAt()).atZone(clock.getZone()).toInstant());
	}

	/** The unit's name and the list of its tasks with their live status, for its report form. */
	@Transactional(readOnly = true)
	UnitReportForm unitReportForm(long cycleId, String unitCode) {
		ReportCycle cycle = load(cycleId);
		UnitReport unit = unit(cycle, unitCode);
		List<PlanTaskRef> led = tasks.tasks(cycle.getPlanCode())
			.stream()
			.filter(task -> unitCode.equals(task.leadUnitCode()))
			.toList();
		return new UnitReportForm(unit.getUnitName(), ReportTexts.unitTasks(unit.getUnitName(), led, today()),
				nullToEmpty(unit.getResults()), nullToEmpty(unit.getDifficulties()));
	}

	record UnitReportForm(String unitName, String tasks, String results, String difficulties) {
	}

	void unitReportSubmitted(long cycleId, String unitCode, String results, String difficulties, String by) {
		if (results == null || results.isBlank()) {
			throw new IllegalArgumentException("Hãy ghi kết quả thực hiện nhiệm vụ của đơn vị trong kỳ báo cáo.");
		}
		tooLong("Kết quả thực hiện", results, MAX_UNIT_TEXT);
		tooLong("Khó khăn, vướng mắc", difficulties, MAX_UNIT_TEXT);
		ReportCycle cycle = load(cycleId);
		unit(cycle, unitCode).submitted(results.strip(), difficulties == null ? null : difficulties.strip(), by,
				Instant.now(clock));
	}

	/**
	 * The text of the consolidation form: the text saved before when the report was sent back, otherwise a draft
	 * from the plan's progress and the units' parts; with the leader's reason when it was sent back.
	 */
	ConsolidationForm consolidationForm(long cycleId) {
		ReportCycle cycle = load(cycleId);
		cycle.consolidationStarted(Instant.now(clock));
		String text = cycle.getReportText() != null ? cycle.getReportText() : draft(cycle);
		return new ConsolidationForm(text, nullToEmpty(cycle.getReturnReason()));
	}

	record ConsolidationForm(String reportText, String returnReason) {
	}

	/** The draft of the consolidated report, as of today. */
	@Transactional(readOnly = true)
	public String draft(long cycleId) {
		return draft(load(cycleId));
	}

	private String draft(ReportCycle cycle) {
		String title = plans.plan(cycle.getPlanCode()).map(PlanReporting::title).orElse(cycle.getPlanCode());
		List<UnitPart> parts = new ArrayList<>();
		for (UnitReport unit : cycle.getUnits()) {
			parts.add(new UnitPart(unit.getUnitName(), unit.getResults(), unit.getDifficulties(), unit.getSubmittedBy(),
					unit.getSubmittedAt()));
		}
		PlanPeriod range = plans.plan(cycle.getPlanCode())
			.map(plan -> ReportPeriods.range(cycle.getPeriod(), cycle.getDue(), plan.period()))
			.orElse(null);
		return ReportTexts.draft(new DraftHeader(title, cycle.getReport(), cycle.getPeriod(), cycle.getDue()),
				range == null ? progress.progress(cycle.getPlanCode())
						: progress.progress(cycle.getPlanCode(), range.start(), range.end()),
				parts, clock.getZone());
	}

	void consolidated(long cycleId, String text, String by) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("Nội dung báo cáo tổng hợp đang để trống.");
		}
		tooLong("Nội dung báo cáo tổng hợp", text, ReportTexts.MAX_TEXT);
		load(cycleId).consolidated(text.strip(), by, Instant.now(clock));
	}

	@Transactional(readOnly = true)
	String reportText(long cycleId) {
		return nullToEmpty(load(cycleId).getReportText());
	}

	/**
	 * The leader's decision. {@code approve}: the report may leave; {@code return}: back to the coordinating office,
	 * with the reason, which is required.
	 *
	 * @return whether the report was approved
	 */
	boolean decided(long cycleId, String decision, String reason, String by) {
		ReportCycle cycle = load(cycleId);
		if (ReportCycleProcess.DECISION_APPROVE.equals(decision)) {
			cycle.approved(by, Instant.now(clock));
			return true;
		}
		if (ReportCycleProcess.DECISION_RETURN.equals(decision)) {
			if (reason == null || reason.isBlank()) {
				throw new IllegalArgumentException("Hãy ghi lý do trả lại báo cáo để phòng đầu mối sửa.");
			}
			tooLong("Lý do trả lại", reason, 2000);
			cycle.returned(reason.strip());
			return false;
		}
		throw new IllegalArgumentException("Hãy chọn “Duyệt” hoặc “Trả lại” báo cáo.");
	}

	/** The addresses of the cycle's documents: the draft as of now, and the approved version once approved. */
	@Transactional(readOnly = true)
	DocumentLinks documentLinks(long cycleId) {
		ReportCycleView.Documents documents = ReportCycleView.Documents.of(load(cycleId));
		return new DocumentLinks(documents.draftDocx(), documents.draftXlsx(), nullToEmpty(documents.approvedDocx()),
				nullToEmpty(documents.approvedXlsx()));
	}

	record DocumentLinks(String draftDocx, String draftXlsx, String approvedDocx, String approvedXlsx) {
	}

	/** The leader approved: both documents are kept, as they are now, with the cycle. */
	void keepApprovedVersion(long cycleId, String camundaTaskId, String processInstanceId, String by) {
		documents.keepApprovedVersion(cycleId, camundaTaskId, processInstanceId, by);
	}

	/** Records the outgoing document; the report left on time when the document is dated on or before the deadline. */
	void recordSubmission(long cycleId, String documentNumber, LocalDate documentDate, String by) {
		if (documentNumber == null || documentNumber.isBlank()) {
			throw new IllegalArgumentException("Hãy nhập số văn bản báo cáo đã gửi (ví dụ 125/BC-UBND).");
		}
		tooLong("Số văn bản", documentNumber, 100);
		if (documentDate == null) {
			throw new IllegalArgumentException("Hãy nhập ngày ban hành văn bản báo cáo.");
		}
		if (documentDate.isAfter(today())) {
			throw new IllegalArgumentException("Ngày văn bản %s chưa tới: hãy nhập ngày đã ký gửi báo cáo."
				.formatted(ReportTexts.DAY.format(documentDate)));
		}
		ReportCycle cycle = load(cycleId);
		cycle.submitted(documentNumber.strip(), documentDate, by, Instant.now(clock));
		log.info("Kỳ báo cáo {} – {} của kế hoạch {} đã gửi: văn bản {} ngày {} ({})", cycle.getReport(),
				cycle.getPeriod(), cycle.getPlanCode(), cycle.getDocumentNumber(), documentDate,
				Boolean.TRUE.equals(cycle.getSubmittedOnTime()) ? "đúng hạn" : "trễ hạn");
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private ReportCycle load(long cycleId) {
		return cycles.findById(cycleId)
			.orElseThrow(() -> new IllegalArgumentException("Không có kỳ báo cáo mã " + cycleId + "."));
	}

	private static UnitReport unit(ReportCycle cycle, String unitCode) {
		return cycle.unit(unitCode)
			.orElseThrow(() -> new IllegalArgumentException("Đơn vị %s không gửi báo cáo trong kỳ %s – %s."
				.formatted(unitCode, cycle.getReport(), cycle.getPeriod())));
	}

	private static void tooLong(String field, String text, int max) {
		if (text != null && text.length() > max) {
			throw new IllegalArgumentException("“%s” dài %d ký tự, quá giới hạn %d ký tự.".formatted(field,
					text.length(), max));
		}
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
