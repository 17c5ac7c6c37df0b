package vn.parflow.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.parflow.plan.PlanStatus;
import vn.parflow.plan.internal.ReportingRulesConverter;
import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.ReportingRule;

/** A CCHC plan as the commune issued it: its header, its reporting regime and its appendix tasks. */
@Entity
@Table(name = "pf_plan")
public class Plan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 50)
	private String code;

	@Column(nullable = false, length = 1000)
	private String title;

	@Column(name = "issuing_body")
	private String issuingBody;

	private String locality;

	@Column(name = "period_start", nullable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", nullable = false)
	private LocalDate periodEnd;

	@Column(name = "decision_number", length = 100)
	private String decisionNumber;

	@Column(name = "decision_date")
	private LocalDate decisionDate;

	@Column(name = "coordinating_unit_code", length = 50)
	private String coordinatingUnitCode;

	@Column(name = "coordinating_unit_name")
	private String coordinatingUnitName;

	@Convert(converter = ReportingRulesConverter.class)
	@Column(name = "reporting_rules", nullable = false, length = 8000)
	private List<ReportingRule> reportingRules = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private PlanStatus status = PlanStatus.DRAFT;

	@Column(name = "source_file")
	private String sourceFile;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	@Column(name = "imported_by", length = 100)
	private String importedBy;

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<PlanTask> tasks = new ArrayList<>();

	protected Plan() {
	}

	public Plan(String code, String title, PlanPeriod period) {
		this.code = code;
		this.title = title;
		this.periodStart = period.start();
		this.periodEnd = period.end();
	}

	public void describe(String issuingBody, String locality, String decisionNumber, LocalDate decisionDate) {
		this.issuingBody = issuingBody;
		this.locality = locality;
		this.decisionNumber = decisionNumber;
		this.decisionDate = decisionDate;
	}

	public void coordinatedBy(String unitCode, String unitName) {
		this.coordinatingUnitCode = unitCode;
		this.coordinatingUnitName = unitName;
	}

	public void reportsBy(List<ReportingRule> rules) {
		this.reportingRules = new ArrayList<>(rules);
	}

	public void importedFrom(String sourceFile, String importedBy, Instant at) {
		this.sourceFile = sourceFile;
		this.importedBy = importedBy;
		this.importedAt = at;
	}

	public void addTask(PlanTask task) {
		tasks.add(task);
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getTitle() {
		return title;
	}

	public String getIssuingBody() {
		return issuingBody;
	}

	public String getLocality() {
		return locality;
	}

	public PlanPeriod getPeriod() {
		return new PlanPeriod(periodStart, periodEnd);
	}

	public String getDecisionNumber() {
		return decisionNumber;
	}

	public LocalDate getDecisionDate() {
		return decisionDate;
	}

	public String getCoordinatingUnitCode() {
		return coordinatingUnitCode;
	}

	public String getCoordinatingUnitName() {
		return coordinatingUnitName;
	}

	public List<ReportingRule> getReportingRules() {
		return Collections.unmodifiableList(reportingRules);
	}

	public PlanStatus getStatus() {
		return status;
	}

	public void setStatus(PlanStatus status) {
		this.status = status;
	}

	public String getSourceFile() {
		return sourceFile;
	}

	public Instant getImportedAt() {
		return importedAt;
	}

	public String getImportedBy() {
		return importedBy;
	}

	public List<PlanTask> getTasks() {
		return Collections.unmodifiableList(tasks);
	}

}
