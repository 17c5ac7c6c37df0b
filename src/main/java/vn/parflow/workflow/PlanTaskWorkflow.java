package vn.parflow.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import vn.parflow.calendar.WorkingDays;
import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.TaskProgress;
import vn.parflow.plan.TaskStatus;
import vn.parflow.schedule.ScheduleKind;
import vn.parflow.system.ProcessTasks;
import vn.parflow.workflow.internal.TaskEvent;
import vn.parflow.workflow.internal.TaskEventRepository;

/**
 * What happens to a plan task as its process runs: the checks on what people enter, the live state written back
 * through {@link TaskProgress}, the task's history (pf_task_event), and the reminder and overdue events the mail
 * helper sends. Called by the listeners and delegates of PlanTaskProcess inside the engine's transaction, and by
 * the model's expressions ({@code ${planTaskWorkflow.deadlineOpened(planTaskId, deadlineIndex)}}).
 * <p>
 * A check that fails throws {@link IllegalArgumentException} with a Vietnamese message for the person; the listener
 * turns it into an error the Tasklist shows, and the task stays open.
 */
@Service("planTaskWorkflow")
public class PlanTaskWorkflow {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final int MAX_TEXT = 3000;

	private static final Pattern LINK = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

	private final TaskProgress progress;

	private final TaskEventRepository events;

	private final UnitPeople people;

	private final WorkflowProperties properties;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final WorkingDays workingDays;

	PlanTaskWorkflow(TaskProgress progress, TaskEventRepository events, UnitPeople people,
			WorkflowProperties properties, ApplicationEventPublisher publisher, Clock clock, WorkingDays workingDays) {
		this.workingDays = workingDays;
		this.progress = progress;
		this.events = events;
		this.people = people;
		this.properties = properties;
		this.publisher = publisher;
		this.clock = clock;
	}

	// ---- status changes named in the model

	/** The coordinating units are asked for their input. */
	public void coordinationStarted(Long planTaskId) {
		progress.statusChanged(planTaskId, TaskStatus.IN_COORDINATION);
	}

	/** The officer starts on a deadline (the first, or the next after one was approved). */
	public void deadlineOpened(Long planTaskId, Integer deadlineIndex) {
		progress.statusChanged(planTaskId, TaskStatus.IN_PROGRESS);
	}

	/** Every deadline is approved (an ONGOING task: every report period is over). */
	public void taskDone(Long planTaskId) {
		progress.statusChanged(planTaskId, TaskStatus.DONE);
		record(new TaskEvent(planTaskId, TaskEventKind.DONE, null, null, now()));
	}

	// ---- what people do

	/** The process started; a task whose officer is known is assigned to them at once. */
	void activated(long planTaskId, String officer, String by) {
		record(new TaskEvent(planTaskId, TaskEventKind.ACTIVATED, null, by, now()));
		if (officer != null) {
			progress.assigned(planTaskId, officer);
			record(new TaskEvent(planTaskId, TaskEventKind.ASSIGNED, null, null, now())
				.detail("Giao cho " + person(officer) + " (đơn vị chỉ có một công chức hoặc nhiệm vụ đã ghi tên)."));
		}
	}

	/** The plan's coordinator sets the deadline of a task whose time phrase could not be read. */
	void deadlineSet(long planTaskId, String dueAsEntered, String by) {
		LocalDate due = date(dueAsEntered, "Hãy chọn hạn xử lý của nhiệm vụ.");
		if (due.isBefore(today())) {
			throw new IllegalArgumentException(
					"Thời hạn %s đã qua; hãy chọn một ngày từ hôm nay trở đi.".formatted(DAY.format(due)));
		}
		progress.deadlineSet(planTaskId, due, by);
		record(new TaskEvent(planTaskId, TaskEventKind.DEADLINE_SET, 0, by, now()).detail("Hạn: " + DAY.format(due)));
	}

	/** The head of the lead unit gives the task to one of the unit's people. */
	void officerAssigned(long planTaskId, String officer, String by) {
		PlanTaskRef task = progress.task(planTaskId);
		if (officer == null || officer.isBlank()) {
			throw new IllegalArgumentException("Hãy chọn công chức thực hiện nhiệm vụ.");
		}
		if (!people.worksIn(officer, task.leadUnitCode())) {
			throw new IllegalArgumentException("“%s” không phải công chức của %s; hãy chọn người trong danh sách."
				.formatted(officer, task.leadUnitName()));
		}
		progress.assigned(planTaskId, officer);
		record(new TaskEvent(planTaskId, TaskEventKind.ASSIGNED, null, by, now()).detail("Giao cho " + person(officer)));
	}

	/** A coordinating unit sends its input. */
	void inputProvided(long planTaskId, String unitCode, String text, String link, String by, String camundaTaskId) {
		String input = required(text, "Hãy nhập ý kiến, số liệu của đơn vị phối hợp.");
		tooLong(input, "Ý kiến của đơn vị phối hợp");
		String documents = link(link);
		record(new TaskEvent(planTaskId, TaskEventKind.INPUT_PROVIDED, null, by, now()).unit(unitCode)
			.camundaTask(camundaTaskId)
			.detail(documents == null ? input : input + "\nTài liệu: " + documents));
	}

	/** The officer submits the deliverable of one deadline (an ONGOING task: the progress of one report period). */
	void submitted(long planTaskId, int deadlineIndex, Submission submission, String by, String camundaTaskId) {
		PlanTaskRef task = progress.task(planTaskId);
		String detail;
		if (task.scheduleKind() == ScheduleKind.ONGOING) {
			String report = required(submission.progressReport(), "Hãy nhập kết quả thực hiện trong kỳ.");
			tooLong(report, "Kết quả thực hiện");
			String documents = link(submission.documentLink());
			detail = documents == null ? report : report + "\nTài liệu: " + documents;
			progress.statusChanged(planTaskId, TaskStatus.SUBMITTED);
		}
		else {
			String number = required(submission.documentNumber(), "Hãy nhập số, ký hiệu văn bản của sản phẩm.");
			LocalDate issued = date(submission.documentDate(), "Hãy chọn ngày ban hành văn bản.");
			if (issued.isAfter(today())) {
				throw new IllegalArgumentException(
						"Ngày ban hành %s ở sau hôm nay; hãy kiểm tra lại.".formatted(DAY.format(issued)));
			}
			String documents = link(submission.documentLink());
			if (documents == null && submission.attachments() == 0) {
				throw new IllegalArgumentException("Hãy nhập đường dẫn đến văn bản hoặc đính kèm tệp sản phẩm.");
			}
			if (submission.comment() != null) {
				tooLong(submission.comment(), "Ghi chú");
			}
			detail = describe(number, issued, documents, submission.attachments(), submission.comment());
			progress.submitted(planTaskId, deadlineIndex, now());
			progress.deliverableRecorded(planTaskId, deadlineIndex, shorten(number, 100), issued, documents);
		}
		record(new TaskEvent(planTaskId, TaskEventKind.SUBMITTED, deadlineIndex, by, now()).camundaTask(camundaTaskId)
			.detail(detail));
	}

	/** An approver approves the deliverable of one deadline, or returns it with a reason. */
	void reviewed(long planTaskId, int deadlineIndex, Boolean approved, String reason, String by,
			String camundaTaskId) {
		PlanTaskRef task = progress.task(planTaskId);
		boolean ongoing = task.scheduleKind() == ScheduleKind.ONGOING;
		if (Boolean.TRUE.equals(approved)) {
			if (ongoing) {
				progress.statusChanged(planTaskId, TaskStatus.IN_PROGRESS);
			}
			else {
				progress.approved(planTaskId, deadlineIndex, now());
			}
			record(new TaskEvent(planTaskId, TaskEventKind.APPROVED, deadlineIndex, by, now())
				.camundaTask(camundaTaskId));
			return;
		}
		String why = required(reason, "Hãy nêu lý do trả lại để công chức biết cần sửa, bổ sung gì.");
		tooLong(why, "Lý do trả lại");
		if (ongoing) {
			progress.statusChanged(planTaskId, TaskStatus.RETURNED);
		}
		else {
			progress.returned(planTaskId, deadlineIndex, why);
		}
		record(new TaskEvent(planTaskId, TaskEventKind.RETURNED, deadlineIndex, by, now()).camundaTask(camundaTaskId)
			.detail(why));
	}

	// ---- reminders and escalations

	/** BoundaryEvent_ReminderDue fired: reminds the officer unless this reminder window has had its reminder. */
	void remindOfficer(long planTaskId, int deadlineIndex, String camundaTaskId, String officer) {
		LocalDate due = PlanTaskRouting.dueDay(progress.task(planTaskId), deadlineIndex).due();
		remind(planTaskId, deadlineIndex, null, due, camundaTaskId, officer == null ? List.of() : List.of(officer));
	}

	/** BoundaryEvent_Overdue fired: tells the heads of the lead unit and the plan's coordinator. */
	void escalateOverdue(long planTaskId, int deadlineIndex, String camundaTaskId) {
		PlanTaskRef task = progress.task(planTaskId);
		LocalDate due = PlanTaskRouting.dueDay(task, deadlineIndex).due();
		escalate(planTaskId, deadlineIndex, null, due, camundaTaskId, headsAndCoordinator(task, task.leadUnitCode()));
	}

	/** BoundaryEvent_InputReminderDue fired: reminds the coordinating unit's people. */
	void remindInput(long planTaskId, String unitCode, LocalDate due, String camundaTaskId) {
		remind(planTaskId, 0, unitCode, due, camundaTaskId, people.everyone(unitCode));
	}

	/** BoundaryEvent_InputOverdue fired: tells the coordinating unit's heads and the plan's coordinator. */
	void escalateInput(long planTaskId, String unitCode, LocalDate due, String camundaTaskId) {
		PlanTaskRef task = progress.task(planTaskId);
		escalate(planTaskId, 0, unitCode, due, camundaTaskId, headsAndCoordinator(task, unitCode));
	}

	private void remind(long planTaskId, int deadlineIndex, String unitCode, LocalDate due, String camundaTaskId,
			List<String> recipients) {
		LocalDate today = today();
		List<Integer> earlier = sameTarget(planTaskId, TaskEventKind.REMINDER, deadlineIndex, unitCode).stream()
			.map(TaskEvent::getDays)
			.filter(Objects::nonNull)
			.toList();
		if (!ReminderRules.reminderOwed(due, today, properties.reminderDaysBefore(), earlier, workingDays)) {
			return;
		}
		int left = ReminderRules.daysLeft(due, today);
		record(new TaskEvent(planTaskId, TaskEventKind.REMINDER, deadlineIndex, null, now()).unit(unitCode)
			.days(left)
			.camundaTask(camundaTaskId)
			.detail("Còn %d ngày đến hạn %s; gửi: %s".formatted(left, DAY.format(due), names(recipients))));
		publisher.publishEvent(new TaskReminderDue(planTaskId, deadlineIndex, due, camundaTaskId, recipients, left));
	}

	private void escalate(long planTaskId, int deadlineIndex, String unitCode, LocalDate due, String camundaTaskId,
			List<String> recipients) {
		int periods = ReminderRules.periodsOverdue(due, today(), properties.escalationEvery());
		boolean raised = sameTarget(planTaskId, TaskEventKind.OVERDUE, deadlineIndex, unitCode).stream()
			.anyMatch(e -> Objects.equals(e.getDays(), periods));
		if (periods < 1 || raised) {
			return;
		}
		record(new TaskEvent(planTaskId, TaskEventKind.OVERDUE, deadlineIndex, null, now()).unit(unitCode)
			.days(periods)
			.camundaTask(camundaTaskId)
			.detail("Quá hạn %s (lần báo thứ %d); gửi: %s".formatted(DAY.format(due), periods, names(recipients))));
		publisher.publishEvent(new TaskOverdue(planTaskId, deadlineIndex, due, camundaTaskId, recipients, periods));
	}

	private List<TaskEvent> sameTarget(long planTaskId, TaskEventKind kind, int deadlineIndex, String unitCode) {
		return events.findByPlanTaskIdAndKindOrderByIdAsc(planTaskId, kind)
			.stream()
			.filter(e -> Objects.equals(e.getDeadlineIndex(), deadlineIndex) && Objects.equals(e.getUnitCode(), unitCode))
			.toList();
	}

	private List<String> headsAndCoordinator(PlanTaskRef task, String unitCode) {
		Set<String> recipients = new LinkedHashSet<>(people.heads(unitCode));
		if (task.planCoordinatingUnitCode() != null) {
			recipients.addAll(people.heads(task.planCoordinatingUnitCode()));
		}
		return new ArrayList<>(recipients);
	}

	// ---- reading

	/** The task's history, oldest first. */
	List<TaskEvent> history(long planTaskId) {
		return events.findByPlanTaskIdOrderByIdAsc(planTaskId);
	}

	// ---- helpers

	private void record(TaskEvent event) {
		events.save(event);
	}

	private Instant now() {
		return clock.instant();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private String person(String username) {
		return people.name(username) + " (" + username + ")";
	}

	private String names(List<String> usernames) {
		return usernames.isEmpty() ? "không có người nhận trong danh mục" : String.join(", ", usernames);
	}

	private static String describe(String number, LocalDate issued, String link, int attachments, String comment) {
		StringBuilder text = new StringBuilder("Văn bản số ").append(number).append(" ngày ").append(DAY.format(issued));
		if (link != null) {
			text.append("\nTài liệu: ").append(link);
		}
		if (attachments > 0) {
			text.append("\nTệp đính kèm: ").append(attachments);
		}
		if (comment != null) {
			text.append("\nGhi chú: ").append(comment);
		}
		return text.toString();
	}

	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static String required(String text, String message) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(message);
		}
		return text.strip();
	}

	private static void tooLong(String text, String what) {
		if (text.length() > MAX_TEXT) {
			throw new IllegalArgumentException(
					"%s dài %d ký tự; tối đa %d ký tự.".formatted(what, text.length(), MAX_TEXT));
		}
	}

	/** A link as entered, checked to be a web address; null when none was entered. */
	private static String link(String link) {
		if (link == null || link.isBlank()) {
			return null;
		}
		String trimmed = link.strip();
		if (!LINK.matcher(trimmed).matches() || trimmed.length() > 1000) {
			throw new IllegalArgumentException(
					"Đường dẫn “%s” không phải địa chỉ web (bắt đầu bằng http:// hoặc https://).".formatted(trimmed));
		}
		return trimmed;
	}

	/** A date as the forms give it ({@link ProcessTasks#formDate}); {@code whenMissing} when none was entered. */
	private LocalDate date(String text, String whenMissing) {
		LocalDate day = ProcessTasks.formDate(text, clock.getZone());
		if (day == null) {
			throw new IllegalArgumentException(whenMissing);
		}
		return day;
	}

}
