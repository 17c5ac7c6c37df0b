package vn.parflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.parflow.reporting.internal.ReportCycle;

/** A report left on time when its outgoing document is dated on or before the deadline; steps come in order. */
class ReportCycleTest {

	static final LocalDate DUE = LocalDate.of(2025, 9, 9);

	static ReportCycle approvedCycle() {
		ReportCycle cycle = new ReportCycle("VIETKHE-2025-H2", "Báo cáo công tác cải cách hành chính", "Quý III", DUE,
				Instant.parse("2025-08-30T00:00:00Z"));
		cycle.consolidated("Báo cáo", "lan.vhxh", Instant.parse("2025-09-05T03:00:00Z"));
		cycle.approved("thang.ct", Instant.parse("2025-09-06T03:00:00Z"));
		return cycle;
	}

	@ParameterizedTest(name = "document dated {0} → on time {1}")
	@CsvSource({ "2025-09-01, true", "2025-09-09, true", "2025-09-10, false", "2025-10-01, false" })
	void shouldKeepWhetherTheReportLeftByItsDeadline(LocalDate documentDate, boolean onTime) {
		ReportCycle cycle = approvedCycle();

		cycle.submitted("125/BC-UBND", documentDate, "lan.vhxh", Instant.parse("2025-10-02T03:00:00Z"));

		assertThat(cycle.getStatus()).isEqualTo(ReportCycleStatus.SUBMITTED);
		assertThat(cycle.getSubmittedOnTime()).isEqualTo(onTime);
	}

	@Test
	void shouldNotRecordTheOutgoingDocumentBeforeALeaderApproved() {
		ReportCycle cycle = new ReportCycle("VIETKHE-2025-H2", "Báo cáo công tác cải cách hành chính", "Quý III", DUE,
				Instant.parse("2025-08-30T00:00:00Z"));

		assertThatThrownBy(() -> cycle.submitted("125/BC-UBND", DUE, "lan.vhxh", Instant.now()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("đang ở trạng thái OPEN");
	}

	@Test
	void shouldAskForTheConsolidationAgainWhenALeaderSendsItBack() {
		ReportCycle cycle = new ReportCycle("VIETKHE-2025-H2", "Báo cáo công tác cải cách hành chính", "Quý III", DUE,
				Instant.parse("2025-08-30T00:00:00Z"));
		cycle.consolidated("Bản 1", "lan.vhxh", Instant.parse("2025-09-05T03:00:00Z"));

		cycle.returned("Bổ sung số liệu");

		assertThat(cycle.getConsolidatedAt()).isNull();
		assertThat(cycle.getReturnCount()).isEqualTo(1);
		assertThat(cycle.getReturnReason()).isEqualTo("Bổ sung số liệu");
		assertThat(cycle.getReportText()).isEqualTo("Bản 1");
	}

}
