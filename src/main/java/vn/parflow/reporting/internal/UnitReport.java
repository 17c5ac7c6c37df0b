package vn.parflow.reporting.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The part one lead unit sends for a report cycle: its results and its difficulties. */
@Entity
@Table(name = "pf_report_unit")
public class UnitReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "cycle_id", nullable = false)
	private ReportCycle cycle;

	@Column(nullable = false)
	private int position;

	@Column(name = "unit_code", nullable = false, length = 50)
	private String unitCode;

	@Column(name = "unit_name", nullable = false)
	private String unitName;

	@Column(length = 2000)
	private String results;

	@Column(length = 2000)
	private String difficulties;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "submitted_by", length = 64)
	private String submittedBy;

	protected UnitReport() {
	}

	public UnitReport(ReportCycle cycle, int position, String unitCode, String unitName) {
		this.cycle = cycle;
		this.position = position;
		this.unitCode = unitCode;
		this.unitName = unitName;
	}

	public void submitted(String results, String difficulties, String by, Instant at) {
		this.results = results;
		this.difficulties = difficulties;
		this.submittedBy = by;
		this.submittedAt = at;
	}

	public boolean isSubmitted() {
		return submittedAt != null;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public String getUnitName() {
		return unitName;
	}

	public String getResults() {
		return results;
	}

	public String getDifficulties() {
		return difficulties;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

}
