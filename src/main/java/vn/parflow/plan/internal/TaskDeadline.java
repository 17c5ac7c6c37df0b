package vn.parflow.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One deadline of a task as the schedule parser read it: the last day on time and its label. */
@Embeddable
public class TaskDeadline {

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Column(name = "label")
	private String label;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Column(name = "returns", nullable = false)
	private int returns;

	@Column(name = "set_by", length = 100)
	private String setBy;

	@Column(name = "document_number", length = 100)
	private String documentNumber;

	@Column(name = "document_date")
	private LocalDate documentDate;

	@Column(name = "document_link", length = 1000)
	private String documentLink;

	protected TaskDeadline() {
	}

	public TaskDeadline(LocalDate dueDate, String label) {
		this.dueDate = dueDate;
		this.label = label;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public String getLabel() {
		return label;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}

	public int getReturns() {
		return returns;
	}

	/** Who set this deadline by hand (an unreadable time phrase), or null when it was read from the plan. */
	public String getSetBy() {
		return setBy;
	}

	/** The number of the document submitted as the deliverable (e.g. "125/KH-UBND"), or null. */
	public String getDocumentNumber() {
		return documentNumber;
	}

	public LocalDate getDocumentDate() {
		return documentDate;
	}

	public String getDocumentLink() {
		return documentLink;
	}

	/** Approved, and the approved deliverable was submitted on or before the due date (in the plan's time zone). */
	public Boolean onTime(ZoneId zone) {
		if (approvedAt == null || submittedAt == null) {
			return null;
		}
		return !submittedAt.atZone(zone).toLocalDate().isAfter(dueDate);
	}

	public void submitted(Instant at) {
		this.submittedAt = at;
	}

	public void document(String number, LocalDate date, String link) {
		this.documentNumber = number;
		this.documentDate = date;
		this.documentLink = link;
	}

	public void returned() {
		this.returns++;
	}

	public void approved(Instant at) {
		this.approvedAt = at;
	}

	public void setBy(String who) {
		this.setBy = who;
	}

}
