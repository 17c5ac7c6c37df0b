package vn.parflow.reminder;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DedupKeysTest {

	@Test
	void shouldKeyATaskReminderByTaskDeadlineOffsetAndPerson() {
		assertThat(DedupKeys.taskReminder(12, 0, 7, "tuan.vhxh")).isEqualTo("task-reminder:12:0:7:tuan.vhxh");
		assertThat(DedupKeys.taskReminder(12, 0, 3, "tuan.vhxh"))
			.as("another offset is another mail")
			.isNotEqualTo(DedupKeys.taskReminder(12, 0, 7, "tuan.vhxh"));
		assertThat(DedupKeys.taskReminder(12, 1, 7, "tuan.vhxh"))
			.as("another deadline of the same task is another mail")
			.isNotEqualTo(DedupKeys.taskReminder(12, 0, 7, "tuan.vhxh"));
	}

	@Test
	void shouldKeyAnEscalationByTheWeeksOverdue() {
		assertThat(DedupKeys.taskOverdue(12, 0, 2, "lan.vhxh")).isEqualTo("task-overdue:12:0:2:lan.vhxh");
	}

	@Test
	void shouldKeyAReportReminderByPlanReportPeriodOffsetAndPerson() {
		assertThat(DedupKeys.reportReminder("VIETKHE-2025-H2", "Báo cáo công tác cải cách hành chính", "Quý III", 7,
				"hai.vp"))
			.isEqualTo("report-reminder:VIETKHE-2025-H2:Báo cáo công tác cải cách hành chính:Quý III:7:hai.vp");
	}

	@Test
	void shouldKeyADigestByDayAndPerson() {
		assertThat(DedupKeys.digest(LocalDate.of(2025, 12, 2), "mai.vp")).isEqualTo("digest:2025-12-02:mai.vp");
	}

	@Test
	void shouldCutAKeyTooLongForTheColumnToAStableHashedForm() {
		String report = "Báo cáo ".repeat(80);
		String one = DedupKeys.reportReminder("PLAN", report, "Quý I", 7, "hai.vp");
		String again = DedupKeys.reportReminder("PLAN", report, "Quý I", 7, "hai.vp");
		String otherPerson = DedupKeys.reportReminder("PLAN", report, "Quý I", 7, "mai.vp");

		assertThat(one).hasSize(DedupKeys.MAX_LENGTH).startsWith("report-reminder:PLAN:Báo cáo").isEqualTo(again);
		assertThat(otherPerson).hasSize(DedupKeys.MAX_LENGTH).isNotEqualTo(one);
	}

}
