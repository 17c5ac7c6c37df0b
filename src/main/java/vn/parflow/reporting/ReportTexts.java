package vn.parflow.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import vn.parflow.plan.PlanProgress.AreaRow;
import vn.parflow.plan.PlanProgress.Counts;
import vn.parflow.plan.PlanProgress.ProgressReport;
import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.PlanTaskRef.DeadlineRef;
import vn.parflow.plan.TaskStatus;
import vn.parflow.schedule.ScheduleKind;

/**
 * The Vietnamese texts of a report cycle's forms: the list of a unit's tasks with their live status, and the draft
 * of the consolidated report with the counts per reform area and the units' results and difficulties. Each text
 * fits in one Camunda string variable (4000 characters). Plain Java.
 */
final class ReportTexts {

	/** Camunda keeps a string variable in 4000 characters. */
	static final int MAX_TEXT = 4000;

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final int TASK_CONTENT = 110;

	/** One unit's part as it came in, or did not. */
	record UnitPart(String unitName, String results, String difficulties, String submittedBy, Instant submittedAt) {

		boolean submitted() {
			return submittedAt != null;
		}
	}

	/** What the draft is about. */
	record DraftHeader(String planTitle, String report, String period, LocalDate due) {
	}

	private ReportTexts() {
	}

	/** "Báo cáo công tác cải cách hành chính – Quý III (hạn 09/09/2025)". */
	static String label(String report, String period, LocalDate due) {
		return report + " – " + period + " (hạn " + DAY.format(due) + ")";
	}

	/**
	 * The tasks a unit leads, one line each: number, content (shortened), where it stands and its next deadline.
	 * Lines beyond the size of a form field are counted, not shown.
	 */
	static String unitTasks(String unitName, List<PlanTaskRef> tasks, LocalDate today) {
		StringBuilder text = new StringBuilder();
		text.append(tasks.size()).append(" nhiệm vụ do ").append(unitName).append(" chủ trì:");
		int shown = 0;
		for (PlanTaskRef task : tasks) {
			String line = "\n• NV " + task.number() + " – " + shorten(task.content(), TASK_CONTENT) + " – "
					+ standing(task, today);
			String rest = "\n… và " + (tasks.size() - shown) + " nhiệm vụ khác (xem danh sách nhiệm vụ của kế hoạch).";
			if (text.length() + line.length() + rest.length() > MAX_TEXT - 100) {
				text.append(rest);
				return text.toString();
			}
			text.append(line);
			shown++;
		}
		if (tasks.isEmpty()) {
			text.append("\n(không có nhiệm vụ)");
		}
		return text.toString();
	}

	/** "Hoàn thành đúng hạn", "Đang thực hiện – hạn 19/09/2025, quá hạn", "Chưa bắt đầu – thường xuyên". */
	static String standing(PlanTaskRef task, LocalDate today) {
		if (task.status() == TaskStatus.DONE) {
			boolean late = task.deadlines().stream().anyMatch(d -> Boolean.FALSE.equals(d.onTime()));
			return late ? "Hoàn thành trễ hạn" : "Hoàn thành đúng hạn";
		}
		String status = statusName(task.status());
		DeadlineRef next = task.deadlines().stream().filter(d -> d.approvedAt() == null).findFirst().orElse(null);
		if (next == null) {
			return status + " – " + (task.scheduleKind() == ScheduleKind.ONGOING ? "thường xuyên" : "chưa có hạn");
		}
		return status + " – hạn " + DAY.format(next.due()) + (next.due().isBefore(today) ? ", quá hạn" : "");
	}

	static String statusName(TaskStatus status) {
		return switch (status) {
			case NOT_STARTED -> "Chưa bắt đầu";
			case ASSIGNED -> "Đã giao";
			case IN_COORDINATION -> "Đang lấy ý kiến phối hợp";
			case IN_PROGRESS -> "Đang thực hiện";
			case SUBMITTED -> "Đã nộp, chờ duyệt";
			case RETURNED -> "Bị trả lại";
			case DONE -> "Hoàn thành";
		};
	}

	/**
	 * The draft of the consolidated report: the counts of the whole plan and of each reform area (done on time,
	 * done late, open within the deadline, overdue, "tỷ lệ % nhiệm vụ hoàn thành"), then each unit's results and
	 * difficulties, or that it sent nothing. Long unit texts are shortened so that the draft fits in one form field;
	 * the full texts stay with the cycle.
	 */
	static String draft(DraftHeader header, ProgressReport progress, List<UnitPart> parts, ZoneId zone) {
		for (int cap = 2000; cap >= 40; cap = cap * 3 / 4) {
			String text = draft(header, progress, parts, zone, cap);
			if (text.length() <= MAX_TEXT) {
				return text;
			}
		}
		return shorten(draft(header, progress, parts, zone, 40), MAX_TEXT);
	}

	private static String draft(DraftHeader header, ProgressReport progress, List<UnitPart> parts, ZoneId zone,
			int cap) {
		StringBuilder text = new StringBuilder();
		text.append(header.report()).append(" – ").append(header.period()).append('\n');
		text.append("Kế hoạch: ").append(header.planTitle()).append('\n');
		text.append("Hạn gửi báo cáo: ").append(DAY.format(header.due()))
			.append(". Số liệu tính đến ngày ").append(DAY.format(progress.asOf())).append(".\n\n");
		text.append("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ\n");
		Counts total = progress.total();
		text.append("Tổng số ").append(total.total()).append(" nhiệm vụ: ").append(counts(total)).append(". ")
			.append("Tỷ lệ % nhiệm vụ hoàn thành: ").append(percent(total.percentDone()))
			.append(" (hoàn thành đúng hạn ").append(percent(onTimePercent(total))).append(").\n");
		int number = 1;
		for (AreaRow area : progress.byArea()) {
			Counts c = area.counts();
			text.append(number++).append(". ").append(area.areaName()).append(": ").append(c.total())
				.append(" nhiệm vụ – ").append(counts(c)).append("; tỷ lệ hoàn thành ")
				.append(percent(c.percentDone())).append(".\n");
		}
		text.append("\nII. KẾT QUẢ, KHÓ KHĂN, VƯỚNG MẮC CỦA CÁC ĐƠN VỊ\n");
		boolean shortened = false;
		for (UnitPart part : parts) {
			if (!part.submitted()) {
				text.append("- ").append(part.unitName()).append(": chưa gửi báo cáo.\n");
				continue;
			}
			text.append("- ").append(part.unitName()).append(" (").append(part.submittedBy()).append(", ")
				.append(DAY.format(part.submittedAt().atZone(zone))).append("):\n");
			String results = blankAsNone(part.results());
			String difficulties = blankAsNone(part.difficulties());
			shortened |= results.length() > cap || difficulties.length() > cap;
			text.append("  + Kết quả: ").append(shorten(results, cap)).append('\n');
			text.append("  + Khó khăn, vướng mắc: ").append(shorten(difficulties, cap)).append('\n');
		}
		if (parts.isEmpty()) {
			text.append("(Kế hoạch không có đơn vị chủ trì nhiệm vụ.)\n");
		}
		if (shortened) {
			text.append("(Một số nội dung đã được rút gọn; toàn văn ở báo cáo của từng đơn vị.)\n");
		}
		text.append("\nIII. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI\n…");
		return text.toString();
	}

	private static String counts(Counts c) {
		return "hoàn thành đúng hạn " + c.doneOnTime() + ", hoàn thành trễ hạn " + c.doneLate()
				+ ", đang thực hiện trong hạn " + c.openInTime() + ", quá hạn chưa hoàn thành " + c.openOverdue();
	}

	static double onTimePercent(Counts c) {
		return c.total() == 0 ? 0 : Math.round(c.doneOnTime() * 1000.0 / c.total()) / 10.0;
	}

	/** 44.4 → "44,4%" (Vietnamese decimal comma). */
	static String percent(double value) {
		return String.format(Locale.ROOT, "%.1f", value).replace('.', ',') + "%";
	}

	private static String blankAsNone(String text) {
		return text == null || text.isBlank() ? "không có" : text.strip();
	}

	static String shorten(String text, int max) {
		if (text == null) {
			return "";
		}
		String flat = text.strip();
		if (flat.length() <= max) {
			return flat;
		}
		return flat.substring(0, Math.max(0, max - 1)).stripTrailing() + "…";
	}

}
