package vn.parflow.web;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.parflow.attachment.AttachmentService;
import vn.parflow.directory.Directory;
import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.PlanViews.PlanView;
import vn.parflow.plan.PlanViews.TaskView;
import vn.parflow.plan.TaskProgress;
import vn.parflow.workflow.TaskEventKind;
import vn.parflow.workflow.TaskHistory;
import vn.parflow.workflow.TaskHistory.Entry;

/**
 * A plan task's page: the task in the plan's own words, its deadlines and where each stands, its history (the same
 * as {@code GET /api/plans/{code}/tasks/{number}/history}), the deliverable submitted and its files, and links that
 * open its open steps in the Tasklist. Who may open it is who may read its history (vn.parflow.security.PageSecurity).
 */
@Controller
class TaskPageController {

	private final PlanQueries queries;

	private final TaskProgress progress;

	private final TaskHistory history;

	private final AttachmentService attachments;

	private final TaskService tasks;

	private final Directory directory;

	TaskPageController(PlanQueries queries, TaskProgress progress, TaskHistory history, AttachmentService attachments,
			TaskService tasks, Directory directory) {
		this.directory = directory;
		this.queries = queries;
		this.progress = progress;
		this.history = history;
		this.attachments = attachments;
		this.tasks = tasks;
	}

	/** An open step of the task's process, to open in the Tasklist. */
	public record OpenStep(String id, String name, String assignee, java.util.Date due) {

		public String tasklist() {
			return "/camunda/app/tasklist/default/#/?task=" + id;
		}
	}

	@GetMapping("/plans/{code}/tasks/{number}")
	String task(@PathVariable String code, @PathVariable String number, Model model) {
		PlanView plan = queries.plan(code).orElseThrow(() -> notFound(code, number));
		PlanTaskRef ref = progress.task(code, number).orElseThrow(() -> notFound(code, number));
		TaskView task = queries.tasks(code).stream().filter(view -> view.number().equals(number)).findFirst()
			.orElseThrow(() -> notFound(code, number));
		List<Entry> entries = history.history(code, number).orElse(List.of());
		List<OpenStep> open = tasks.createTaskQuery().processInstanceBusinessKey(ref.businessKey()).active()
			.orderByTaskCreateTime().asc().list().stream()
			.map((Task t) -> new OpenStep(t.getId(), t.getName(), t.getAssignee(), t.getDueDate()))
			.toList();
		model.addAttribute("plan", plan);
		model.addAttribute("task", task);
		model.addAttribute("ref", ref);
		model.addAttribute("officerName", task.officer() == null ? null
				: directory.fullName(task.officer()));
		model.addAttribute("history", entries);
		model.addAttribute("submissions", entries.stream().filter(e -> e.kind() == TaskEventKind.SUBMITTED).toList());
		model.addAttribute("files", attachments.attachmentsOfPlanTask(ref.id()));
		model.addAttribute("openSteps", open);
		return "web/task";
	}

	private static ResponseStatusException notFound(String code, String number) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND,
				"Kế hoạch %s không có nhiệm vụ số %s.".formatted(code, number));
	}

}
