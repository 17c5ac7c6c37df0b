package vn.parflow.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.ReformArea;
import vn.parflow.plan.TaskStatus;
import vn.parflow.schedule.ReportDeadline;
import vn.parflow.schedule.ScheduleKind;
import vn.parflow.workflow.PlanTaskRouting.DueDay;

import static org.assertj.core.api.Assertions.assertThat;

/** Which deadlines a task is worked to, who coordinates, when the input is due, who approves. */
class PlanTaskRoutingTest {

	final PlanTaskStubs tasks = new PlanTaskStubs();

	final MovableClock clock = new MovableClock(LocalDateTime.of(2025, 7, 1, 9, 0));

	final PlanTaskRouting routing = new PlanTaskRouting(tasks.progress, DemoPeople.people(),
			WorkflowProperties.defaults(), clock);

	@Test
	void shouldGiveAnOngoingTaskOneProgressUpdatePerReportDateInsideThePlan() {
		PlanTaskRef task = ongoing(List.of(
				new ReportDeadline("Báo cáo CCHC", "Quý III", LocalDate.of(2025, 9, 9)),
				new ReportDeadline("Báo cáo KSTTHC", "Quý III", LocalDate.of(2025, 9, 9)),
				new ReportDeadline("Báo cáo KSTTHC", "Năm", LocalDate.of(2025, 12, 15)),
				new ReportDeadline("Báo cáo CCHC", "Năm", LocalDate.of(2025, 12, 9)),
				new ReportDeadline("Báo cáo CCHC", "Quý I/2026", LocalDate.of(2026, 3, 9))));

		assertThat(PlanTaskRouting.dueDays(task)).containsExactly(
				new DueDay(0, LocalDate.of(2025, 9, 9), "Kỳ báo cáo Quý III"),
				new DueDay(1, LocalDate.of(2025, 12, 9), "Kỳ báo cáo Năm"),
				new DueDay(2, LocalDate.of(2025, 12, 15), "Kỳ báo cáo Năm"));
	}

	@Test
	void shouldReportAnOngoingTaskAtThePlansEndWhenThePlanHasNoReportDates() {
		assertThat(PlanTaskRouting.dueDays(ongoing(List.of())))
			.containsExactly(new DueDay(0, LocalDate.of(2025, 12, 31), "Cuối kỳ kế hoạch"));
	}

	@Test
	void shouldAskEachCoordinatingUnitOnceAndNeverTheLeadUnit() {
		tasks.add(1, "1", "vhxh", ScheduleKind.ONE_OFF, List.of(LocalDate.of(2025, 9, 30)),
				List.of("kinhte", "vhxh", "hcc", "kinhte"));

		assertThat(routing.coordinatingUnits(1L)).containsExactly("kinhte", "hcc");
		assertThat(routing.hasCoordination(1L)).isTrue();
	}

	@Test
	void shouldAskForInputThreeDaysBeforeTheFirstDeadlineButNeverBeforeToday() {
		PlanTaskRef task = tasks.add(2, "2", "vhxh", ScheduleKind.MULTI,
				List.of(LocalDate.of(2025, 7, 2), LocalDate.of(2025, 9, 30)), List.of("kinhte"));

		assertThat(routing.inputDue(task)).as("1 day left: input due today").isEqualTo(LocalDate.of(2025, 7, 1));
		clock.moveTo(LocalDateTime.of(2025, 6, 1, 9, 0));
		assertThat(routing.inputDue(task)).isEqualTo(LocalDate.of(2025, 6, 29));
	}

	@Test
	void shouldOfferApprovalToTheLeadersAndTheHeadsOfThePlansCoordinatingOffice() {
		tasks.add(3, "3", "kinhte", ScheduleKind.ONE_OFF, List.of(LocalDate.of(2025, 9, 30)), List.of());

		assertThat(routing.approverGroups(3L)).containsExactly("approvers", "unit-heads-vhxh");
		assertThat(routing.leadHeadsGroup(3L)).isEqualTo("unit-heads-kinhte");
		assertThat(routing.coordinatorGroups(3L)).containsExactly("unit-heads-vhxh", "plan-admins");
	}

	@Test
	void shouldStartWithTheOnlyOfficerOrTheOneTheTaskNames() {
		PlanTaskRef single = tasks.add(4, "4", "ttdvc", ScheduleKind.ONE_OFF, List.of(LocalDate.of(2025, 9, 30)), List.of());
		PlanTaskRef several = tasks.add(5, "5", "vhxh", ScheduleKind.ONE_OFF, List.of(LocalDate.of(2025, 9, 30)), List.of());

		assertThat(routing.presetOfficer(single)).isEqualTo("huong.ttdvc");
		assertThat(routing.presetOfficer(several)).isNull();
		tasks.progress.assigned(5, "trang.vhxh");
		assertThat(routing.presetOfficer(tasks.get(5))).isEqualTo("trang.vhxh");
	}

	private static PlanTaskRef ongoing(List<ReportDeadline> reports) {
		return new PlanTaskRef(9, PlanTaskStubs.PLAN, "9", "Thường xuyên", ReformArea.CHI_DAO_DIEU_HANH, "vp",
				"Văn phòng", null, List.of(), ScheduleKind.ONGOING, List.of(), TaskStatus.NOT_STARTED, "vhxh",
				PlanTaskStubs.PERIOD, reports, List.of(), null);
	}

}
