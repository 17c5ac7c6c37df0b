package vn.parflow.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.parflow.plan.PlanProgress.ProgressReport;
import vn.parflow.plan.PlanProgress.TaskRow;
import vn.parflow.reporting.ReportTexts.UnitPart;

/**
 * Everything a consolidated report document says, drawn from the plan's live state: who issues it, its number and
 * date, the period, the figures (the same computation as {@code GET /api/plans/{code}/progress?from=…&to=…}), the
 * units' parts and the tasks of the annex.
 *
 * @param issuingBody    "Ủy ban nhân dân xã Việt Khê"
 * @param place          "Việt Khê" (the place/date line)
 * @param documentNumber the outgoing document's number once recorded, otherwise null (left blank to be filled)
 * @param date           the date of the document: recorded, or the day it was drafted
 * @param period         "Quý III", "6 tháng", "Năm", as the report calendar names it
 * @param recipient      "Sở Nội vụ", or null
 * @param signerName     the approving leader's name once approved, otherwise null
 * @param nextPeriod     the tasks due in the next report period (for "phương hướng"), possibly empty
 */
record ReportDocument(String planCode, String planTitle, String issuingBody, String place, String documentNumber,
		LocalDate date, String report, String period, LocalDate from, LocalDate to, LocalDate due,
		String recipient, ProgressReport progress, List<TaskRow> rows, List<UnitPart> units, String signerTitle,
		String signerName, List<TaskRow> nextPeriod) {

	/**
	 * Among the unfinished tasks of the period (within the deadline or overdue), those nobody has begun, for the
	 * report's "trong đó chưa triển khai"; {@code area} null: all of them. (The dashboard's five-way split counts only
	 * the ones within the deadline as "not started": an overdue one is overdue there.)
	 */
	int unfinishedNotStarted(vn.parflow.plan.ReformArea area) {
		return (int) rows.stream().filter(TaskRow::notStarted).filter(row -> area == null || row.area() == area).count();
	}


	/** "quý III năm 2025", "6 tháng đầu năm 2025", "năm 2025". */
	String periodPhrase() {
		return ReportPeriods.phrase(period, to);
	}

	/** "Kết quả thực hiện công tác cải cách hành chính quý III năm 2025" from "Báo cáo công tác cải cách hành chính". */
	String subject() {
		String about = report.strip();
		String lower = about.toLowerCase(Locale.ROOT);
		if (lower.startsWith("báo cáo ")) {
			about = about.substring("báo cáo ".length());
		}
		else if (lower.startsWith("bc ")) {
			about = about.substring(3);
		}
		if (about.toLowerCase(Locale.ROOT).startsWith("kết quả")) {
			about = about.substring("kết quả".length()).strip();
		}
		return "Kết quả " + about + " " + periodPhrase();
	}

	/** The units that sent nothing, by name. */
	List<String> silentUnits() {
		return units.stream().filter(u -> !u.submitted()).map(UnitPart::unitName).toList();
	}

}
