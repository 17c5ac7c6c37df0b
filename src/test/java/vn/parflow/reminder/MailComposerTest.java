package vn.parflow.reminder;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.PlanTaskRef.DeadlineRef;
import vn.parflow.plan.ReformArea;
import vn.parflow.plan.TaskStatus;
import vn.parflow.reminder.MailComposer.DigestItems;
import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.ScheduleKind;

import static org.assertj.core.api.Assertions.assertThat;

class MailComposerTest {

	static final LocalDate DUE = LocalDate.of(2025, 12, 9);

	final MailComposer composer = new MailComposer(new MailTemplates(), "https://parflow.vietkhe.gov.vn/");

	final Recipient tuan = new Recipient("tuan.vhxh", "Phạm Minh Tuấn", "tuan.vhxh@demo.parflow.vn");

	final PlanTaskRef task = new PlanTaskRef(42, "VIETKHE-2025-H2", "12",
			"Tuyên truyền <cải cách> hành chính & chuyển đổi số", ReformArea.values()[0], "vhxh",
			"Phòng Văn hóa – Xã hội", "tuan.vhxh", List.of(), ScheduleKind.values()[0],
			List.of(new DeadlineRef(0, DUE, "Quý IV", null, null, null, 0)), TaskStatus.ASSIGNED, "vhxh",
			new PlanPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)), List.of(),
			List.of("Báo cáo kết quả tuyên truyền"), null);

	@Test
	void shouldWriteATaskReminderInVietnameseWithTheLinkToTheTaskInTheTasklist() {
		OutboxMail mail = composer.taskReminder(tuan, task, 0, DUE, "c0ffee-1", 7);

		assertThat(mail.kind()).isEqualTo(MailKind.TASK_REMINDER);
		assertThat(mail.dedupKey()).isEqualTo("task-reminder:42:0:7:tuan.vhxh");
		assertThat(mail.subject()).isEqualTo("[Parflow] Nhắc việc: nhiệm vụ 12 «Tuyên truyền <cải cách> hành chính & "
				+ "chuyển đổi số» đến hạn ngày 09/12/2025 (còn 7 ngày)");
		assertThat(mail.link()).isEqualTo("https://parflow.vietkhe.gov.vn/camunda/app/tasklist/default/#/?task=c0ffee-1");
		assertThat(mail.textBody()).contains("Kính gửi Phạm Minh Tuấn,")
			.contains("Nhiệm vụ:        12. Tuyên truyền <cải cách> hành chính & chuyển đổi số")
			.contains("Đơn vị chủ trì:  Phòng Văn hóa – Xã hội")
			.contains("Kỳ:              Quý IV")
			.contains("Hạn xử lý:       09/12/2025")
			.contains("Sản phẩm:        Báo cáo kết quả tuyên truyền")
			.contains("https://parflow.vietkhe.gov.vn/camunda/app/tasklist/default/#/?task=c0ffee-1");
		assertThat(mail.htmlBody()).contains("<strong>Phạm Minh Tuấn</strong>")
			.as("the task's own text is escaped, never markup")
			.contains("Tuyên truyền &lt;cải cách&gt; hành chính &amp; chuyển đổi số")
			.contains("href=\"https://parflow.vietkhe.gov.vn/camunda/app/tasklist/default/#/?task=c0ffee-1\"")
			.contains("còn 7 ngày");
	}

	@Test
	void shouldSayWhenTheDeadlineFallsOnADayOffAndKeepTheDeadline() {
		MailComposer onCalendar = new MailComposer(new MailTemplates(), "https://parflow.vietkhe.gov.vn/",
				vn.parflow.calendar.WorkingDays.read("config/calendar/days-off.yaml"));
		LocalDate inTet = LocalDate.of(2026, 2, 19);

		OutboxMail reminder = onCalendar.taskReminder(tuan, task, 0, inTet, "c0ffee-1", 6);
		assertThat(reminder.textBody()).contains("Hạn xử lý:       19/02/2026")
			.contains("Lưu ý:           Hạn 19/02/2026 rơi vào ngày nghỉ Tết Nguyên đán (14/02/2026 – 22/02/2026); "
					+ "ngày làm việc cuối cùng trước hạn là 13/02/2026.");
		assertThat(reminder.htmlBody()).contains("rơi vào ngày nghỉ Tết Nguyên đán");
		assertThat(onCalendar.taskOverdue(tuan, task, 0, inTet, "c0ffee-1", 1).textBody())
			.contains("rơi vào ngày nghỉ Tết Nguyên đán");

		assertThat(onCalendar.taskReminder(tuan, task, 0, DUE, "c0ffee-1", 7).textBody())
			.as("09/12/2025 is a Tuesday").doesNotContain("Lưu ý");
	}

	@Test
	void shouldLeaveOutTheLinesATaskDoesNotHave() {
		PlanTaskRef plain = new PlanTaskRef(43, "VIETKHE-2025-H2", "13", "Rà soát", null, "vp",
				"Văn phòng HĐND và UBND xã", null, List.of(), ScheduleKind.values()[0],
				List.of(new DeadlineRef(0, DUE, null, null, null, null, 0)), TaskStatus.NOT_STARTED, "vhxh",
				new PlanPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)), List.of(), List.of(), null);

		OutboxMail mail = composer.taskReminder(tuan, plain, 0, DUE, "t-13", 1);

		assertThat(mail.textBody()).doesNotContain("Kỳ:").doesNotContain("Sản phẩm:").contains("(còn 1 ngày)");
		assertThat(mail.htmlBody()).doesNotContain(">Kỳ<").doesNotContain(">Sản phẩm<");
	}

	@Test
	void shouldEscalateAnOverdueTask() {
		OutboxMail mail = composer.taskOverdue(tuan, task, 0, DUE, "c0ffee-1", 2);

		assertThat(mail.kind()).isEqualTo(MailKind.TASK_OVERDUE);
		assertThat(mail.dedupKey()).isEqualTo("task-overdue:42:0:2:tuan.vhxh");
		assertThat(mail.subject()).startsWith("[Parflow] Quá hạn: nhiệm vụ 12 «").endsWith("đã quá hạn 2 tuần");
		assertThat(mail.textBody()).contains("đã quá hạn 2 tuần mà chưa hoàn thành")
			.contains("Đề nghị khẩn trương hoàn thành");
	}

	@Test
	void shouldRemindOfAReportAndLinkToTheTasklistWhenThereIsNoTask() {
		ReportReminder reminder = new ReportReminder("VIETKHE-2025-H2", "Báo cáo công tác cải cách hành chính",
				"Quý III", LocalDate.of(2025, 9, 9), 7);

		OutboxMail mail = composer.reportReminder(tuan, reminder, 7, null);

		assertThat(mail.subject()).isEqualTo("[Parflow] Nhắc báo cáo: Báo cáo công tác cải cách hành chính (Quý III) "
				+ "đến hạn ngày 09/09/2025 (còn 7 ngày)");
		assertThat(mail.dedupKey())
			.isEqualTo("report-reminder:VIETKHE-2025-H2:Báo cáo công tác cải cách hành chính:Quý III:7:tuan.vhxh");
		assertThat(mail.link()).isEqualTo("https://parflow.vietkhe.gov.vn/camunda/app/tasklist/default/");
		assertThat(mail.textBody()).contains("Kỳ báo cáo:  Quý III").contains("Hạn gửi:     09/09/2025");
	}

	@Test
	void shouldListOverdueTasksFirstInTheDigestAndCountTheRest() {
		List<DigestItem> soon = List.of(
				new DigestItem("Nhiệm vụ 12 (VIETKHE-2025-H2): Tuyên truyền", "Nộp sản phẩm", "05/12/2025", "còn 3 ngày",
						"https://parflow.vietkhe.gov.vn/camunda/app/tasklist/default/#/?task=a"),
				new DigestItem("Duyệt báo cáo quý", null, "06/12/2025", "còn 4 ngày",
						"https://parflow.vietkhe.gov.vn/camunda/app/tasklist/default/#/?task=b"));
		List<DigestItem> late = List.of(new DigestItem("Nhiệm vụ 3 (VIETKHE-2025-H2): Khảo sát", "Giao việc",
				"30/11/2025", "quá hạn 2 ngày", "https://parflow.vietkhe.gov.vn/camunda/app/tasklist/default/#/?task=c"));

		OutboxMail mail = composer.digest(tuan, LocalDate.of(2025, 12, 2), DigestItems.of(soon, 1),
				DigestItems.of(late, 30), 7);

		assertThat(mail.subject())
			.isEqualTo("[Parflow] Việc cần làm ngày 02/12/2025: 2 việc sắp đến hạn, 1 việc quá hạn");
		assertThat(mail.dedupKey()).isEqualTo("digest:2025-12-02:tuan.vhxh");
		String text = mail.textBody();
		assertThat(text.indexOf("QUÁ HẠN")).isLessThan(text.indexOf("ĐẾN HẠN TRONG 7 NGÀY TỚI"));
		assertThat(text).contains("- Nhiệm vụ 3 (VIETKHE-2025-H2): Khảo sát — Giao việc\n  Hạn 30/11/2025, quá hạn 2 ngày")
			.contains("- Nhiệm vụ 12 (VIETKHE-2025-H2): Tuyên truyền — Nộp sản phẩm\n  Hạn 05/12/2025, còn 3 ngày")
			.doesNotContain("Duyệt báo cáo quý")
			.contains("và 1 việc sắp đến hạn khác trong Tasklist.")
			.contains("{\"enabled\": false}");
		assertThat(mail.htmlBody()).contains("href=\"https://parflow.vietkhe.gov.vn/camunda/app/tasklist/default/#/?task=c\"")
			.contains("Hạn 30/11/2025, quá hạn 2 ngày")
			.contains("Đến hạn trong 7 ngày tới");
	}

}
