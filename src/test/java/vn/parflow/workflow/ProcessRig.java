package vn.parflow.workflow;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;

import vn.parflow.plan.PlanLifecycle;
import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanStatus;
import vn.parflow.plan.PlanViews.PlanView;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Parflow's workflow beans around the in-memory engine of the process tests: the real routing, reminder schedule,
 * workflow service, listeners and activation, on a mocked plan module ({@link PlanTaskStubs}), a mocked directory
 * ({@link DemoPeople}) and an in-memory history; registered under the names the model uses.
 */
final class ProcessRig {

	final MovableClock clock = new MovableClock(LocalDateTime.of(2025, 7, 1, 9, 0));

	final PlanTaskStubs tasks = new PlanTaskStubs();

	final UnitPeople people = DemoPeople.people();

	final InMemoryTaskEvents events = new InMemoryTaskEvents();

	final List<Object> published = new ArrayList<>();

	/** Files attached to Camunda tasks, by task id. */
	final java.util.Map<String, List<TaskFiles.TaskFile>> files = new java.util.HashMap<>();

	final PlanQueries plans = mock(PlanQueries.class);

	final PlanLifecycle lifecycle = mock(PlanLifecycle.class);

	final WorkflowProperties properties = WorkflowProperties.defaults();

	final PlanTaskRouting routing = new PlanTaskRouting(tasks.progress, people, properties, clock);

	final PlanTaskWorkflow workflow = new PlanTaskWorkflow(tasks.progress, events, people, properties, published::add,
			clock, ProcessCalendar.WORKING_DAYS);

	final PlanActivation activation;

	ProcessRig(ProcessEngine engine) {
		when(plans.plan(anyString())).thenAnswer(call -> Optional.of(new PlanView(call.getArgument(0),
				"Kế hoạch thử", null, null, PlanTaskStubs.PERIOD.start(), PlanTaskStubs.PERIOD.end(), null, null, null,
				PlanStatus.DRAFT, 0, null)));
		when(plans.tasks(anyString())).thenReturn(List.of());
		when(lifecycle.lockForActivation(anyString())).thenReturn(true);
		TaskFiles taskFiles = taskId -> files.getOrDefault(taskId, List.of());
		TaskSummaries summaries = new TaskSummaries(events, people, plans, taskFiles, ProcessCalendar.WORKING_DAYS,
				clock);
		ProcessListeners listeners = new ProcessListeners(workflow, tasks.progress, summaries, taskFiles, clock);
		activation = new PlanActivation(plans, lifecycle, tasks.progress, routing, people, engine.getRuntimeService(),
				engine.getHistoryService(), clock);
		Mocks.register("planTaskRouting", routing);
		Mocks.register("reminderSchedule", new ReminderSchedule(tasks.progress, routing, properties,
				ProcessCalendar.WORKING_DAYS, clock));
		Mocks.register("planTaskWorkflow", workflow);
		Mocks.register("taskActivated", listeners.taskActivated());
		Mocks.register("taskFormView", listeners.taskFormView());
		Mocks.register("deadlineSetListener", listeners.deadlineSetListener());
		Mocks.register("officerAssigned", listeners.officerAssigned());
		Mocks.register("inputProvided", listeners.inputProvided());
		Mocks.register("deliverableSubmitted", listeners.deliverableSubmitted());
		Mocks.register("deliverableReviewed", listeners.deliverableReviewed());
		Mocks.register("remindOfficer", listeners.remindOfficer());
		Mocks.register("escalateOverdue", listeners.escalateOverdue());
		Mocks.register("remindInput", listeners.remindInput());
		Mocks.register("escalateInput", listeners.escalateInput());
	}

	<T> List<T> published(Class<T> type) {
		return published.stream().filter(type::isInstance).map(type::cast).toList();
	}

}
