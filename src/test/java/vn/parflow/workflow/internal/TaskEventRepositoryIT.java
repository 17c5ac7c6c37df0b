package vn.parflow.workflow.internal;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import vn.parflow.plan.ReformArea;
import vn.parflow.plan.internal.Plan;
import vn.parflow.plan.internal.PlanTask;
import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.Schedule;
import vn.parflow.system.RepositorySliceTest;
import vn.parflow.workflow.PlanTaskWorkflow;
import vn.parflow.workflow.TaskEventKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries behind a task's history page and {@link PlanTaskWorkflow}'s decisions (was this reminder already sent,
 * was the last review a return), on H2 and MariaDB with the real schema. Every event references a stored plan task
 * (a foreign key), so the test stores two with the plan module's entities.
 */
@RepositorySliceTest
class TaskEventRepositoryIT {

	private static final Instant MORNING = Instant.parse("2025-07-01T01:00:00Z");

	@Autowired
	TestEntityManager entities;

	@Autowired
	TaskEventRepository events;

	long task;

	long otherTask;

	@BeforeEach
	void storeTwoPlanTasks() {
		Plan plan = new Plan("KH-125", "Kế hoạch cải cách hành chính năm 2025", PlanPeriod.year(2025));
		plan.importedFrom("KH-125.docx", "hoa.tuphap", MORNING);
		PlanTask first = planTask(plan, 0, "1");
		PlanTask second = planTask(plan, 1, "2");
		entities.persistAndFlush(plan);
		task = first.getId();
		otherTask = second.getId();
	}

	@Test
	void shouldGiveATasksHistoryOldestFirstAndOnlyItsOwn() {
		events.save(new TaskEvent(task, TaskEventKind.ACTIVATED, null, null, MORNING));
		events.save(new TaskEvent(otherTask, TaskEventKind.ACTIVATED, null, null, MORNING));
		events.save(new TaskEvent(task, TaskEventKind.ASSIGNED, null, "lan.vhxh", MORNING.plusSeconds(60))
			.detail("Giao cho Trần Văn Tuấn"));
		// recorded later but stamped earlier (a clock set back): the history keeps the order of recording
		events.save(new TaskEvent(task, TaskEventKind.SUBMITTED, 0, "tuan.vhxh", MORNING.plusSeconds(30)));
		entities.flush();
		entities.clear();

		assertThat(events.findByPlanTaskIdOrderByIdAsc(task)).extracting(TaskEvent::getKind)
			.containsExactly(TaskEventKind.ACTIVATED, TaskEventKind.ASSIGNED, TaskEventKind.SUBMITTED);
		assertThat(events.findByPlanTaskIdOrderByIdAsc(task).get(1).getDetail()).isEqualTo("Giao cho Trần Văn Tuấn");
		assertThat(events.findByPlanTaskIdOrderByIdAsc(otherTask)).extracting(TaskEvent::getKind)
			.containsExactly(TaskEventKind.ACTIVATED);
	}

	@Test
	void shouldGiveATasksEventsOfOneKindOldestFirstSoThatTheLastReviewIsLast() {
		events.save(new TaskEvent(task, TaskEventKind.SUBMITTED, 0, "tuan.vhxh", MORNING).camundaTask("t-1"));
		events.save(new TaskEvent(task, TaskEventKind.RETURNED, 0, "lan.vhxh", MORNING.plusSeconds(60))
			.detail("Bổ sung số liệu quý III"));
		events.save(new TaskEvent(otherTask, TaskEventKind.SUBMITTED, 0, "trang.vhxh", MORNING.plusSeconds(90)));
		events.save(new TaskEvent(task, TaskEventKind.SUBMITTED, 0, "tuan.vhxh", MORNING.plusSeconds(120))
			.camundaTask("t-2"));
		entities.flush();
		entities.clear();

		assertThat(events.findByPlanTaskIdAndKindOrderByIdAsc(task, TaskEventKind.SUBMITTED))
			.extracting(TaskEvent::getCamundaTaskId)
			.containsExactly("t-1", "t-2");
		assertThat(events.findByPlanTaskIdAndKindOrderByIdAsc(task, TaskEventKind.RETURNED))
			.extracting(TaskEvent::getDetail)
			.containsExactly("Bổ sung số liệu quý III");
		assertThat(events.findByPlanTaskIdAndKindOrderByIdAsc(task, TaskEventKind.APPROVED)).isEmpty();
	}

	@Test
	void shouldKeepTheWholeOfALongVietnameseDetail() {
		String detail = "Ý kiến của Phòng Kinh tế: đề nghị bổ sung số liệu, ".repeat(200);
		events.save(new TaskEvent(task, TaskEventKind.INPUT_PROVIDED, 0, "binh.kt", MORNING).unit("kt").detail(detail));
		entities.flush();
		entities.clear();

		String stored = events.findByPlanTaskIdOrderByIdAsc(task).get(0).getDetail();
		assertThat(stored).hasSize(TaskEvent.MAX_DETAIL)
			.isEqualTo(detail.substring(0, TaskEvent.MAX_DETAIL - 1) + "…");
	}

	private static PlanTask planTask(Plan plan, int position, String number) {
		PlanTask task = new PlanTask(plan, position, position + 3, number, ReformArea.CHI_DAO_DIEU_HANH,
				"Ban hành kế hoạch cải cách hành chính");
		task.ledBy("Phòng Văn hóa – Xã hội", "vhxh", "Phòng Văn hóa – Xã hội");
		task.scheduled("Thường xuyên", Schedule.ongoing("Thường xuyên"));
		plan.addTask(task);
		return task;
	}

}
