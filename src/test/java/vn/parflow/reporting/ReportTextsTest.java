package vn.parflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.parflow.plan.PlanProgress.AreaRow;
import vn.parflow.plan.PlanProgress.Counts;
import vn.parflow.plan.PlanProgress.ProgressReport;
import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.PlanTaskRef.DeadlineRef;
import vn.parflow.plan.ReformArea;
import vn.parflow.plan.TaskStatus;
import vn.parflow.reporting.ReportTexts.DraftHeader;
import vn.parflow.reporting.ReportTexts.UnitPart;
import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.ScheduleKind;

/** The texts the report forms start from: a unit's tasks with their status, and the draft of the consolidated report. */
class ReportTextsTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

	static final DraftHeader HEADER = new DraftHeader(
			"Kế hoạch cải cách hành chính nhà nước xã Việt Khê 6 tháng cuối năm 2025",
			"Báo cáo công tác cải cách hành chính", "Quý III", LocalDate.of(2025, 9, 9));

	/** 10 tasks: 4 done on time, 1 done late, 3 open within the deadline, 2 overdue. */
	static final ProgressReport PROGRESS = new ProgressReport("VIETKHE-2025-H2", TODAY, null, null, counts(4, 1, 3, 2),
			List.of(new AreaRow(ReformArea.CHI_DAO_DIEU_HANH, ReformArea.CHI_DAO_DIEU_HANH.label(), counts(3, 0, 1, 0)),
					new AreaRow(ReformArea.THU_TUC_HANH_CHINH, ReformArea.THU_TUC_HANH_CHINH.label(),
							counts(1, 1, 2, 2))),
			List.of(), List.of());

	static Counts counts(int onTime, int late, int open, int overdue) {
		int total = onTime + late + open + overdue;
		return new Counts(onTime, late, open, overdue, total, Math.round((onTime + late) * 1000.0 / total) / 10.0, open,
				0);
	}

	@Test
	void shouldFillTheDraftWithTheCountsAndThePercentageOfTasksDone() {
		String draft = ReportTexts.draft(HEADER, PROGRESS, List.of(), VIETNAM);

		assertThat(draft).startsWith("Báo cáo công tác cải cách hành chính – Quý III\n")
			.contains("Hạn gửi báo cáo: 09/09/2025. Số liệu tính đến ngày 01/09/2025.")
			.contains("Tổng số 10 nhiệm vụ: hoàn thành đúng hạn 4, hoàn thành trễ hạn 1, đang thực hiện trong hạn 3, "
					+ "quá hạn chưa hoàn thành 2. Tỷ lệ % nhiệm vụ hoàn thành: 50,0% (hoàn thành đúng hạn 40,0%).")
			.contains("1. Công tác chỉ đạo, điều hành: 4 nhiệm vụ – hoàn thành đúng hạn 3, hoàn thành trễ hạn 0, "
					+ "đang thực hiện trong hạn 1, quá hạn chưa hoàn thành 0; tỷ lệ hoàn thành 75,0%.")
			.contains("2. Cải cách thủ tục hành chính: 6 nhiệm vụ – hoàn thành đúng hạn 1, hoàn thành trễ hạn 1, "
					+ "đang thực hiện trong hạn 2, quá hạn chưa hoàn thành 2; tỷ lệ hoàn thành 33,3%.");
	}

	@Test
	void shouldQuoteEachUnitsResultsAndDifficultiesAndNameTheUnitsThatSentNothing() {
		List<UnitPart> parts = List.of(
				new UnitPart("Phòng Văn hóa – Xã hội", "Ban hành Kế hoạch số 12/KH-UBND", "Thiếu biên chế", "tuan.vhxh",
						Instant.parse("2025-09-04T03:00:00Z")),
				new UnitPart("Phòng Kinh tế", null, null, null, null));

		String draft = ReportTexts.draft(HEADER, PROGRESS, parts, VIETNAM);

		assertThat(draft).contains("- Phòng Văn hóa – Xã hội (tuan.vhxh, 04/09/2025):\n"
				+ "  + Kết quả: Ban hành Kế hoạch số 12/KH-UBND\n  + Khó khăn, vướng mắc: Thiếu biên chế\n")
			.contains("- Phòng Kinh tế: chưa gửi báo cáo.");
	}

	@Test
	void shouldShortenLongUnitTextsSoThatTheDraftFitsInOneFormField() {
		List<UnitPart> parts = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			parts.add(new UnitPart("Đơn vị " + i, "Kết quả dài ".repeat(160), "Khó khăn dài ".repeat(160), "user" + i,
					Instant.parse("2025-09-04T03:00:00Z")));
		}

		String draft = ReportTexts.draft(HEADER, PROGRESS, parts, VIETNAM);

		assertThat(draft).hasSizeLessThanOrEqualTo(ReportTexts.MAX_TEXT)
			.contains("Tỷ lệ % nhiệm vụ hoàn thành: 50,0%")
			.contains("- Đơn vị 6 (user6, 04/09/2025):")
			.contains("(Một số nội dung đã được rút gọn; toàn văn ở báo cáo của từng đơn vị.)");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			66.7  | 66,7%
			100.0 | 100,0%
			0.0   | 0,0%
			""")
	void shouldWritePercentagesWithTheVietnameseDecimalComma(double value, String written) {
		assertThat(ReportTexts.percent(value)).isEqualTo(written);
	}

	@Test
	void shouldListTheUnitsTasksWithWhereEachStandsAndItsNextDeadline() {
		List<PlanTaskRef> tasks = List.of(
				task("1", "Ban hành Kế hoạch cải cách hành chính 6 tháng cuối năm 2025", TaskStatus.DONE,
						List.of(deadline(LocalDate.of(2025, 7, 31), true, true))),
				task("2", "Xây dựng báo cáo cải cách hành chính hàng quý và năm", TaskStatus.IN_PROGRESS,
						List.of(deadline(LocalDate.of(2025, 8, 19), false, null),
								deadline(LocalDate.of(2025, 12, 19), false, null))),
				task("3", "Đánh giá xác định Chỉ số hài lòng", TaskStatus.NOT_STARTED,
						List.of(deadline(LocalDate.of(2025, 12, 31), false, null))),
				task("4", "Tuyên truyền cải cách hành chính", TaskStatus.ASSIGNED, List.of()),
				task("5", "Rà soát văn bản", TaskStatus.DONE, List.of(deadline(LocalDate.of(2025, 8, 1), true, false))));

		String text = ReportTexts.unitTasks("Phòng Văn hóa – Xã hội", tasks, TODAY);

		assertThat(text).isEqualTo("""
				5 nhiệm vụ do Phòng Văn hóa – Xã hội chủ trì:
				• NV 1 – Ban hành Kế hoạch cải cách hành chính 6 tháng cuối năm 2025 – Hoàn thành đúng hạn
				• NV 2 – Xây dựng báo cáo cải cách hành chính hàng quý và năm – Đang thực hiện – hạn 19/08/2025, quá hạn
				• NV 3 – Đánh giá xác định Chỉ số hài lòng – Chưa bắt đầu – hạn 31/12/2025
				• NV 4 – Tuyên truyền cải cách hành chính – Đã giao – thường xuyên
				• NV 5 – Rà soát văn bản – Hoàn thành trễ hạn""");
	}

	@Test
	void shouldCountTheTasksThatDoNotFitInTheFormField() {
		List<PlanTaskRef> tasks = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			tasks.add(task(String.valueOf(i), "Nhiệm vụ có nội dung rất dài ".repeat(10), TaskStatus.NOT_STARTED,
					List.of(deadline(LocalDate.of(2025, 12, 31), false, null))));
		}

		String text = ReportTexts.unitTasks("Phòng Kinh tế", tasks, TODAY);

		assertThat(text).hasSizeLessThanOrEqualTo(ReportTexts.MAX_TEXT)
			.startsWith("60 nhiệm vụ do Phòng Kinh tế chủ trì:")
			.containsPattern("\n… và \\d+ nhiệm vụ khác \\(xem danh sách nhiệm vụ của kế hoạch\\)\\.$");
	}

	static PlanTaskRef task(String number, String content, TaskStatus status, List<DeadlineRef> deadlines) {
		return new PlanTaskRef(Long.parseLong(number), "VIETKHE-2025-H2", number, content, ReformArea.CHI_DAO_DIEU_HANH,
				"vhxh", "Phòng Văn hóa – Xã hội", null, List.of(),
				deadlines.isEmpty() ? ScheduleKind.ONGOING : ScheduleKind.ONE_OFF, deadlines, status, "vhxh",
				new PlanPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)), List.of(), List.of(), null);
	}

	static DeadlineRef deadline(LocalDate due, boolean approved, Boolean onTime) {
		Instant at = approved ? due.atStartOfDay(VIETNAM).toInstant() : null;
		return new DeadlineRef(0, due, null, at, at, onTime, 0);
	}

}
