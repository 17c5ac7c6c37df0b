package vn.parflow.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parflow.plan.PlanProgress.Standing;
import vn.parflow.schedule.Deadline;
import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.Schedule;
import vn.parflow.schedule.ScheduleKind;

import static org.assertj.core.api.Assertions.assertThat;

import vn.parflow.plan.internal.Plan;
import vn.parflow.plan.internal.PlanTask;

/** The four-way split of the Government's task-tracking statistics, for one task on one day. */
class PlanProgressTest {

	static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	static final LocalDate DUE = LocalDate.of(2025, 9, 30);

	@Test
	void shouldCountADeliverableSubmittedOnItsDueDayAsDoneOnTime() {
		PlanTask task = task(DUE);
		task.deadline(0).submitted(at("2025-09-30T23:30:00+07:00"));
		task.deadline(0).approved(at("2025-10-03T09:00:00+07:00"));
		task.setStatus(TaskStatus.DONE);

		assertThat(PlanProgress.standing(task, LocalDate.of(2025, 10, 5), HANOI)).isEqualTo(Standing.DONE_ON_TIME);
	}

	@Test
	void shouldCountADeliverableSubmittedTheDayAfterAsDoneLate() {
		PlanTask task = task(DUE);
		task.deadline(0).submitted(at("2025-10-01T08:00:00+07:00"));
		task.deadline(0).approved(at("2025-10-01T10:00:00+07:00"));
		task.setStatus(TaskStatus.DONE);

		assertThat(PlanProgress.standing(task, LocalDate.of(2025, 10, 5), HANOI)).isEqualTo(Standing.DONE_LATE);
	}

	@Test
	void shouldCountAnUnapprovedTaskPastItsDueDateAsOverdue() {
		PlanTask task = task(DUE);
		task.deadline(0).submitted(at("2025-09-29T08:00:00+07:00"));
		task.setStatus(TaskStatus.SUBMITTED);

		assertThat(PlanProgress.standing(task, DUE, HANOI)).isEqualTo(Standing.OPEN_IN_TIME);
		assertThat(PlanProgress.standing(task, DUE.plusDays(1), HANOI)).isEqualTo(Standing.OPEN_OVERDUE);
	}

	@Test
	void shouldKeepATaskWithoutDeadlineOpenWithinItsDeadline() {
		PlanTask task = new PlanTask(plan(), 0, 1, "18", ReformArea.THU_TUC_HANH_CHINH, "Thường xuyên");
		task.scheduled("Thường xuyên", Schedule.ongoing(null));

		assertThat(PlanProgress.standing(task, LocalDate.of(2025, 12, 31), HANOI)).isEqualTo(Standing.OPEN_IN_TIME);
	}

	@Test
	void shouldBeLateWhenOneOfSeveralDeadlinesWasMissed() {
		PlanTask task = new PlanTask(plan(), 0, 1, "2", ReformArea.CHI_DAO_DIEU_HANH, "Báo cáo quý");
		task.scheduled("Hàng quý", new Schedule(ScheduleKind.RECURRING,
				List.of(new Deadline(DUE, "Quý III"), new Deadline(LocalDate.of(2025, 12, 31), "Quý IV")), null, null));
		task.deadline(0).submitted(at("2025-10-02T08:00:00+07:00"));
		task.deadline(0).approved(at("2025-10-02T09:00:00+07:00"));
		task.deadline(1).submitted(at("2025-12-20T08:00:00+07:00"));
		task.deadline(1).approved(at("2025-12-21T09:00:00+07:00"));
		task.setStatus(TaskStatus.DONE);

		assertThat(PlanProgress.standing(task, LocalDate.of(2026, 1, 5), HANOI)).isEqualTo(Standing.DONE_LATE);
	}

	@Test
	void shouldTellTasksNobodyHasBegunFromTasksInProgress() {
		PlanTask task = task(DUE);
		assertThat(PlanProgress.notStarted(task)).as("waiting for its head to assign an officer").isTrue();
		task.setStatus(TaskStatus.ASSIGNED);
		assertThat(PlanProgress.notStarted(task)).isTrue();
		task.setStatus(TaskStatus.IN_PROGRESS);
		assertThat(PlanProgress.notStarted(task)).isFalse();
		task.setStatus(TaskStatus.IN_COORDINATION);
		assertThat(PlanProgress.notStarted(task)).isFalse();
	}

	@Test
	void shouldKeepTheFourWaySplitWhenItTellsNotStartedApart() {
		PlanProgress.Counts counts = PlanProgress.Counts.of(2, 1, 3, 4, 5);

		assertThat(counts.openInTime()).isEqualTo(7);
		assertThat(counts.inProgress()).isEqualTo(3);
		assertThat(counts.notStarted()).isEqualTo(4);
		assertThat(counts.openOverdue()).isEqualTo(5);
		assertThat(counts.total()).isEqualTo(15);
		assertThat(counts.percentDone()).isEqualTo(20.0);
	}

	@Test
	void shouldGiveThePercentageDoneWithOneDecimal() {
		assertThat(PlanProgress.Counts.of(1, 1, 1, 0).percentDone()).isEqualTo(66.7);
		assertThat(PlanProgress.Counts.of(0, 0, 0, 0).percentDone()).isZero();
	}

	private static PlanTask task(LocalDate due) {
		PlanTask task = new PlanTask(plan(), 0, 1, "1", ReformArea.CHI_DAO_DIEU_HANH, "Ban hành kế hoạch");
		task.scheduled("Quý III/2025", new Schedule(ScheduleKind.ONE_OFF, List.of(new Deadline(due, null)), null, null));
		return task;
	}

	private static Plan plan() {
		return new Plan("TEST-2025-H2", "Kế hoạch thử",
				new PlanPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)));
	}

	private static Instant at(String offsetDateTime) {
		return java.time.OffsetDateTime.parse(offsetDateTime).toInstant();
	}

}
