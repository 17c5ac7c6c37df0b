package vn.parflow.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quartz.SimpleTrigger;
import org.quartz.spi.OperableTrigger;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import vn.parflow.calendar.WorkingDays;
import vn.parflow.schedule.ReportDeadline;

import static org.assertj.core.api.Assertions.assertThat;

class ReportReminderTriggersTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String REPORT = "Báo cáo công tác cải cách hành chính";

	final ReportReminderTriggers triggers = new ReportReminderTriggers(List.of(7, 3, 1), LocalTime.of(8, 0), VIETNAM,
			WorkingDays.read("config/calendar/days-off.yaml"));

	final List<ReportDeadline> deadlines = List.of(new ReportDeadline(REPORT, "Quý III", LocalDate.of(2025, 9, 9)),
			new ReportDeadline(REPORT, "Năm", LocalDate.of(2025, 12, 9)));

	@Test
	void shouldRemindSevenThreeAndOneDayBeforeEveryReportDeadlineAtEightInVietnamOnWorkingDays() {
		List<ReportReminder> reminders = triggers.reminders("VIETKHE-2025-H2", deadlines);

		// 02/09/2025 is Quốc khánh (30/08 – 02/09 off) → Friday 29/08; Saturday 06/09 → Friday 05/09; Saturday
		// 06/12 → Friday 05/12
		assertThat(reminders.stream().map(r -> triggers.fireTime(r).atZone(VIETNAM).toLocalDateTime().toString()))
			.containsExactly("2025-08-29T08:00", "2025-09-05T08:00", "2025-09-08T08:00", "2025-12-02T08:00",
					"2025-12-05T08:00", "2025-12-08T08:00");
		assertThat(triggers.fireTime(reminders.get(0))).isEqualTo(Instant.parse("2025-08-29T01:00:00Z"));
	}

	@Test
	void shouldSendTwoRemindersThatLandOnTheSameWorkingDayOnce() {
		// due Monday 23/02/2026, right after Tết (14/02 – 22/02): 7 days before is 16/02, 3 days before 20/02, both
		// in Tết → Friday 13/02; 1 day before is Sunday 22/02 → also 13/02: one reminder, the nearest to the deadline
		List<ReportReminder> reminders = triggers.reminders("VINHBAO-2026",
				List.of(new ReportDeadline(REPORT, "Quý I", LocalDate.of(2026, 2, 23))));

		assertThat(reminders).extracting(ReportReminder::daysBefore).containsExactly(1);
		assertThat(triggers.fireTime(reminders.get(0)).atZone(VIETNAM).toLocalDateTime())
			.isEqualTo(LocalDate.of(2026, 2, 13).atTime(8, 0));
	}

	@Test
	void shouldRemindSevenThreeAndOneDayBeforeAtEightByDefault() {
		ReminderProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("parflow.reminders", ReminderProperties.class);

		assertThat(defaults.reportDaysBefore()).containsExactly(7, 3, 1);
		assertThat(defaults.reportTime()).isEqualTo(LocalTime.of(8, 0));
		assertThat(defaults.digestTime()).isEqualTo(LocalTime.of(7, 0));
		assertThat(defaults.digestDays()).isEqualTo(7);
	}

	@Test
	void shouldFireAReminderMissedWhileParflowWasDownOnceWhenItIsBack() {
		ReportReminder reminder = triggers.reminders("VIETKHE-2025-H2", deadlines).get(1);
		OperableTrigger trigger = (OperableTrigger) triggers.trigger(reminder);
		trigger.computeFirstFireTime(null);
		assertThat(trigger.getMisfireInstruction()).isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW);

		// Parflow comes back two days after the reminder's time: Quartz's misfire handling applies the instruction
		Date backAt = new Date();
		trigger.updateAfterMisfire(null);
		assertThat(trigger.getNextFireTime()).isCloseTo(backAt, 5_000);

		trigger.triggered(null);
		assertThat(trigger.getNextFireTime()).as("it fires once, never again").isNull();
	}

	@Test
	void shouldCarryWhatToRemindOfInTheTrigger() {
		ReportReminder reminder = new ReportReminder("VIETKHE-2025-H2", REPORT, "Quý III", LocalDate.of(2025, 9, 9), 3);

		SimpleTrigger trigger = triggers.trigger(reminder);

		assertThat(ReportReminderTriggers.reminder(trigger.getJobDataMap())).isEqualTo(reminder);
		assertThat(trigger.getJobKey()).isEqualTo(ReportReminderTriggers.JOB);
		assertThat(trigger.getStartTime().toInstant())
			.isEqualTo(ZonedDateTime.of(2025, 9, 5, 8, 0, 0, 0, VIETNAM).toInstant());
		assertThat(trigger.getDescription()).isEqualTo(
				"Nhắc Báo cáo công tác cải cách hành chính (Quý III) của VIETKHE-2025-H2, hạn 09/09/2025, trước 3 ngày");
	}

	@Test
	void shouldKeyTheSameReminderAlikeSoThatSchedulingAgainFindsIt() {
		ReportReminder reminder = new ReportReminder("VIETKHE-2025-H2", REPORT, "Quý III", LocalDate.of(2025, 9, 9), 7);
		ReportReminder again = new ReportReminder("VIETKHE-2025-H2", REPORT, "Quý III", LocalDate.of(2025, 9, 9), 7);
		ReportReminder otherOffset = new ReportReminder("VIETKHE-2025-H2", REPORT, "Quý III", LocalDate.of(2025, 9, 9), 3);

		assertThat(ReportReminderTriggers.key(reminder)).isEqualTo(ReportReminderTriggers.key(again))
			.isNotEqualTo(ReportReminderTriggers.key(otherOffset));
		assertThat(ReportReminderTriggers.key(reminder).getName())
			.isEqualTo("VIETKHE-2025-H2:Báo cáo công tác cải cách hành chính:Quý III:7");
	}

	@Test
	void shouldHashAKeyTooLongForQuartz() {
		ReportReminder reminder = new ReportReminder("VIETKHE-2025-H2", "Báo cáo ".repeat(40), "Quý III",
				LocalDate.of(2025, 9, 9), 7);

		String name = ReportReminderTriggers.key(reminder).getName();

		assertThat(name).startsWith("VIETKHE-2025-H2:#").hasSizeLessThanOrEqualTo(ReportReminderTriggers.MAX_NAME);
		assertThat(ReportReminderTriggers.key(reminder).getName()).isEqualTo(name);
	}

}
