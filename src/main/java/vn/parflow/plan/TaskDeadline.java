package vn.parflow.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One deadline of a task as the schedule parser read it: the last day on time and its label. */
@Embeddable
public class TaskDeadline {

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Column(name = "label")
	private String label;

	protected TaskDeadline() {
	}

	TaskDeadline(LocalDate dueDate, String label) {
		this.dueDate = dueDate;
		this.label = label;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public String getLabel() {
		return label;
	}

}
