package vn.parflow.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.parflow.directory.GroupNames;
import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.TaskProgress;
import vn.parflow.schedule.ScheduleKind;
import vn.parflow.system.ProcessTasks;

import static vn.parflow.workflow.PlanTaskProcess.*;

/**
 * The listeners and delegates PlanTaskProcess binds by name ({@code camunda:delegateExpression="${beanName}"}).
 * Each reads the process variables it needs, calls {@link PlanTaskWorkflow} or {@link TaskSummaries}; a
 * refused entry ({@link IllegalArgumentException} from the service) fails the completion: the task stays open and the
 * Tasklist shows the message. No rules live here.
 */
@Configuration(proxyBeanMethods = false)
class ProcessListeners {

	static final String TAMPERED = "Dữ liệu “%s” của quy trình không khớp với hồ sơ của Parflow; bước này không được"
			+ " ghi nhận. Hãy báo quản trị hệ thống.";

	private final PlanTaskWorkflow workflow;

	private final TaskProgress progress;

	private final TaskSummaries summaries;

	private final TaskFiles files;

	private final Clock clock;

	private final ZoneId zone;

	ProcessListeners(PlanTaskWorkflow workflow, TaskProgress progress, TaskSummaries summaries, TaskFiles files,
			Clock clock) {
		this.workflow = workflow;
		this.progress = progress;
		this.summaries = summaries;
		this.files = files;
		this.clock = clock;
		this.zone = clock.getZone();
	}

	/** StartEvent_TaskActivated (end): the history starts; a known officer is assigned at once. */
	@Bean
	ExecutionListener taskActivated() {
		return execution -> workflow.activated(planTaskId(execution),
				ProcessData.text(execution, OFFICER, zone), ProcessTasks.currentUser(execution.getProcessEngineServices()));
	}

	/** Every user task (create): the text its form shows, as task-local variables. */
	@Bean
	TaskListener taskFormView() {
		return task -> {
			PlanTaskRef ref = progress.task(planTaskId(task));
			String summary = switch (task.getTaskDefinitionKey()) {
				case SET_DEADLINE -> summaries.setDeadline(ref);
				case ASSIGN_OFFICER -> {
					task.setVariableLocal(VIEW_OFFICERS, summaries.officerChoices(ref));
					yield summaries.assignOfficer(ref);
				}
				case PROVIDE_INPUT -> summaries.provideInput(ref, ProcessData.text(task, COORDINATING_UNIT, zone),
						day(task));
				case SUBMIT_DELIVERABLE -> {
					task.setVariableLocal(VIEW_ONGOING, ref.scheduleKind() == ScheduleKind.ONGOING);
					yield summaries.submitDeliverable(ref, ProcessData.deadlineIndex(task));
				}
				case APPROVE_DELIVERABLE -> summaries.approveDeliverable(ref, ProcessData.deadlineIndex(task),
						submission(task, 0), ProcessData.text(task, OFFICER, zone));
				default -> throw ProcessTasks.unknownStep("taskFormView", task);
			};
			task.setVariableLocal(VIEW_SUMMARY, summary);
		};
	}

	/** Task_SetDeadline (complete). */
	@Bean
	TaskListener deadlineSetListener() {
		return task -> workflow.deadlineSet(planTaskId(task),
				ProcessData.text(task, NEW_DEADLINE, zone), ProcessTasks.completedBy(task));
	}

	/** Task_AssignOfficer (complete). */
	@Bean
	TaskListener officerAssigned() {
		return task -> workflow.officerAssigned(planTaskId(task),
				ProcessData.text(task, OFFICER, zone), ProcessTasks.completedBy(task));
	}

	/** Task_ProvideInput (complete). */
	@Bean
	TaskListener inputProvided() {
		return task -> workflow.inputProvided(planTaskId(task), offeredUnit(task),
				ProcessData.text(task, INPUT_TEXT, zone),
				ProcessData.text(task, INPUT_LINK, zone), ProcessTasks.completedBy(task), task.getId());
	}

	/** Task_SubmitDeliverable (complete). */
	@Bean
	TaskListener deliverableSubmitted() {
		return task -> {
			int attachments = files.of(task.getId()).size();
			workflow.submitted(planTaskId(task), ProcessData.deadlineIndex(task),
					submission(task, attachments), ProcessTasks.completedBy(task), task.getId());
		};
	}

	/** Task_ApproveDeliverable (complete). */
	@Bean
	TaskListener deliverableReviewed() {
		return task -> workflow.reviewed(planTaskId(task), ProcessData.deadlineIndex(task),
				ProcessData.bool(task, APPROVED), ProcessData.text(task, RETURN_REASON, zone), ProcessTasks.completedBy(task),
				task.getId());
	}

	/** Task_RemindOfficer, after BoundaryEvent_ReminderDue. */
	@Bean
	JavaDelegate remindOfficer() {
		return execution -> {
			Task task = openTask(execution, SUBMIT_DELIVERABLE, null);
			workflow.remindOfficer(planTaskId(execution), ProcessData.deadlineIndex(execution),
					task == null ? null : task.getId(), ProcessData.text(execution, OFFICER, zone));
		};
	}

	/** Task_EscalateOverdue, after BoundaryEvent_Overdue. */
	@Bean
	JavaDelegate escalateOverdue() {
		return execution -> {
			Task task = openTask(execution, SUBMIT_DELIVERABLE, null);
			workflow.escalateOverdue(planTaskId(execution), ProcessData.deadlineIndex(execution),
					task == null ? null : task.getId());
		};
	}

	/** Task_RemindInput, after BoundaryEvent_InputReminderDue. */
	@Bean
	JavaDelegate remindInput() {
		return execution -> {
			String unit = ProcessData.text(execution, COORDINATING_UNIT, zone);
			Task task = openTask(execution, PROVIDE_INPUT, unit);
			if (task != null) {
				workflow.remindInput(planTaskId(execution), unit, day(task.getDueDate()), task.getId());
			}
		};
	}

	/** Task_EscalateInput, after BoundaryEvent_InputOverdue. */
	@Bean
	JavaDelegate escalateInput() {
		return execution -> {
			String unit = ProcessData.text(execution, COORDINATING_UNIT, zone);
			Task task = openTask(execution, PROVIDE_INPUT, unit);
			if (task != null) {
				workflow.escalateInput(planTaskId(execution), unit, day(task.getDueDate()), task.getId());
			}
		};
	}

	/**
	 * The plan task a process runs, checked against Parflow's own record: the process was started for the plan task
	 * whose business key it carries ({@code {plan}/{number}}), and a {@code planTaskId} that says otherwise (a variable
	 * overwritten from outside) stops the step, with nothing written.
	 */
	private long planTaskId(VariableScope scope) {
		long id = ProcessData.planTaskId(scope);
		String businessKey = scope instanceof DelegateTask task ? task.getExecution().getProcessBusinessKey()
				: scope instanceof DelegateExecution execution ? execution.getProcessBusinessKey() : null;
		if (businessKey != null && !businessKey.equals(progress.task(id).businessKey())) {
			throw new IllegalStateException(TAMPERED.formatted(PLAN_TASK_ID));
		}
		return id;
	}

	/**
	 * The coordinating unit an input task was offered to when Parflow created it (its candidate group), which must
	 * be the unit the process variable names.
	 */
	private String offeredUnit(DelegateTask task) {
		String unit = ProcessData.text(task, COORDINATING_UNIT, zone);
		boolean offered = task.getCandidates()
			.stream()
			.anyMatch(link -> link.getGroupId() != null && link.getGroupId().equals(GroupNames.unit(unit)));
		if (unit == null || !offered) {
			throw new IllegalStateException(TAMPERED.formatted(COORDINATING_UNIT));
		}
		return unit;
	}

	private Submission submission(DelegateTask task, int attachments) {
		return new Submission(ProcessData.text(task, DOCUMENT_NUMBER, zone), ProcessData.text(task, DOCUMENT_DATE, zone),
				ProcessData.text(task, DOCUMENT_LINK, zone), ProcessData.text(task, COMMENT, zone),
				ProcessData.text(task, PROGRESS_REPORT, zone), attachments);
	}

	/** The user task a boundary timer belongs to: the one open in this instance (for input: of this unit). */
	private static Task openTask(DelegateExecution execution, String taskKey, String unitCode) {
		var query = execution.getProcessEngineServices()
			.getTaskService()
			.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(taskKey);
		if (unitCode != null) {
			query = query.taskCandidateGroup(GroupNames.unit(unitCode)).includeAssignedTasks();
		}
		return query.list().stream().findFirst().orElse(null);
	}

	private LocalDate day(DelegateTask task) {
		return day(task.getDueDate());
	}

	private LocalDate day(Date date) {
		return date == null ? LocalDate.now(clock) : LocalDate.ofInstant(date.toInstant(), zone);
	}

}
