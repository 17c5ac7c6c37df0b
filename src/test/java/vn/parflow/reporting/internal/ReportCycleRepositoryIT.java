package vn.parflow.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import vn.parflow.reporting.ReportCycles;
import vn.parflow.system.RepositorySliceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries behind {@link ReportCycles}, on H2 and MariaDB with the real schema: a plan's reporting calendar in
 * the order of its deadlines, and one cycle found by plan, report and period, so that a cycle opens only once.
 */
@RepositorySliceTest
class ReportCycleRepositoryIT {

	private static final Instant OPENED = Instant.parse("2025-06-05T00:00:00Z");

	@Autowired
	TestEntityManager entities;

	@Autowired
	ReportCycleRepository cycles;

	@BeforeEach
	void openCycles() {
		cycle("KH-125", "Báo cáo quý", "Quý III/2025", LocalDate.of(2025, 9, 15));
		cycle("KH-125", "Báo cáo quý", "Quý II/2025", LocalDate.of(2025, 6, 15));
		// due on the same day as the quarterly report: listed by report name
		cycle("KH-125", "Báo cáo 6 tháng", "6 tháng đầu năm 2025", LocalDate.of(2025, 6, 15));
		cycle("KH-126", "Báo cáo quý", "Quý II/2025", LocalDate.of(2025, 6, 10));
		entities.flush();
		entities.clear();
	}

	@Test
	void shouldListAPlansCyclesByDeadlineThenReportAndOnlyItsOwn() {
		assertThat(cycles.findByPlanCodeOrderByDueAscReportAsc("KH-125")).extracting(ReportCycle::getPeriod)
			.containsExactly("6 tháng đầu năm 2025", "Quý II/2025", "Quý III/2025");
		assertThat(cycles.findByPlanCodeOrderByDueAscReportAsc("KH-999")).isEmpty();
	}

	@Test
	void shouldFindTheCycleOfAPlansReportAndPeriodAndNoOther() {
		assertThat(cycles.findByPlanCodeAndReportAndPeriod("KH-125", "Báo cáo quý", "Quý II/2025"))
			.hasValueSatisfying(cycle -> assertThat(cycle.getDue()).isEqualTo(LocalDate.of(2025, 6, 15)));
		assertThat(cycles.existsByPlanCodeAndReportAndPeriod("KH-125", "Báo cáo quý", "Quý II/2025")).isTrue();
		assertThat(cycles.findByPlanCodeAndReportAndPeriod("KH-126", "Báo cáo quý", "Quý II/2025"))
			.hasValueSatisfying(cycle -> assertThat(cycle.getDue()).isEqualTo(LocalDate.of(2025, 6, 10)));
		// not opened yet
		assertThat(cycles.existsByPlanCodeAndReportAndPeriod("KH-125", "Báo cáo quý", "Quý IV/2025")).isFalse();
		assertThat(cycles.findByPlanCodeAndReportAndPeriod("KH-125", "Báo cáo 6 tháng", "Quý II/2025")).isEmpty();
		assertThat(cycles.existsByPlanCodeAndReportAndPeriod("KH-127", "Báo cáo quý", "Quý II/2025")).isFalse();
	}

	private void cycle(String planCode, String report, String period, LocalDate due) {
		ReportCycle cycle = new ReportCycle(planCode, report, period, due, OPENED);
		cycle.addUnit("vhxh", "Phòng Văn hóa – Xã hội");
		entities.persist(cycle);
	}

}
