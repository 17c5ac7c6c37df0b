package vn.parflow.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.PlanTaskRef.DeadlineRef;
import vn.parflow.plan.ReformArea;
import vn.parflow.plan.TaskProgress;
import vn.parflow.plan.TaskStatus;
import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.ReportDeadline;
import vn.parflow.schedule.ScheduleKind;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.nullable;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

/**
 * The plan module as the process tests see it: a mocked {@link TaskProgress} (the service the workflow calls), as
 * camunda-bpm-examples mock the services behind their processes. It answers the reads with the tasks a test adds; of
 * the writes it keeps only the two facts the process reads back (the officer a head assigned and a deadline set by
 * hand), and it derives nothing: what a status becomes, whether a deliverable was on time and how returns are
 * counted are the plan module's rules, tested there (TaskDeadlineTest) and end to end in WorkflowIT. Process tests
 * verify what the workflow wrote.
 */
final class PlanTaskStubs {

	static final String PLAN = "TEST-2025-H2";

	static final PlanPeriod PERIOD = new PlanPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));

	static final List<ReportDeadline> REPORTS = List.of(
			new ReportDeadline("Báo cáo công tác cải cách hành chính", "Quý III", LocalDate.of(2025, 9, 9)),
			new ReportDeadline("Báo cáo công tác cải cách hành chính", "Năm", LocalDate.of(2025, 12, 9)));

	final TaskProgress progress = mock(TaskProgress.class);

	private final Map<Long, PlanTaskRef> tasks = new LinkedHashMap<>();

	PlanTaskStubs() {
		when(progress.task(anyLong())).thenAnswer(call -> get(call.getArgument(0)));
		when(progress.task(anyString(), anyString())).thenAnswer(call -> tasks.values()
			.stream()
			.filter(t -> t.planCode().equals(call.getArgument(0)) && t.number().equals(call.getArgument(1)))
			.findFirst());
		when(progress.tasks(anyString())).thenAnswer(call -> tasks.values()
			.stream()
			.filter(t -> t.planCode().equals(call.getArgument(0)))
			.toList());
		doAnswer(call -> {
			PlanTaskRef task = get(call.getArgument(0));
			return keep(with(task, call.getArgument(1), task.deadlines(), task.scheduleKind()));
		}).when(progress).assigned(anyLong(), anyString());
		doAnswer(call -> {
			PlanTaskRef task = get(call.getArgument(0));
			return keep(with(task, task.officer(), List.of(new DeadlineRef(0, call.getArgument(1), null, null, null, null,
					0)), ScheduleKind.ONE_OFF));
		}).when(progress).deadlineSet(anyLong(), any(LocalDate.class), nullable(String.class));
	}

	/** A task of the test plan led by {@code lead}, due on {@code dues} (labelled "Mốc 1", "Mốc 2" when several). */
	PlanTaskRef add(long id, String number, String lead, ScheduleKind kind, List<LocalDate> dues,
			List<String> coordinating) {
		List<DeadlineRef> deadlines = new ArrayList<>();
		for (int i = 0; i < dues.size(); i++) {
			deadlines.add(new DeadlineRef(i, dues.get(i), dues.size() > 1 ? "Mốc " + (i + 1) : null, null, null, null, 0));
		}
		PlanTaskRef task = new PlanTaskRef(id, PLAN, number, "Nội dung nhiệm vụ " + number, ReformArea.CHI_DAO_DIEU_HANH,
				lead, "Phòng " + lead, null, coordinating, kind, deadlines, TaskStatus.NOT_STARTED, "vhxh", PERIOD,
				REPORTS, List.of("Báo cáo của UBND xã"), "Báo cáo phải nêu rõ tỷ lệ %");
		tasks.put(id, task);
		return task;
	}

	/** The task as the workflow reads it now. */
	PlanTaskRef get(long id) {
		PlanTaskRef task = tasks.get(id);
		if (task == null) {
			throw new IllegalArgumentException("Không có nhiệm vụ mã " + id);
		}
		return task;
	}

	/** The statuses the workflow wrote for the task through {@link TaskProgress#statusChanged}, in order. */
	List<TaskStatus> statusesWritten(long id) {
		return mockingDetails(progress).getInvocations()
			.stream()
			.filter(call -> call.getMethod().getName().equals("statusChanged")
					&& Long.valueOf(id).equals(call.getArgument(0)))
			.map(call -> (TaskStatus) call.getArgument(1))
			.toList();
	}

	private Object keep(PlanTaskRef task) {
		tasks.put(task.id(), task);
		return null;
	}

	private static PlanTaskRef with(PlanTaskRef t, String officer, List<DeadlineRef> deadlines, ScheduleKind kind) {
		return new PlanTaskRef(t.id(), t.planCode(), t.number(), t.content(), t.area(), t.leadUnitCode(),
				t.leadUnitName(), officer, t.coordinatingUnitCodes(), kind, deadlines, t.status(),
				t.planCoordinatingUnitCode(), t.planPeriod(), t.reportDates(), t.deliverables(), t.notes());
	}

}
