package vn.parflow.plan.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import vn.parflow.plan.ReformArea;
import vn.parflow.plan.TaskStatus;
import vn.parflow.schedule.Deadline;
import vn.parflow.schedule.Schedule;
import vn.parflow.schedule.ScheduleKind;

/** One row of a plan's appendix: what is to be done, by whom, by when, and what it produces. */
@Entity
@Table(name = "pf_plan_task")
public class PlanTask {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id", nullable = false)
	private Plan plan;

	@Column(nullable = false)
	private int position;

	@Column(name = "source_row")
	private Integer sourceRow;

	@Column(nullable = false, length = 20)
	private String number;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private ReformArea area;

	/** The heading of the section the task stands in, as written; null when the plan has no section rows. */
	@Column(name = "section_title", length = 1000)
	private String sectionTitle;

	@Column(nullable = false, length = 4000)
	private String content;

	@Column(name = "lead_as_written", nullable = false, length = 500)
	private String leadAsWritten;

	@Column(name = "lead_unit_code", nullable = false, length = 50)
	private String leadUnitCode;

	@Column(name = "lead_unit_name", nullable = false)
	private String leadUnitName;

	@ElementCollection
	@CollectionTable(name = "pf_plan_task_coordinating", joinColumns = @JoinColumn(name = "task_id"))
	@OrderColumn(name = "position")
	private List<CoordinatingUnit> coordinating = new ArrayList<>();

	@Column(name = "time_phrase", length = 1000)
	private String timePhrase;

	@Enumerated(EnumType.STRING)
	@Column(name = "schedule_kind", nullable = false, length = 12)
	private ScheduleKind scheduleKind;

	@ElementCollection
	@CollectionTable(name = "pf_plan_task_deadline", joinColumns = @JoinColumn(name = "task_id"))
	@OrderColumn(name = "position")
	private List<TaskDeadline> deadlines = new ArrayList<>();

	@Column(name = "schedule_note", length = 1000)
	private String scheduleNote;

	@Column(name = "schedule_reason", length = 500)
	private String scheduleReason;

	@ElementCollection
	@CollectionTable(name = "pf_plan_task_deliverable", joinColumns = @JoinColumn(name = "task_id"))
	@OrderColumn(name = "position")
	@Column(name = "deliverable", nullable = false, length = 1000)
	private List<String> deliverables = new ArrayList<>();

	@Column(length = 2000)
	private String notes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private TaskStatus status = TaskStatus.NOT_STARTED;

	@Column(length = 100)
	private String officer;

	protected PlanTask() {
	}

	public PlanTask(Plan plan, int position, Integer sourceRow, String number, ReformArea area, String content) {
		this.plan = plan;
		this.position = position;
		this.sourceRow = sourceRow;
		this.number = number;
		this.area = area;
		this.content = content;
	}

	public void inSection(String title) {
		this.sectionTitle = title;
	}

	public String getSectionTitle() {
		return sectionTitle;
	}

	public void ledBy(String asWritten, String unitCode, String unitName) {
		this.leadAsWritten = asWritten;
		this.leadUnitCode = unitCode;
		this.leadUnitName = unitName;
	}

	public void coordinatedWith(List<CoordinatingUnit> units) {
		this.coordinating = new ArrayList<>(units);
	}

	public void scheduled(String timePhrase, Schedule schedule) {
		this.timePhrase = timePhrase;
		this.scheduleKind = schedule.kind();
		this.scheduleNote = schedule.note();
		this.scheduleReason = schedule.reason();
		this.deadlines = new ArrayList<>();
		for (Deadline deadline : schedule.deadlines()) {
			this.deadlines.add(new TaskDeadline(deadline.date(), deadline.label()));
		}
	}

	public void produces(List<String> deliverables, String notes) {
		this.deliverables = new ArrayList<>(deliverables);
		this.notes = notes;
	}

	public Long getId() {
		return id;
	}

	public Plan getPlan() {
		return plan;
	}

	public int getPosition() {
		return position;
	}

	public Integer getSourceRow() {
		return sourceRow;
	}

	public String getNumber() {
		return number;
	}

	public ReformArea getArea() {
		return area;
	}

	public String getContent() {
		return content;
	}

	public String getLeadAsWritten() {
		return leadAsWritten;
	}

	public String getLeadUnitCode() {
		return leadUnitCode;
	}

	public String getLeadUnitName() {
		return leadUnitName;
	}

	public List<CoordinatingUnit> getCoordinating() {
		return Collections.unmodifiableList(coordinating);
	}

	public String getTimePhrase() {
		return timePhrase;
	}

	/** The schedule as it was read at import: kind, deadlines with labels, note and reason. */
	public Schedule getSchedule() {
		return new Schedule(scheduleKind,
				deadlines.stream().map(d -> new Deadline(d.getDueDate(), d.getLabel())).toList(), scheduleNote,
				scheduleReason);
	}

	public List<String> getDeliverables() {
		return Collections.unmodifiableList(deliverables);
	}

	public String getNotes() {
		return notes;
	}

	public TaskStatus getStatus() {
		return status;
	}

	public void setStatus(TaskStatus status) {
		this.status = status;
	}

	/** The officer (username) the task was assigned to, or null before assignment. */
	public String getOfficer() {
		return officer;
	}

	public void assignTo(String officer) {
		this.officer = officer;
	}

	/** The deadlines with their live state, in order. */
	public List<TaskDeadline> getDeadlines() {
		return Collections.unmodifiableList(deadlines);
	}

	public TaskDeadline deadline(int index) {
		if (index < 0 || index >= deadlines.size()) {
			throw new IllegalArgumentException(
					"Nhiệm vụ %s không có thời hạn thứ %d.".formatted(number, index + 1));
		}
		return deadlines.get(index);
	}

	/** A deadline set by a person for a task whose time phrase could not be read. */
	public void setDeadline(java.time.LocalDate due, String by) {
		TaskDeadline deadline = new TaskDeadline(due, null);
		deadline.setBy(by);
		this.deadlines = new ArrayList<>(List.of(deadline));
		this.scheduleKind = ScheduleKind.ONE_OFF;
	}

}
