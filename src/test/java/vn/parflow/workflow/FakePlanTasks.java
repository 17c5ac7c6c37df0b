package vn.parflow.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.PlanTaskRef.DeadlineRef;
import vn.parflow.plan.ReformArea;
import vn.parflow.plan.TaskProgress;
import vn.parflow.plan.TaskStatus;
import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.ReportDeadline;
import vn.parflow.schedule.ScheduleKind;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.nullable;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Plan tasks for the process tests: a {@link TaskProgress} stand-in that keeps each task's live state the way the
 * plan module does (assigned, status, per deadline submitted, returned, approved, a deadline set by hand).
 */
final class FakePlanTasks {

	static final String PLAN = "TEST-2025-H2";

	static final PlanPeriod PERIOD = new PlanPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));

	static final List<ReportDeadline> REPORTS = List.of(
			new ReportDeadline("Báo cáo công tác cải cách hành chính", "Quý III", LocalDate.of(2025, 9, 9)),
			new ReportDeadline("Báo cáo công tác cải cách hành chính", "Năm", LocalDate.of(2025, 12, 9)));

	final TaskProgress progress = mock(TaskProgress.class);

	private final Map<Long, PlanTaskRef> tasks = new LinkedHashMap<>();

	FakePlanTasks() {
		when(progress.task(anyLong())).thenAnswer(call -> get(call.getArgument(0)));
		when(progress.task(anyString(), anyString())).thenAnswer(call -> tasks.values()
			.stream()
			.filter(t -> t.planCode().equals(call.getArgument(0)) && t.number().equals(call.getArgument(1)))
			.findFirst());
		when(progress.tasks(anyString())).thenAnswer(call -> tasks.values()
			.stream()
			.filter(t -> t.planCode().equals(call.getArgument(0)))
			.toList());
		doAnswer(call -> update(call.getArgument(0), t -> with(t, call.getArgument(1), t.deadlines(), TaskStatus.ASSIGNED,
				t.scheduleKind()))).when(progress).assigned(anyLong(), anyString());
		doAnswer(call -> update(call.getArgument(0),
				t -> with(t, t.officer(), t.deadlines(), call.getArgument(1), t.scheduleKind())))
			.when(progress).statusChanged(anyLong(), any(TaskStatus.class));
		doAnswer(call -> update(call.getArgument(0), t -> with(t, t.officer(),
				deadline(t, call.getArgument(1), d -> new DeadlineRef(d.index(), d.due(), d.label(), call.getArgument(2),
						d.approvedAt(), null, d.returns())),
				TaskStatus.SUBMITTED, t.scheduleKind())))
			.when(progress).submitted(anyLong(), anyInt(), any(Instant.class));
		doAnswer(call -> update(call.getArgument(0), t -> with(t, t.officer(),
				deadline(t, call.getArgument(1), d -> new DeadlineRef(d.index(), d.due(), d.label(), d.submittedAt(),
						d.approvedAt(), null, d.returns() + 1)),
				TaskStatus.RETURNED, t.scheduleKind())))
			.when(progress).returned(anyLong(), anyInt(), nullable(String.class));
		doAnswer(call -> update(call.getArgument(0), t -> {
			List<DeadlineRef> deadlines = deadline(t, call.getArgument(1), d -> new DeadlineRef(d.index(), d.due(),
					d.label(), d.submittedAt(), call.getArgument(2), !d.submittedAt().isAfter(d.due().plusDays(1)
						.atStartOfDay(MovableClock.ZONE).toInstant()), d.returns()));
			boolean all = deadlines.stream().allMatch(d -> d.approvedAt() != null);
			return with(t, t.officer(), deadlines, all ? TaskStatus.DONE : TaskStatus.IN_PROGRESS, t.scheduleKind());
		})).when(progress).approved(anyLong(), anyInt(), any(Instant.class));
		doAnswer(call -> {
			if (call.getArgument(1) == null) {
				throw new IllegalArgumentException("Hãy chọn hạn xử lý của nhiệm vụ.");
			}
			return update(call.getArgument(0), t -> with(t, t.officer(),
					List.of(new DeadlineRef(0, call.getArgument(1), null, null, null, null, 0)), t.status(),
					ScheduleKind.ONE_OFF));
		}).when(progress).deadlineSet(anyLong(), nullable(LocalDate.class), nullable(String.class));
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

	PlanTaskRef get(long id) {
		PlanTaskRef task = tasks.get(id);
		if (task == null) {
			throw new IllegalArgumentException("Không có nhiệm vụ mã " + id);
		}
		return task;
	}

	TaskStatus status(long id) {
		return get(id).status();
	}

	private Object update(long id, UnaryOperator<PlanTaskRef> change) {
		tasks.put(id, change.apply(get(id)));
		return null;
	}

	private static List<DeadlineRef> deadline(PlanTaskRef task, int index, UnaryOperator<DeadlineRef> change) {
		List<DeadlineRef> deadlines = new ArrayList<>(task.deadlines());
		deadlines.set(index, change.apply(deadlines.get(index)));
		return deadlines;
	}

	private static PlanTaskRef with(PlanTaskRef t, String officer, List<DeadlineRef> deadlines, TaskStatus status,
			ScheduleKind kind) {
		return new PlanTaskRef(t.id(), t.planCode(), t.number(), t.content(), t.area(), t.leadUnitCode(),
				t.leadUnitName(), officer, t.coordinatingUnitCodes(), kind, deadlines, status,
				t.planCoordinatingUnitCode(), t.planPeriod(), t.reportDates(), t.deliverables(), t.notes());
	}

}
