package vn.parflow.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parflow.attachment.AttachmentService;
import vn.parflow.attachment.AttachmentService.StoredFile;
import vn.parflow.attachment.AttachmentView;
import vn.parflow.directory.Directory;
import vn.parflow.plan.PlanProgress;
import vn.parflow.plan.PlanProgress.ProgressReport;
import vn.parflow.plan.PlanProgress.TaskRow;
import vn.parflow.plan.PlanQueries.PlanReporting;
import vn.parflow.reporting.ReportTexts.UnitPart;
import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.ReportDeadline;
import vn.parflow.schedule.ReportingRule;

/**
 * The consolidated report of a plan's report, as the commune sends it: a Word document in the form of Decree
 * 30/2020/NĐ-CP and the annex as a spreadsheet, drafted from the plan's live state (the figures of
 * {@link PlanProgress} for the report's period, the units' parts gathered in the cycle, one annex row per task due
 * in the period). Reports are addressed by the slugs of the Quartz job keys
 * ({@code bao-cao-cong-tac-cai-cach-hanh-chinh/quy-iii}). When the leader approves, both documents are kept in the
 * attachment store with the cycle, to be downloaded later exactly as approved.
 */
@Service
@Transactional(readOnly = true)
public class ReportDocuments {

	private static final Logger log = LoggerFactory.getLogger(ReportDocuments.class);

	static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Pattern LOCALITY_KIND = Pattern
		.compile("^(?i)(xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh)\\s+");

	/** A document made: its file name, type and bytes. */
	record Generated(String fileName, String contentType, byte[] content) {
	}

	enum Kind {

		DOCX("docx", DOCX_TYPE), XLSX("xlsx", XLSX_TYPE);

		final String extension;

		final String contentType;

		Kind(String extension, String contentType) {
			this.extension = extension;
			this.contentType = contentType;
		}
	}

	/** A report of a plan's calendar, and its cycle once opened. */
	record Target(PlanReporting plan, ReportDeadline deadline, Optional<ReportCycle> cycle) {
	}

	private final ReportingPlans plans;

	private final ReportCycleRepository cycles;

	private final PlanProgress progress;

	private final Directory directory;

	private final AttachmentService attachments;

	private final ReportingProperties properties;

	private final Clock clock;

	ReportDocuments(ReportingPlans plans, ReportCycleRepository cycles, PlanProgress progress, Directory directory,
			AttachmentService attachments, ReportingProperties properties, Clock clock) {
		this.plans = plans;
		this.cycles = cycles;
		this.progress = progress;
		this.directory = directory;
		this.attachments = attachments;
		this.properties = properties;
		this.clock = clock;
	}

	/** The address of a report's document: {@code /api/plans/{code}/reports/{report}/{period}.docx}. */
	static String path(String planCode, String report, String period, String extension) {
		return "/api/plans/" + URLEncoder.encode(planCode, StandardCharsets.UTF_8).replace("+", "%20") + "/reports/"
				+ Slugs.of(report, 120) + "/" + Slugs.of(period, 40) + "." + extension;
	}

	/** The report of a plan whose slugs are these, with its cycle if it opened; empty when there is none. */
	Optional<Target> target(String planCode, String reportSlug, String periodSlug) {
		Optional<PlanReporting> plan = plans.plan(planCode);
		if (plan.isEmpty()) {
			return Optional.empty();
		}
		return plan.get().deadlines()
			.stream()
			.filter(d -> Slugs.of(d.report(), 120).equals(reportSlug) && Slugs.of(d.period(), 40).equals(periodSlug))
			.findFirst()
			.map(d -> new Target(plan.get(), d, cycles.findByPlanCodeAndReportAndPeriod(planCode, d.report(), d.period())));
	}

	/** The draft as of now, from the plan's live state. */
	Optional<Generated> draft(String planCode, String reportSlug, String periodSlug, Kind kind) {
		return target(planCode, reportSlug, periodSlug).map(target -> render(document(target), kind));
	}

	/** The version the leader approved, exactly as it was stored; empty when not approved (yet). */
	Optional<Generated> approved(String planCode, String reportSlug, String periodSlug, Kind kind) {
		return target(planCode, reportSlug, periodSlug).flatMap(Target::cycle).flatMap(cycle -> {
			String id = kind == Kind.DOCX ? cycle.getApprovedDocxId() : cycle.getApprovedXlsxId();
			return id == null ? Optional.empty() : attachments.content(id);
		}).map(ReportDocuments::generated);
	}

	private static Generated generated(StoredFile file) {
		return new Generated(file.attachment().name(), file.attachment().contentType(), file.content());
	}

	/**
	 * Makes both documents of a cycle the leader has just approved and keeps them in the attachment store with the
	 * approval task; the cycle refers to them from then on.
	 */
	@Transactional
	public void keepApprovedVersion(long cycleId, String camundaTaskId, String processInstanceId, String by) {
		ReportCycle cycle = cycles.findById(cycleId)
			.orElseThrow(() -> new IllegalArgumentException("Không có kỳ báo cáo mã " + cycleId + "."));
		PlanReporting plan = plans.plan(cycle.getPlanCode())
			.orElseThrow(() -> new IllegalArgumentException("Không có kế hoạch mã " + cycle.getPlanCode() + "."));
		ReportDeadline deadline = new ReportDeadline(cycle.getReport(), cycle.getPeriod(), cycle.getDue());
		ReportDocument document = document(new Target(plan, deadline, Optional.of(cycle)));
		Generated docx = render(document, Kind.DOCX);
		Generated xlsx = render(document, Kind.XLSX);
		AttachmentView storedDocx = attachments.storeGenerated(camundaTaskId, processInstanceId,
				approvedName(docx.fileName()), DOCX_TYPE, docx.content(), by);
		AttachmentView storedXlsx = attachments.storeGenerated(camundaTaskId, processInstanceId,
				approvedName(xlsx.fileName()), XLSX_TYPE, xlsx.content(), by);
		cycle.approvedVersion(storedDocx.id(), storedXlsx.id());
		log.info("Lưu bản đã duyệt của {} – {} (kế hoạch {}): {}, {}", cycle.getReport(), cycle.getPeriod(),
				cycle.getPlanCode(), storedDocx.id(), storedXlsx.id());
	}

	private static String approvedName(String name) {
		int dot = name.lastIndexOf('.');
		return name.substring(0, dot) + "-da-duyet" + name.substring(dot);
	}

	Generated render(ReportDocument document, Kind kind) {
		String name = document.planCode() + "-" + Slugs.of(document.report(), 80) + "-" + Slugs.of(document.period(), 40)
				+ "." + kind.extension;
		byte[] content = kind == Kind.DOCX ? ReportDocx.render(template(), document) : ReportXlsx.render(document);
		return new Generated(name, kind.contentType, content);
	}

	/** The administrator's template when the file is there, otherwise the built-in one. */
	byte[] template() {
		Path file = properties.template();
		if (file != null && Files.isRegularFile(file)) {
			try {
				return Files.readAllBytes(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Không đọc được mẫu báo cáo " + file + ": " + ex.getMessage(), ex);
			}
		}
		return DefaultReportTemplate.docx();
	}

	/** What the documents of a report say today. */
	ReportDocument document(Target target) {
		PlanReporting plan = target.plan();
		ReportDeadline deadline = target.deadline();
		PlanPeriod range = ReportPeriods.range(deadline.period(), deadline.due(), plan.period());
		List<TaskRow> rows = progress.rows(plan.code(), range.start(), range.end());
		ProgressReport figures = progress.summarise(plan.code(), range.start(), range.end(), rows);
		List<UnitPart> units = new ArrayList<>();
		String documentNumber = null;
		LocalDate date = LocalDate.now(clock);
		String signer = null;
		if (target.cycle().isPresent()) {
			ReportCycle cycle = target.cycle().get();
			for (UnitReport unit : cycle.getUnits()) {
				units.add(new UnitPart(unit.getUnitName(), unit.getResults(), unit.getDifficulties(),
						unit.getSubmittedBy(), unit.getSubmittedAt()));
			}
			if (cycle.getDocumentNumber() != null) {
				documentNumber = cycle.getDocumentNumber();
				date = cycle.getDocumentDate();
			}
			else if (cycle.getApprovedAt() != null) {
				date = cycle.getApprovedAt().atZone(clock.getZone()).toLocalDate();
			}
			if (cycle.getApprovedBy() != null) {
				signer = directory.fullName(cycle.getApprovedBy());
			}
		}
		else {
			plan.leadUnits().forEach((code, name) -> units.add(new UnitPart(name, null, null, null, null)));
		}
		String recipient = plan.rules()
			.stream()
			.filter(rule -> rule.report().equals(deadline.report()))
			.map(ReportingRule::recipient)
			.filter(r -> r != null && !r.isBlank())
			.findFirst()
			.orElse(null);
		return new ReportDocument(plan.code(), plan.title(), issuingBody(plan), place(plan), documentNumber, date,
				deadline.report(), deadline.period(), range.start(), range.end(), deadline.due(), recipient, figures,
				rows, units, properties.signerTitle(), signer, nextPeriod(plan, deadline, rows));
	}

	/** The tasks due in the next report period of the same report that are not in this one and not done. */
	private List<TaskRow> nextPeriod(PlanReporting plan, ReportDeadline deadline, List<TaskRow> current) {
		Optional<ReportDeadline> next = plan.deadlines()
			.stream()
			.filter(d -> d.report().equals(deadline.report()) && d.due().isAfter(deadline.due()))
			.findFirst();
		if (next.isEmpty()) {
			return List.of();
		}
		Set<Long> here = current.stream().map(TaskRow::taskId).collect(Collectors.toSet());
		PlanPeriod range = ReportPeriods.range(next.get().period(), next.get().due(), plan.period());
		return progress.rows(plan.code(), range.start(), range.end())
			.stream()
			.filter(row -> !here.contains(row.taskId()) && !row.standing().done())
			.toList();
	}

	private static String issuingBody(PlanReporting plan) {
		if (plan.issuingBody() != null && !plan.issuingBody().isBlank()) {
			return plan.issuingBody().strip();
		}
		return plan.locality() == null ? "Ủy ban nhân dân" : "Ủy ban nhân dân " + plan.locality().strip();
	}

	/** "xã Việt Khê" → "Việt Khê", for the place/date line. */
	static String place(PlanReporting plan) {
		String locality = plan.locality();
		if (locality == null || locality.isBlank()) {
			String body = plan.issuingBody() == null ? "" : plan.issuingBody().strip();
			locality = body.replaceFirst("^(?i)(ủy|uỷ) ban nhân dân\\s*", "");
		}
		return LOCALITY_KIND.matcher(locality.strip()).replaceFirst("");
	}

}
