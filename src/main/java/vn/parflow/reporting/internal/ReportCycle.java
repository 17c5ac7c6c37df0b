package vn.parflow.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.parflow.reporting.ReportCycleStatus;

/**
 * One report of a plan's calendar once its cycle has opened: the units' parts, the consolidated text, the leader's
 * decision, and the outgoing document with whether it left on time. Its process holds only its id.
 */
@Entity
@Table(name = "pf_report_cycle")
public class ReportCycle {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_code", nullable = false, length = 50)
	private String planCode;

	@Column(nullable = false)
	private String report;

	@Column(name = "report_period", nullable = false, length = 50)
	private String period;

	@Column(nullable = false)
	private LocalDate due;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private ReportCycleStatus status = ReportCycleStatus.OPEN;

	@Column(name = "process_instance_id", length = 64)
	private String processInstanceId;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "consolidation_started_at")
	private Instant consolidationStartedAt;

	@Column(name = "consolidated_at")
	private Instant consolidatedAt;

	@Column(name = "consolidated_by", length = 64)
	private String consolidatedBy;

	@Column(name = "report_text", length = 4000)
	private String reportText;

	@Column(name = "return_count", nullable = false)
	private int returnCount;

	@Column(name = "return_reason", length = 2000)
	private String returnReason;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Column(name = "approved_by", length = 64)
	private String approvedBy;

	@Column(name = "document_number", length = 100)
	private String documentNumber;

	@Column(name = "document_date")
	private LocalDate documentDate;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "submitted_by", length = 64)
	private String submittedBy;

	@Column(name = "submitted_on_time")
	private Boolean submittedOnTime;

	@Column(name = "approved_docx_id", length = 36)
	private String approvedDocxId;

	@Column(name = "approved_xlsx_id", length = 36)
	private String approvedXlsxId;

	@OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<UnitReport> units = new ArrayList<>();

	protected ReportCycle() {
	}

	public ReportCycle(String planCode, String report, String period, LocalDate due, Instant openedAt) {
		this.planCode = planCode;
		this.report = report;
		this.period = period;
		this.due = due;
		this.openedAt = openedAt;
	}

	public void addUnit(String unitCode, String unitName) {
		units.add(new UnitReport(this, units.size(), unitCode, unitName));
	}

	public void started(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	public void consolidationStarted(Instant at) {
		if (consolidationStartedAt == null) {
			consolidationStartedAt = at;
		}
	}

	public void consolidated(String text, String by, Instant at) {
		requireStatus(ReportCycleStatus.OPEN);
		this.reportText = text;
		this.consolidatedBy = by;
		this.consolidatedAt = at;
	}

	public void approved(String by, Instant at) {
		requireStatus(ReportCycleStatus.OPEN);
		this.status = ReportCycleStatus.APPROVED;
		this.approvedBy = by;
		this.approvedAt = at;
		this.returnReason = null;
	}

	/** The .docx and .xlsx as the leader approved them, in the attachment store. */
	public void approvedVersion(String docxId, String xlsxId) {
		this.approvedDocxId = docxId;
		this.approvedXlsxId = xlsxId;
	}

	/** Sent back to the coordinating office: the consolidation is to be done again. */
	public void returned(String reason) {
		requireStatus(ReportCycleStatus.OPEN);
		this.returnCount++;
		this.returnReason = reason;
		this.consolidatedAt = null;
	}

	public void submitted(String documentNumber, LocalDate documentDate, String by, Instant at) {
		requireStatus(ReportCycleStatus.APPROVED);
		this.status = ReportCycleStatus.SUBMITTED;
		this.documentNumber = documentNumber;
		this.documentDate = documentDate;
		this.submittedBy = by;
		this.submittedAt = at;
		this.submittedOnTime = !documentDate.isAfter(due);
	}

	private void requireStatus(ReportCycleStatus expected) {
		if (status != expected) {
			throw new IllegalStateException("Kỳ báo cáo %s – %s đang ở trạng thái %s, không thực hiện được bước này."
				.formatted(report, period, status));
		}
	}

	public Optional<UnitReport> unit(String unitCode) {
		return units.stream().filter(u -> u.getUnitCode().equals(unitCode)).findFirst();
	}

	public Long getId() {
		return id;
	}

	public String getPlanCode() {
		return planCode;
	}

	public String getReport() {
		return report;
	}

	public String getPeriod() {
		return period;
	}

	public LocalDate getDue() {
		return due;
	}

	public ReportCycleStatus getStatus() {
		return status;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public Instant getConsolidationStartedAt() {
		return consolidationStartedAt;
	}

	public Instant getConsolidatedAt() {
		return consolidatedAt;
	}

	public String getConsolidatedBy() {
		return consolidatedBy;
	}

	public String getReportText() {
		return reportText;
	}

	public int getReturnCount() {
		return returnCount;
	}

	public String getReturnReason() {
		return returnReason;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}

	public String getApprovedBy() {
		return approvedBy;
	}

	public String getDocumentNumber() {
		return documentNumber;
	}

	public LocalDate getDocumentDate() {
		return documentDate;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public Boolean getSubmittedOnTime() {
		return submittedOnTime;
	}

	public String getApprovedDocxId() {
		return approvedDocxId;
	}

	public String getApprovedXlsxId() {
		return approvedXlsxId;
	}

	public List<UnitReport> getUnits() {
		return Collections.unmodifiableList(units);
	}

}
