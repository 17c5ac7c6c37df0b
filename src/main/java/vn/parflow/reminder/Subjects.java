package vn.parflow.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The Vietnamese subject lines of Parflow's mail. Plain Java. */
final class Subjects {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final String PREFIX = "[Parflow] ";

	private static final int CONTENT_LENGTH = 80;

	private Subjects() {
	}

	/** "[Parflow] Nhắc việc: nhiệm vụ 12 «Ban hành…» đến hạn ngày 09/12/2025 (còn 7 ngày)". */
	static String taskReminder(String number, String content, LocalDate due, int daysLeft) {
		return PREFIX + "Nhắc việc: nhiệm vụ " + number + " «" + shorten(content) + "» đến hạn ngày " + DAY.format(due)
				+ " (" + daysLeft(daysLeft) + ")";
	}

	/** "[Parflow] Quá hạn: nhiệm vụ 12 «…» hết hạn ngày 09/12/2025, đã quá hạn 2 tuần". */
	static String taskOverdue(String number, String content, LocalDate due, int weeksOverdue) {
		return PREFIX + "Quá hạn: nhiệm vụ " + number + " «" + shorten(content) + "» hết hạn ngày " + DAY.format(due)
				+ ", " + overdue(weeksOverdue);
	}

	/** "[Parflow] Nhắc báo cáo: Báo cáo công tác cải cách hành chính (Quý III) đến hạn ngày 09/09/2025 (còn 7 ngày)". */
	static String reportReminder(String report, String period, LocalDate due, int daysLeft) {
		return PREFIX + "Nhắc báo cáo: " + shorten(report) + " (" + period + ") đến hạn ngày " + DAY.format(due) + " ("
				+ daysLeft(daysLeft) + ")";
	}

	/** "[Parflow] Mở kỳ báo cáo: Báo cáo công tác cải cách hành chính (Quý III), hạn ngày 09/09/2025". */
	static String reportOpened(String report, String period, LocalDate due) {
		return PREFIX + "Mở kỳ báo cáo: " + shorten(report) + " (" + period + "), hạn ngày " + DAY.format(due);
	}

	/** "[Parflow] Việc cần làm ngày 02/12/2025: 3 việc sắp đến hạn, 1 việc quá hạn". */
	static String digest(LocalDate date, int upcoming, int overdue) {
		StringBuilder subject = new StringBuilder(PREFIX).append("Việc cần làm ngày ").append(DAY.format(date))
			.append(": ");
		if (upcoming > 0) {
			subject.append(upcoming).append(" việc sắp đến hạn");
		}
		if (upcoming > 0 && overdue > 0) {
			subject.append(", ");
		}
		if (overdue > 0) {
			subject.append(overdue).append(" việc quá hạn");
		}
		return subject.toString();
	}

	static String daysLeft(int days) {
		return days <= 0 ? "hạn chót là hôm nay" : "còn " + days + " ngày";
	}

	static String overdue(int weeks) {
		return weeks <= 0 ? "đã quá hạn" : "đã quá hạn " + weeks + " tuần";
	}

	/** The content cut at a word boundary with "…" when it is long; line breaks become spaces. */
	static String shorten(String content) {
		String flat = content == null ? "" : content.replaceAll("\\s+", " ").strip();
		if (flat.length() <= CONTENT_LENGTH) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', CONTENT_LENGTH - 1);
		if (cut < CONTENT_LENGTH / 2) {
			cut = CONTENT_LENGTH - 1;
		}
		return flat.substring(0, cut).strip() + "…";
	}

}
