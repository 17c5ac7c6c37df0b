package vn.parflow.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import vn.parflow.plan.PlanProgress.AreaRow;
import vn.parflow.plan.PlanProgress.Counts;
import vn.parflow.plan.PlanProgress.DeadlineRow;
import vn.parflow.plan.PlanProgress.Standing;
import vn.parflow.plan.PlanProgress.TaskRow;
import vn.parflow.plan.ReformArea;
import vn.parflow.reporting.DocxTemplate.Line;
import vn.parflow.reporting.DocxTemplate.Row;
import vn.parflow.reporting.ReportTexts.UnitPart;
import vn.parflow.schedule.ScheduleKind;

/**
 * The consolidated report as a Word document: the template (config/templates/README.md lists its placeholders)
 * filled from a {@link ReportDocument}. Plain Java.
 */
final class ReportDocx {

	static final Locale VI = Locale.forLanguageTag("vi-VN");

	private static final int NEXT_TASKS_SHOWN = 6;

	private ReportDocx() {
	}

	static byte[] render(byte[] template, ReportDocument doc) {
		return DocxTemplate.fill(template, values(doc), blocks(doc), tables(doc));
	}

	static Map<String, String> values(ReportDocument doc) {
		Map<String, String> v = new LinkedHashMap<>();
		String[] body = issuingBodyLines(doc.issuingBody());
		v.put("issuingBodyUpper", body[0]);
		v.put("issuingBodyName", body[1]);
		v.put("issuingBody", doc.issuingBody());
		v.put("documentNumber", doc.documentNumber() != null ? doc.documentNumber() : "        /BC-UBND");
		v.put("documentDay", doc.documentNumber() != null ? ReportTexts.DAY.format(doc.date()) : "      /      /" + doc.date().getYear());
		v.put("placeDate", placeDate(doc.place(), doc.date()));
		v.put("subject", doc.subject());
		v.put("planTitle", doc.planTitle());
		v.put("planCode", doc.planCode());
		v.put("report", doc.report());
		v.put("period", doc.period());
		v.put("periodPhrase", doc.periodPhrase());
		v.put("periodPhraseUpper", doc.periodPhrase().toUpperCase(VI));
		v.put("from", ReportTexts.DAY.format(doc.from()));
		v.put("to", ReportTexts.DAY.format(doc.to()));
		v.put("due", ReportTexts.DAY.format(doc.due()));
		v.put("asOf", ReportTexts.DAY.format(doc.progress().asOf()));
		v.put("recipient", doc.recipient() == null ? "" : doc.recipient());
		Counts total = doc.progress().total();
		v.put("totalTasks", String.valueOf(total.total()));
		v.put("doneTotal", String.valueOf(total.doneOnTime() + total.doneLate()));
		v.put("doneOnTime", String.valueOf(total.doneOnTime()));
		v.put("doneLate", String.valueOf(total.doneLate()));
		v.put("openInTime", String.valueOf(total.openInTime()));
		v.put("openOverdue", String.valueOf(total.openOverdue()));
		v.put("notStarted", String.valueOf(doc.unfinishedNotStarted(null)));
		v.put("percentDone", ReportTexts.percent(total.percentDone()));
		v.put("signerAuthority", "TM. " + body[0]);
		v.put("signerTitle", doc.signerTitle() == null ? "" : doc.signerTitle().toUpperCase(VI));
		v.put("signerName", doc.signerName() == null ? "" : doc.signerName());
		v.put("silentUnits", String.join(", ", doc.silentUnits()));
		return v;
	}

	/** "Ủy ban nhân dân xã Việt Khê" → "ỦY BAN NHÂN DÂN", "XÃ VIỆT KHÊ"; another name on one line. */
	static String[] issuingBodyLines(String issuingBody) {
		String name = issuingBody == null ? "" : issuingBody.strip();
		String upper = name.toUpperCase(VI).replace("UỶ", "ỦY");
		String prefix = "ỦY BAN NHÂN DÂN";
		if (upper.startsWith(prefix) && upper.length() > prefix.length()) {
			return new String[] { prefix, upper.substring(prefix.length()).strip() };
		}
		return new String[] { upper, "" };
	}

	/** "Việt Khê, ngày 08 tháng 9 năm 2025": days below 10 and months below 3 with a leading zero (Decree 30). */
	static String placeDate(String place, LocalDate date) {
		String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
		String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
		return (place == null || place.isBlank() ? "" : place + ", ") + "ngày " + day + " tháng " + month + " năm "
				+ date.getYear();
	}

	static Map<String, List<Line>> blocks(ReportDocument doc) {
		Map<String, List<Line>> b = new LinkedHashMap<>();
		b.put("recipientLine", doc.recipient() == null || doc.recipient().isBlank() ? List.of()
				: List.of(Line.plain("Kính gửi: " + doc.recipient())));
		b.put("unitReports", unitReports(doc.units()));
		b.put("shortcomings", shortcomings(doc));
		b.put("nextSteps", nextSteps(doc));
		List<Line> recipients = new ArrayList<>();
		if (doc.recipient() != null && !doc.recipient().isBlank()) {
			recipients.add(Line.plain("- " + doc.recipient() + ";"));
		}
		recipients.add(Line.plain("- Chủ tịch, các Phó Chủ tịch UBND;"));
		recipients.add(Line.plain("- Các phòng, ban, đơn vị;"));
		recipients.add(Line.plain("- Lưu: VT."));
		b.put("recipients", recipients);
		return b;
	}

	private static List<Line> unitReports(List<UnitPart> units) {
		List<Line> lines = new ArrayList<>();
		int n = 1;
		for (UnitPart unit : units) {
			if (!unit.submitted()) {
				lines.add(Line.bold(n++ + ". " + unit.unitName() + ": chưa gửi báo cáo."));
				continue;
			}
			lines.add(Line.bold(n++ + ". " + unit.unitName()));
			addText(lines, "- Kết quả: ", unit.results());
			addText(lines, "- Khó khăn, vướng mắc: ", unit.difficulties());
		}
		if (units.isEmpty()) {
			lines.add(Line.plain("Kế hoạch không có đơn vị chủ trì nhiệm vụ."));
		}
		return lines;
	}

	private static void addText(List<Line> lines, String label, String text) {
		String body = text == null || text.isBlank() ? "không có." : text.strip();
		String[] parts = body.split("\\R+");
		lines.add(Line.plain(label + parts[0].strip()));
		for (int i = 1; i < parts.length; i++) {
			if (!parts[i].isBlank()) {
				lines.add(Line.plain(parts[i].strip()));
			}
		}
	}

	private static List<Line> shortcomings(ReportDocument doc) {
		List<Line> lines = new ArrayList<>();
		List<TaskRow> overdue = doc.rows().stream().filter(r -> r.standing() == Standing.OPEN_OVERDUE).toList();
		if (overdue.isEmpty()) {
			lines.add(Line.plain("- Không có nhiệm vụ quá hạn chưa hoàn thành trong kỳ."));
		}
		else {
			lines.add(Line.plain("- Còn " + overdue.size() + " nhiệm vụ quá hạn chưa hoàn thành: " + overdue.stream()
				.map(r -> "nhiệm vụ " + r.number() + " (" + r.leadUnitName() + ", hạn " + deadlines(r, false) + ")")
				.collect(Collectors.joining("; ")) + "."));
		}
		long late = doc.rows().stream().filter(r -> r.standing() == Standing.DONE_LATE).count();
		if (late > 0) {
			lines.add(Line.plain("- Có " + late + " nhiệm vụ hoàn thành nhưng trễ hạn so với Kế hoạch."));
		}
		List<String> silent = doc.silentUnits();
		if (!silent.isEmpty()) {
			lines.add(Line.plain("- Các đơn vị chưa gửi báo cáo: " + String.join(", ", silent) + "."));
		}
		return lines;
	}

	private static List<Line> nextSteps(ReportDocument doc) {
		List<Line> lines = new ArrayList<>();
		long open = doc.rows().stream().filter(r -> !r.standing().done()).count();
		if (open > 0) {
			lines.add(Line.plain("- Tiếp tục thực hiện " + open + " nhiệm vụ chưa hoàn thành trong kỳ, ưu tiên các"
					+ " nhiệm vụ quá hạn; các đơn vị chủ trì báo cáo kết quả, sản phẩm về phòng đầu mối."));
		}
		List<TaskRow> next = doc.nextPeriod().stream()
			.filter(r -> r.scheduleKind() != ScheduleKind.ONGOING && !r.deadlines().isEmpty())
			.toList();
		if (!next.isEmpty()) {
			lines.add(Line.plain("- Triển khai " + next.size() + " nhiệm vụ đến hạn trong kỳ báo cáo tới"
					+ (next.size() > NEXT_TASKS_SHOWN ? ", trước hết là:" : ":")));
			next.stream()
				.sorted(java.util.Comparator.comparing((TaskRow r) -> r.deadlines().get(0).due()))
				.limit(NEXT_TASKS_SHOWN)
				.forEach(r -> lines.add(Line.plain("+ " + ReportTexts.shorten(r.content(), 140) + " ("
						+ r.leadUnitName() + "; hạn " + deadlines(r, false) + ");")));
			if (next.size() > NEXT_TASKS_SHOWN) {
				lines.add(Line.plain("+ Và " + (next.size() - NEXT_TASKS_SHOWN)
						+ " nhiệm vụ khác theo Phụ lục của Kế hoạch."));
			}
		}
		lines.add(Line.plain("- Duy trì thực hiện các nhiệm vụ thường xuyên theo Kế hoạch; thực hiện nghiêm chế độ"
				+ " thông tin, báo cáo định kỳ."));
		return lines;
	}

	static Map<String, List<Row>> tables(ReportDocument doc) {
		Map<String, List<Row>> t = new LinkedHashMap<>();
		List<Row> areas = new ArrayList<>();
		int n = 1;
		for (AreaRow area : doc.progress().byArea()) {
			Counts c = area.counts();
			Map<String, String> f = new LinkedHashMap<>();
			f.put("stt", String.valueOf(n++));
			f.put("name", area.areaName());
			f.put("total", String.valueOf(c.total()));
			f.put("doneOnTime", String.valueOf(c.doneOnTime()));
			f.put("doneLate", String.valueOf(c.doneLate()));
			f.put("openInTime", String.valueOf(c.openInTime()));
			f.put("openOverdue", String.valueOf(c.openOverdue()));
			f.put("notStarted", String.valueOf(doc.unfinishedNotStarted(area.area())));
			f.put("percentDone", ReportTexts.percent(c.percentDone()));
			areas.add(new Row(f, false));
		}
		t.put("areas", areas);
		List<Row> annex = new ArrayList<>();
		int group = 1;
		for (Map.Entry<ReformArea, List<TaskRow>> area : byArea(doc.rows()).entrySet()) {
			annex.add(new Row(Map.of("stt", roman(group++), "content", areaName(area.getKey()).toUpperCase(VI)), true));
			for (TaskRow row : area.getValue()) {
				Map<String, String> f = new LinkedHashMap<>();
				f.put("stt", row.number());
				f.put("content", row.content());
				f.put("lead", row.leadUnitName());
				f.put("deadline", deadlines(row, true));
				f.put("status", status(row));
				f.put("deliverable", deliverable(row));
				f.put("notes", row.notes() == null ? "" : row.notes());
				annex.add(new Row(f, false));
			}
		}
		t.put("annex", annex);
		return t;
	}

	/** The rows grouped by reform area in the order of the seven areas; rows without an area last. */
	static Map<ReformArea, List<TaskRow>> byArea(List<TaskRow> rows) {
		Map<ReformArea, List<TaskRow>> groups = new LinkedHashMap<>();
		for (ReformArea area : ReformArea.values()) {
			List<TaskRow> in = rows.stream().filter(r -> r.area() == area).toList();
			if (!in.isEmpty()) {
				groups.put(area, in);
			}
		}
		List<TaskRow> none = rows.stream().filter(r -> r.area() == null).toList();
		if (!none.isEmpty()) {
			groups.put(null, none);
		}
		return groups;
	}

	static String areaName(ReformArea area) {
		return area == null ? "Nhiệm vụ khác" : area.label();
	}

	/** "30/09/2025"; several: "Quý III/2025: 30/09/2025" one a line; "Thường xuyên"; "Chưa có thời hạn". */
	static String deadlines(TaskRow row, boolean labelled) {
		if (row.deadlines().isEmpty()) {
			return row.scheduleKind() == ScheduleKind.ONGOING ? "Thường xuyên" : "Chưa có thời hạn";
		}
		if (row.deadlines().size() == 1 || !labelled) {
			return row.deadlines().stream().map(d -> ReportTexts.DAY.format(d.due())).collect(Collectors.joining(", "));
		}
		return row.deadlines().stream()
			.map(d -> (d.label() == null || d.label().isBlank() ? "" : d.label() + ": ") + ReportTexts.DAY.format(d.due()))
			.collect(Collectors.joining("\n"));
	}

	/** The task's standing in the period, in Vietnamese, as the figures count it. */
	static String status(TaskRow row) {
		return switch (row.standing()) {
			case DONE_ON_TIME -> "Hoàn thành đúng hạn";
			case DONE_LATE -> "Hoàn thành trễ hạn";
			case OPEN_OVERDUE -> row.notStarted() ? "Quá hạn, chưa triển khai" : "Quá hạn, chưa hoàn thành";
			case OPEN_IN_TIME -> row.notStarted() ? "Chưa triển khai" : ReportTexts.statusName(row.status());
		};
	}

	/** The documents submitted ("Văn bản số 12/KH-UBND ngày 15/07/2025", a link), or the planned deliverable. */
	static String deliverable(TaskRow row) {
		List<String> parts = new ArrayList<>();
		for (DeadlineRow d : row.deadlines()) {
			if (d.documentNumber() != null) {
				parts.add("Văn bản số " + d.documentNumber()
						+ (d.documentDate() == null ? "" : " ngày " + ReportTexts.DAY.format(d.documentDate())));
			}
			if (d.documentLink() != null) {
				parts.add(d.documentLink());
			}
		}
		if (!parts.isEmpty()) {
			return String.join("\n", parts);
		}
		return row.deliverables().isEmpty() ? "" : "Dự kiến: " + String.join("; ", row.deliverables());
	}

	static String roman(int n) {
		String[] numerals = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" };
		return n >= 1 && n <= numerals.length ? numerals[n - 1] : String.valueOf(n);
	}

}
