package vn.parflow.workflow.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.parflow.workflow.TaskEventKind;

/** One line of a plan task's history (pf_task_event). Written once, never changed. */
@Entity
@Table(name = "pf_task_event")
public class TaskEvent {

	static final int MAX_DETAIL = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_task_id", nullable = false)
	private long planTaskId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private TaskEventKind kind;

	@Column(name = "deadline_index")
	private Integer deadlineIndex;

	/** Who did it (username); null when Parflow did it (reminders, escalations, automatic assignment). */
	@Column(length = 100)
	private String actor;

	/** The coordinating unit (input, its reminders), or null. */
	@Column(name = "unit_code", length = 50)
	private String unitCode;

	/** Days left for a reminder, weeks overdue for an escalation. */
	private Integer days;

	@Column(length = MAX_DETAIL)
	private String detail;

	@Column(name = "camunda_task_id", length = 64)
	private String camundaTaskId;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	protected TaskEvent() {
	}

	public TaskEvent(long planTaskId, TaskEventKind kind, Integer deadlineIndex, String actor, Instant occurredAt) {
		this.planTaskId = planTaskId;
		this.kind = kind;
		this.deadlineIndex = deadlineIndex;
		this.actor = actor;
		this.occurredAt = occurredAt;
	}

	public TaskEvent unit(String unitCode) {
		this.unitCode = unitCode;
		return this;
	}

	public TaskEvent days(Integer days) {
		this.days = days;
		return this;
	}

	public TaskEvent detail(String detail) {
		this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail
				: detail.substring(0, MAX_DETAIL - 1) + "…";
		return this;
	}

	public TaskEvent camundaTask(String camundaTaskId) {
		this.camundaTaskId = camundaTaskId;
		return this;
	}

	public Long getId() {
		return id;
	}

	public long getPlanTaskId() {
		return planTaskId;
	}

	public TaskEventKind getKind() {
		return kind;
	}

	public Integer getDeadlineIndex() {
		return deadlineIndex;
	}

	public String getActor() {
		return actor;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public Integer getDays() {
		return days;
	}

	public String getDetail() {
		return detail;
	}

	public String getCamundaTaskId() {
		return camundaTaskId;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

}
