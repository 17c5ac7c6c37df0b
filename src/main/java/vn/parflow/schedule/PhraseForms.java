package vn.parflow.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * General forms of time phrases read around {@link TimePhraseReader} (issue 16), each as narrow as an officer's
 * reading of it, so that a phrase that only looks like one is left to the reader (and to a person):
 * <ul>
 * <li>a working-day period from a written day: "Trong 05 ngày làm việc kể từ ngày 01/10/2025" → the 5th working day
 * after 01/10/2025 on the working-day calendar (from the day after, Bộ luật Dân sự art. 147); "03 ngày làm việc
 * trước ngày 20/12/2025" → the 3rd working day before it. Not read without a calendar, nor from an event ("kể từ
 * ngày nhận được văn bản");</li>
 * <li>a relative year after a day, month or quarter: "Ngày 15/3 năm sau", "trước 31/01 của năm tiếp theo", "Quý I
 * năm sau" → the year after the plan period, with a note;</li>
 * <li>several days of every year: "Định kỳ trước ngày 05/6 và 10/11 hằng năm" → 04/6 and 09/11 of each year;</li>
 * <li>a regular regime with an alternative: "Hằng năm (trước ngày 20 tháng 10) hoặc theo đề nghị", "… (hoặc đột
 * xuất khi có yêu cầu)" → the regular dates, the alternative kept as a note; only when the first part is a
 * recurring rule and the alternative holds no time ("Quý IV/2026 hoặc theo yêu cầu" stays unread);</li>
 * <li>"tháng cuối cùng của (mỗi) quý" is "tháng cuối quý";</li>
 * <li>a first deadline then a recurring one: "Hoàn thành lần đầu trong năm 2026; định kỳ cập nhật hằng quý" → the
 * first deadline, then the recurring dates after it inside the plan period;</li>
 * <li>a span that runs past the plan period: "Giai đoạn 2026 – 2030", "Triển khai từ năm 2026 và thực hiện thường
 * xuyên" → ONGOING within the plan period, with a note that the phrase runs past it.</li>
 * </ul>
 */
final class PhraseForms {

	private static final DateTimeFormatter DMY = TimePhraseReader.DMY;

	private static final String DATE = "(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})";

	private static final Pattern WORKING_AFTER = Pattern.compile(
			"(?:[a-z ]{0,40}?\\s)?(?:trong|trong vong|trong thoi han|cham nhat)\\s+(\\d{1,3})\\s+ngay lam viec\\s+"
					+ "(?:ke tu|tinh tu)\\s+ngay\\s+" + DATE);

	private static final Pattern WORKING_BEFORE = Pattern.compile(
			"(?:[a-z ]{0,40}?\\s)?(?:cham nhat\\s+)?\\s*(\\d{1,3})\\s+ngay lam viec\\s+truoc\\s+ngay\\s+" + DATE);

	private static final Pattern RELATIVE_YEAR = Pattern.compile(
			"(\\d{1,2}\\s*/\\s*\\d{1,2}|thang\\s+\\d{1,2}|quy\\s+[ivx]+|ngay\\s+\\d{1,2}\\s+thang\\s+\\d{1,2})"
					+ "(\\s+(?:cua\\s+)?(?:nam sau|nam tiep theo|nam ke tiep))(?![a-z0-9/])");

	private static final Pattern DAYS_EVERY_YEAR = Pattern.compile(
			"(?:dinh ky\\s+)?(truoc\\s+)?(?:ngay\\s+)?(\\d{1,2}/\\d{1,2}(?:\\s*(?:,|va)\\s*(?:ngay\\s+)?\\d{1,2}/\\d{1,2})+)"
					+ "\\s+hang nam");

	private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})");

	private static final Pattern ALTERNATIVE = Pattern.compile(
			"(.*?)[\\s,;]*(?:\\(\\s*hoac\\s+([^()]*)\\)|hoac\\s+([^()]*))");

	private static final Pattern ALTERNATIVE_WORDS = Pattern.compile(
			"dot xuat|khi co yeu cau|theo yeu cau|theo de nghi|khi can thiet|theo chi dao|khi co chi dao");

	private static final Pattern LAST_MONTH = Pattern.compile("thang cuoi cung\\s+(?:cua\\s+)?(?:moi\\s+)?quy");

	private static final Pattern FIRST_THEN = Pattern.compile(
			"(.*?)\\blan dau\\s+(.*?)\\s*[;,.]\\s*(?:sau do\\s+)?((?:dinh ky|hang|sau do).*)");

	private static final Pattern STAGE = Pattern.compile("(?:thuc hien\\s+)?(?:trong\\s+)?giai doan\\s+(\\d{4})\\s*-\\s*(\\d{4})");

	private static final Pattern FROM_YEAR_ONGOING = Pattern.compile(
			"(?:trien khai|thuc hien|bat dau)?\\s*(?:thuc hien\\s+)?tu nam\\s+(\\d{4})\\s*(?:,|va|;)?\\s*"
					+ "(?:thuc hien|duy tri|trien khai)?\\s*(?:thuong xuyen|lien tuc)(?:\\s+cac nam sau)?");

	private PhraseForms() {
	}

	/** The forms that answer by themselves, or empty to let the reader go on. */
	static Optional<Schedule> read(VietnameseText text, PlanPeriod period, DeadlineParser.WorkingDayCounter workingDays,
			BiFunction<String, PlanPeriod, Schedule> reader) {
		String folded = text.folded();
		Matcher m;
		if ((m = WORKING_AFTER.matcher(folded)).matches()) {
			return workingDays(text, m, period, workingDays, 1);
		}
		if ((m = WORKING_BEFORE.matcher(folded)).matches()) {
			return workingDays(text, m, period, workingDays, -1);
		}
		if ((m = STAGE.matcher(folded)).matches()) {
			int from = Integer.parseInt(m.group(1));
			int to = Integer.parseInt(m.group(2));
			if (from <= to && to > period.end().getYear() && from <= period.end().getYear()) {
				return Optional.of(Schedule.ongoing(pastThePeriod(text, period)));
			}
			return Optional.empty();
		}
		if ((m = FROM_YEAR_ONGOING.matcher(folded)).matches()) {
			int from = Integer.parseInt(m.group(1));
			if (from <= period.start().getYear()) {
				return Optional.of(Schedule.ongoing(pastThePeriod(text, period)));
			}
			return Optional.empty();
		}
		if ((m = DAYS_EVERY_YEAR.matcher(folded)).matches()) {
			return daysEveryYear(text, m, period);
		}
		if ((m = FIRST_THEN.matcher(folded)).matches()) {
			return firstThen(text, m, period, reader);
		}
		if ((m = ALTERNATIVE.matcher(folded)).matches()) {
			String alternative = m.group(2) != null ? m.group(2) : m.group(3);
			if (alternative != null && ALTERNATIVE_WORDS.matcher(alternative).find()
					&& !alternative.matches(".*\\d.*")) {
				Schedule regular = reader.apply(text.original().substring(0, m.end(1)), period);
				if (regular.kind() == ScheduleKind.RECURRING) {
					String note = "Ngoài lịch định kỳ: "
							+ VietnameseText.tidy(text.original().substring(m.end(1))).replaceAll("^[(]|[)]$", "")
							+ ".";
					return Optional.of(new Schedule(ScheduleKind.RECURRING, regular.deadlines(),
							join(regular.note(), note), null));
				}
			}
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** The phrase with its general wording made plain for the reader, and the note the rewriting owes. */
	record Rewritten(String phrase, String note) {
	}

	/** "năm sau" after a day, month or quarter → the year after the plan period; "tháng cuối cùng của mỗi quý". */
	static Rewritten rewrite(VietnameseText text, PlanPeriod period) {
		String original = text.original();
		String folded = text.folded();
		String note = null;
		Matcher last = LAST_MONTH.matcher(folded);
		if (last.find()) {
			original = original.substring(0, last.start()) + "tháng cuối quý" + original.substring(last.end());
			folded = VietnameseText.fold(original);
		}
		Matcher relative = RELATIVE_YEAR.matcher(folded);
		if (relative.find() && !relative.find()) {
			relative.reset().find();
			int year = period.end().getYear() + 1;
			boolean dayMonth = relative.group(1).contains("/");
			original = original.substring(0, relative.end(1)) + (dayMonth ? "/" + year : " năm " + year)
					+ original.substring(relative.end(2));
			note = "«" + VietnameseText.tidy(text.original().substring(relative.start(2), relative.end(2)))
					+ "» được hiểu là năm " + year + ", năm sau kỳ kế hoạch.";
		}
		return new Rewritten(original, note);
	}

	private static Optional<Schedule> workingDays(VietnameseText text, Matcher m, PlanPeriod period,
			DeadlineParser.WorkingDayCounter workingDays, int direction) {
		if (workingDays == null) {
			return Optional.empty();
		}
		int n = Integer.parseInt(m.group(1));
		LocalDate from;
		try {
			from = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
		}
		catch (DateTimeException ex) {
			return Optional.of(Schedule.unresolved("Ngày trong «" + text.original() + "» không có thật: không đoán thời hạn."));
		}
		if (n < 1) {
			return Optional.of(Schedule.unresolved("Số ngày làm việc trong «" + text.original() + "» phải từ 1 trở lên."));
		}
		LocalDate due = workingDays.plusWorkingDays(from, direction * n);
		String note = "%d ngày làm việc %s %s theo lịch ngày làm việc: hạn %s.".formatted(n,
				direction > 0 ? "kể từ ngày" : "trước ngày", DMY.format(from), DMY.format(due));
		if (!period.contains(due)) {
			note += " Thời hạn nằm ngoài kỳ kế hoạch (" + DMY.format(period.start()) + " – " + DMY.format(period.end()) + ").";
		}
		return Optional.of(new Schedule(ScheduleKind.ONE_OFF, List.of(new Deadline(due, null)), note, null));
	}

	private static Optional<Schedule> daysEveryYear(VietnameseText text, Matcher m, PlanPeriod period) {
		boolean before = m.group(1) != null;
		List<Deadline> deadlines = new ArrayList<>();
		Matcher day = DAY_MONTH.matcher(m.group(2));
		List<int[]> days = new ArrayList<>();
		while (day.find()) {
			int d = Integer.parseInt(day.group(1));
			int month = Integer.parseInt(day.group(2));
			if (month < 1 || month > 12 || d < 1 || d > java.time.Month.of(month).maxLength()
					|| month == 2 && d == 29) {
				return Optional.of(Schedule.unresolved("Ngày " + d + "/" + month + " trong «" + text.original()
						+ "» không có ở mọi năm: không đoán thời hạn."));
			}
			days.add(new int[] { d, month });
		}
		for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
			for (int[] dm : days) {
				LocalDate due = LocalDate.of(year, dm[1], dm[0]);
				due = before ? due.minusDays(1) : due;
				if (period.contains(due)) {
					deadlines.add(new Deadline(due, "Năm " + year));
				}
			}
		}
		if (deadlines.isEmpty()) {
			return Optional.of(Schedule.unresolved("Các ngày của «" + text.original() + "» không có ngày nào trong kỳ kế hoạch."));
		}
		deadlines.sort(java.util.Comparator.comparing(Deadline::date));
		return Optional.of(new Schedule(ScheduleKind.RECURRING, deadlines, null, null));
	}

	private static Optional<Schedule> firstThen(VietnameseText text, Matcher m, PlanPeriod period,
			BiFunction<String, PlanPeriod, Schedule> reader) {
		String original = text.original();
		String first = (original.substring(0, m.start(1) + m.group(1).length()) + " "
				+ original.substring(m.start(2), m.end(2))).strip();
		String then = original.substring(m.start(3), m.end(3));
		Schedule once = reader.apply(first, period);
		if (once.kind() == ScheduleKind.UNRESOLVED) {
			// the recurring part runs from the first time: without it, nothing can be scheduled
			return Optional.of(Schedule.unresolved("Không đọc được hạn lần đầu trong «" + text.original() + "»: "
					+ once.reason()));
		}
		Schedule recurring = reader.apply(then, period);
		if (once.kind() != ScheduleKind.ONE_OFF || recurring.kind() != ScheduleKind.RECURRING) {
			return Optional.empty();
		}
		LocalDate firstDue = once.deadlines().get(0).date();
		List<Deadline> deadlines = new ArrayList<>();
		deadlines.add(new Deadline(firstDue, "Lần đầu"));
		recurring.deadlines().stream().filter(d -> d.date().isAfter(firstDue)).forEach(deadlines::add);
		String note = "Lần đầu: hạn " + DMY.format(firstDue) + "; sau đó " + VietnameseText.tidy(then) + ".";
		if (deadlines.size() == 1) {
			return Optional.of(new Schedule(ScheduleKind.ONE_OFF, deadlines,
					join(note, "Trong kỳ kế hoạch không còn kỳ định kỳ nào sau lần đầu."), null));
		}
		return Optional.of(new Schedule(ScheduleKind.RECURRING, deadlines, note, null));
	}

	private static String pastThePeriod(VietnameseText text, PlanPeriod period) {
		return "«" + text.original() + "» kéo dài quá kỳ kế hoạch (" + DMY.format(period.start()) + " – "
				+ DMY.format(period.end()) + "): trong kỳ, nhiệm vụ được theo dõi thường xuyên.";
	}

	private static String join(String a, String b) {
		if (a == null) {
			return b;
		}
		return b == null ? a : a + " " + b;
	}

}
