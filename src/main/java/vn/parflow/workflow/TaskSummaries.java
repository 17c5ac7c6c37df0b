package vn.parflow.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.parflow.calendar.WorkingDays;
import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.PlanViews.TaskView;
import vn.parflow.system.ProcessTasks;
import vn.parflow.workflow.PlanTaskRouting.DueDay;
import vn.parflow.workflow.internal.TaskEvent;
import vn.parflow.workflow.internal.TaskEventRepository;

/**
 * What the forms show above their fields ({@link PlanTaskProcess#VIEW_SUMMARY}): the task as the plan wrote it,
 * what it must produce, its deadline, the coordinating units' input, the last return's reason, the deliverable to
 * approve. Markdown, which the Tasklist's Camunda Forms render; text that people or plans wrote is escaped.
 */
@Component
class TaskSummaries {

	private static final Pattern MARKDOWN = Pattern.compile("([\\\\`*_\\[\\]<>#|~])");

	private final TaskEventRepository events;

	private final UnitPeople people;

	private final PlanQueries plans;

	private final TaskFiles files;

	private final WorkingDays workingDays;

	private final ZoneId zone;

	TaskSummaries(TaskEventRepository events, UnitPeople people, PlanQueries plans, TaskFiles files,
			WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.zone = clock.getZone();
		this.events = events;
		this.people = people;
		this.plans = plans;
		this.files = files;
	}

	/** Task_SetDeadline: the time phrase as written and why no date could be read. */
	String setDeadline(PlanTaskRef task) {
		StringBuilder text = header(task);
		plans.task(task.planCode(), task.number()).ifPresent(view -> describeSchedule(view, text));
		text.append("\n\nHãy đặt hạn xử lý (ngày cuối cùng còn đúng hạn) để nhiệm vụ bắt đầu.");
		return text.toString();
	}

	private static void describeSchedule(TaskView view, StringBuilder text) {
		text.append("\n**Thời gian ghi trong kế hoạch:** ")
			.append(view.timePhrase() == null ? "(để trống)" : "“" + escape(view.timePhrase()) + "”");
		if (view.schedule() != null && view.schedule().reason() != null) {
			text.append("\n**Lý do chưa đọc được thời hạn:** ").append(escape(view.schedule().reason()));
		}
	}

	/** Task_AssignOfficer. */
	String assignOfficer(PlanTaskRef task) {
		StringBuilder text = header(task);
		deadlines(task, text);
		text.append("\n\nHãy chọn công chức của ").append(escape(task.leadUnitName())).append(" thực hiện nhiệm vụ.");
		return text.toString();
	}

	/** Task_AssignOfficer's choices: "username|full name" separated by ";", for the form's select. */
	String officerChoices(PlanTaskRef task) {
		return people.officers(task.leadUnitCode())
			.stream()
			.map(username -> username + "|" + people.name(username) + " (" + username + ")")
			.collect(Collectors.joining(";"));
	}

	/** Task_ProvideInput, for one coordinating unit. */
	String provideInput(PlanTaskRef task, String unitCode, LocalDate due) {
		StringBuilder text = header(task);
		text.append("\n**Đơn vị phối hợp:** ").append(escape(people.unitName(unitCode)))
			.append("\n**Hạn gửi ý kiến:** ").append(PlanTaskWorkflow.DAY.format(due))
			.append("\n\nHãy gửi ý kiến, số liệu của đơn vị để ").append(escape(task.leadUnitName()))
			.append(" tổng hợp vào sản phẩm.");
		return text.toString();
	}

	/** Task_SubmitDeliverable, for one deadline. */
	String submitDeliverable(PlanTaskRef task, int deadlineIndex) {
		StringBuilder text = header(task);
		deadline(PlanTaskRouting.dueDay(task, deadlineIndex), text);
		inputs(task, text);
		List<TaskEvent> reviews = events.findByPlanTaskIdOrderByIdAsc(task.id())
			.stream()
			.filter(e -> e.getDeadlineIndex() != null && e.getDeadlineIndex() == deadlineIndex)
			.filter(e -> e.getKind() == TaskEventKind.RETURNED || e.getKind() == TaskEventKind.APPROVED)
			.toList();
		if (!reviews.isEmpty() && reviews.get(reviews.size() - 1).getKind() == TaskEventKind.RETURNED) {
			TaskEvent last = reviews.get(reviews.size() - 1);
			long returns = reviews.stream().filter(e -> e.getKind() == TaskEventKind.RETURNED).count();
			text.append("\n\n> **Sản phẩm bị trả lại (lần ").append(returns).append(")")
				.append(last.getActor() == null ? "" : " bởi " + escape(people.name(last.getActor())))
				.append(":** ").append(escape(last.getDetail()).replace("\n", "\n> "));
		}
		return text.toString();
	}

	/** Task_ApproveDeliverable: the task and the deliverable submitted for one deadline. */
	String approveDeliverable(PlanTaskRef task, int deadlineIndex, Submission submission, String officer) {
		StringBuilder text = header(task);
		deadline(PlanTaskRouting.dueDay(task, deadlineIndex), text);
		inputs(task, text);
		text.append("\n\n**Sản phẩm đã nộp")
			.append(officer == null ? "" : " (" + escape(people.name(officer)) + ")")
			.append(":**");
		if (submission.progressReport() != null) {
			text.append("\n").append(escape(submission.progressReport()));
		}
		if (submission.documentNumber() != null) {
			text.append("\n- Văn bản số ").append(escape(submission.documentNumber()));
			if (submission.documentDate() != null) {
				text.append(" ngày ").append(day(submission.documentDate()));
			}
		}
		if (submission.documentLink() != null) {
			text.append("\n- Tài liệu: [").append(escape(submission.documentLink())).append("](")
				.append(submission.documentLink().replace(")", "%29").replace(" ", "%20")).append(")");
		}
		events.findByPlanTaskIdAndKindOrderByIdAsc(task.id(), TaskEventKind.SUBMITTED)
			.stream()
			.filter(e -> e.getDeadlineIndex() != null && e.getDeadlineIndex() == deadlineIndex)
			.reduce((first, second) -> second)
			.filter(e -> e.getCamundaTaskId() != null)
			.ifPresent(e -> files.of(e.getCamundaTaskId())
				.forEach(file -> text.append("\n- Tệp đính kèm: [").append(escape(file.name())).append("](")
					.append(file.downloadPath()).append(")")));
		if (submission.comment() != null) {
			text.append("\n- Ghi chú: ").append(escape(submission.comment()));
		}
		text.append("\n\nDuyệt sản phẩm, hoặc bỏ chọn và nêu lý do để trả lại cho công chức sửa, bổ sung.");
		return text.toString();
	}

	private StringBuilder header(PlanTaskRef task) {
		StringBuilder text = new StringBuilder();
		text.append("### Nhiệm vụ ").append(escape(task.number())).append(": ").append(escape(task.content()))
			.append("\n**Kế hoạch:** ").append(escape(task.planCode()))
			.append("\n**Đơn vị chủ trì:** ").append(escape(task.leadUnitName()));
		if (!task.deliverables().isEmpty()) {
			text.append("\n**Sản phẩm:** ")
				.append(task.deliverables().stream().map(TaskSummaries::escape).collect(Collectors.joining("; ")));
		}
		if (task.notes() != null && !task.notes().isBlank()) {
			text.append("\n**Yêu cầu, ghi chú:** ").append(escape(task.notes()));
		}
		return text;
	}

	private void deadlines(PlanTaskRef task, StringBuilder text) {
		List<DueDay> days = PlanTaskRouting.dueDays(task);
		if (days.size() == 1) {
			deadline(days.get(0), text);
		}
		else if (!days.isEmpty()) {
			text.append("\n**Hạn xử lý:** ").append(days.stream()
				.map(d -> (d.label() == null ? "" : escape(d.label()) + ": ") + PlanTaskWorkflow.DAY.format(d.due()))
				.collect(Collectors.joining("; ")));
			days.forEach(d -> dayOffNote(d, text));
		}
	}

	private void deadline(DueDay day, StringBuilder text) {
		text.append("\n**Hạn xử lý:** ")
			.append(day.label() == null ? "" : escape(day.label()) + " – ")
			.append(PlanTaskWorkflow.DAY.format(day.due()));
		dayOffNote(day, text);
	}

	/** The deadline stays as the plan wrote it; the summary says when it falls on a day off. */
	private void dayOffNote(DueDay day, StringBuilder text) {
		workingDays.deadlineNote(day.due()).ifPresent(note -> text.append("\n**Lưu ý:** ").append(escape(note)));
	}

	private void inputs(PlanTaskRef task, StringBuilder text) {
		if (PlanTaskRouting.coordinatingUnits(task).isEmpty()) {
			return;
		}
		List<TaskEvent> inputs = events.findByPlanTaskIdAndKindOrderByIdAsc(task.id(), TaskEventKind.INPUT_PROVIDED);
		text.append("\n\n**Ý kiến của các đơn vị phối hợp:**");
		if (inputs.isEmpty()) {
			text.append(" chưa có.");
			return;
		}
		for (TaskEvent input : inputs) {
			text.append("\n- **").append(escape(people.unitName(input.getUnitCode()))).append("**");
			if (input.getActor() != null) {
				text.append(" (").append(escape(people.name(input.getActor()))).append(")");
			}
			text.append(": ").append(escape(input.getDetail()).replace("\n", "  \n  "));
		}
	}

	private String day(String asEntered) {
		try {
			LocalDate day = ProcessTasks.formDate(asEntered, zone);
			return day == null ? "" : PlanTaskWorkflow.DAY.format(day);
		}
		catch (IllegalArgumentException ex) {
			return escape(asEntered);
		}
	}

	static String escape(String text) {
		return text == null ? "" : MARKDOWN.matcher(text).replaceAll("\\\\$1");
	}

}
