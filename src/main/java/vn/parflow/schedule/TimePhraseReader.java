package vn.parflow.schedule;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one clause of a time cell ("Trước ngày 10/12/2025", "Quý III, IV/2025", "Hằng quý") into its deadlines.
 * <p>
 * The clause is folded (no accents, lower case) and searched for time expressions in a fixed order: frequencies
 * ("hằng quý"), then dates, quarter-relative days, half years, quarters, months and years, each with the word in
 * front of it ("trước", "trong", "chậm nhất", "từ", "sau"). Whatever is left is checked before anything is
 * answered: a number nobody read, a condition ("khi", "sau khi", "nếu", "hoặc"), a relative time ("năm sau"), a
 * vague modifier ("đầu năm 2026", "giữa tháng 6") or a dependency on someone else's calendar ("theo kế hoạch của
 * thị xã") makes the answer UNRESOLVED with the reason, because a wrong date is worse than no date.
 * <p>
 * Conventions (the README, “Thời hạn: how a time phrase becomes a date”, has them all with examples):
 * <ul>
 * <li>"trước X" is the day before X starts: "Trước ngày 10/12/2025" → 9/12/2025, "Trước tháng 12/2025" → 30/11/2025,
 * "Trước năm 2027" → 31/12/2026.</li>
 * <li>Otherwise the last day of X: "Ngày 15/3/2025", "Chậm nhất ngày…", "Hạn…" → that day; "Tháng 7/2025" → 31/7/2025;
 * "Quý III/2025" → 30/9/2025; "6 tháng đầu năm 2025" → 30/6/2025; "Năm 2025" → 31/12/2025.</li>
 * <li>A list or span is read to its last part: "Quý III, IV/2025", "Quý IV/2025 - Quý II/2026", "2026-2030".</li>
 * <li>A missing year is taken from the plan period.</li>
 * <li>Months or quarters with time between them ("Tháng 6 và tháng 12/2026", "Quý I, III/2026") are deadlines each.</li>
 * <li>A week ("Tuần đầu tháng 10/2025") never gives a date: which day ends it is not written.</li>
 * </ul>
 */
final class TimePhraseReader {

	/** What one clause says. {@code written} is set for a single written day ("Trước 1/12/2025": 1/12, before). */
	record Reading(ScheduleKind kind, List<Deadline> deadlines, String reason, boolean timeContent, WrittenDay written) {

		static Reading unresolved(String reason, boolean timeContent) {
			return new Reading(ScheduleKind.UNRESOLVED, List.of(), reason, timeContent, null);
		}

		boolean hasDate() {
			return kind == ScheduleKind.ONE_OFF || kind == ScheduleKind.MULTI || kind == ScheduleKind.RECURRING;
		}

	}

	/** A day as written, before any "trước" is applied: "Trước 1/12/2025" is 1/12 with before = true. */
	record WrittenDay(MonthDay day, boolean before) {
	}

	static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	// ---------------------------------------------------------------------------------------------------------
	// Tokens

	enum Prep {
		/** "trong", "hết", "cả", "cuối", "chậm nhất", "hạn", "vào" or nothing: the last day of the span. */
		NONE,
		/** "trước": the day before the span starts. */
		BEFORE,
		/** "từ", "kể từ": a start, not a deadline. */
		FROM,
		/** "sau": after, not a deadline. */
		AFTER,
		/** "đến", "tới", "đến hết": the end of a span. */
		UNTIL
	}

	enum Freq {
		MONTHLY, QUARTERLY, QUARTERLY_REPORTS, QUARTERLY_AND_YEAR, HALF_YEARLY, HALF_AND_YEAR, YEARLY, WEEKLY, DAILY,
		UNSPECIFIED
	}

	enum QuarterAnchor {
		LAST_MONTH, FIRST_MONTH, FIRST_MONTH_NEXT
	}

	private sealed interface Token permits Day, DayOfMonth, Months, Quarters, Half, Year, YearRange, YearOnward,
			QuarterDay, Frequency, Ongoing {

		int start();

		int end();

		default Prep prep() {
			return Prep.NONE;
		}

	}

	/** A day: "10/12/2025", "ngày 15 tháng 12", "15/12" (year null). */
	private record Day(int start, int end, Prep prep, int day, int month, Integer year) implements Token {
	}

	/** "ngày 20" with no month: only meaningful with "hằng tháng". */
	private record DayOfMonth(int start, int end, Prep prep, int day) implements Token {
	}

	/** "Tháng 7/2025", "Tháng 7, 8/2025" (a list), "Tháng 7 - 9/2025" (a span). */
	private record Months(int start, int end, Prep prep, List<Integer> months, boolean span, Integer year) implements Token {
	}

	/** "Quý III/2025", "Quý III, IV/2025" (a list), "Quý III-IV/2025" (a span). */
	private record Quarters(int start, int end, Prep prep, List<Integer> quarters, boolean span, Integer year) implements Token {
	}

	private record Half(int start, int end, Prep prep, boolean first, Integer year) implements Token {
	}

	/** "Năm 2025", "Cả năm 2025"; year null for "cuối năm". */
	private record Year(int start, int end, Prep prep, Integer year) implements Token {
	}

	private record YearRange(int start, int end, Prep prep, int from, int to) implements Token {
	}

	private record YearOnward(int start, int end, int from) implements Token {
	}

	private record QuarterDay(int start, int end, Prep prep, int day, QuarterAnchor anchor) implements Token {
	}

	private record Frequency(int start, int end, Freq freq) implements Token {
	}

	private record Ongoing(int start, int end) implements Token {
	}

	// ---------------------------------------------------------------------------------------------------------
	// Patterns, on folded text

	private static final String B = "(?<![a-z0-9])";

	private static final String E = "(?![a-z0-9])";

	private static final String P = "(?:(truoc|cham nhat(?:\\s+(?:la|vao))?|han(?:\\s+(?:chot|cuoi))?|den\\s+het|den|toi"
			+ "|trong|het|ca|cuoi|ke\\s+tu|tu|sau|vao)\\s*)?";

	private static final String Y = "((?:19|20)\\d{2})(?!\\d)";

	private static final String D = "(\\d{1,2})(?!\\d)";

	private static final String Q = "(?:iv|iii|ii|i|[1-4])(?![a-z0-9])";

	private static final String SIX = "(?:06|6|sau)";

	private static final Pattern DOCUMENT_REFERENCE = Pattern.compile(
			B + "(?:so\\s+)?\\d+(?:/\\d+)*/[a-z][a-z0-9-]*(?:\\s+ngay\\s+\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4})?"
					+ "|" + B + "so\\s+\\d+[^\\s]*(?:\\s+ngay\\s+\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4})?");

	private static final Pattern ONGOING = Pattern.compile(B + "(?:thuong xuyen|lien tuc)" + E);

	private static final Pattern QUARTER_REPORTS = Pattern.compile(B + "(?:(?:hang|moi|dinh ky)(?:\\s+hang)?\\s+)?"
			+ "(?:bao cao\\s+)?quy\\s*(?:/|,|va|&)\\s*(?:(?:bao cao\\s+)?(" + SIX + ")\\s*thang\\s*(?:/|,|va|&)\\s*)?"
			+ "(?:bao cao\\s+)?nam(?!\\s*\\d)" + E);

	private static final Pattern HALF_AND_YEAR = Pattern.compile(B + "(?:(?:hang|moi|dinh ky)\\s+)?(?:bao cao\\s+)?"
			+ SIX + "\\s*thang\\s*(?:/|,|va|&)\\s*(?:bao cao\\s+)?nam(?!\\s*\\d)" + E);

	/** "1 lần/quý", "01 lần/năm", "6 tháng/lần", "quý/lần": group 1 or 2 names the period. */
	private static final Pattern PER_TIME = Pattern.compile(B + "(?:(?:mot|0?1)\\s*lan\\s*(?:/|mot|trong\\s*(?:mot|1)?)\\s*"
			+ "(thang|quy|nam|" + SIX + "\\s*thang)|(thang|quy|nam|" + SIX + "\\s*thang)\\s*/\\s*(?:mot\\s*|0?1\\s*)?lan)" + E);

	/** "2 lần/năm", "02 lần trong năm", "hai lần/năm" (once each half year); "4 lần/năm" (once each quarter). */
	private static final Pattern TIMES_A_YEAR = Pattern.compile(B + "(0?2|hai|0?4|bon)\\s*lan\\s*(?:/|trong|moi|mot)\\s*"
			+ "(?:mot\\s*|1\\s*)?nam" + E);

	private static final Pattern MONTHLY = Pattern.compile(B + "(?:(?:hang|moi|tung)\\s*thang\\s*(?:mot|1)\\s*lan"
			+ "|(?:hang|moi|tung)\\s*thang(?!\\s*\\d)|dinh ky\\s+(?:hang\\s+)?thang(?!\\s*\\d)|thang\\s+(?:mot|1)\\s+lan)" + E);

	private static final Pattern QUARTERLY = Pattern.compile(B + "(?:(?:hang|moi|tung)\\s*quy\\s*(?:mot|1)\\s*lan"
			+ "|(?:hang|moi|tung|cac)\\s*quy|dinh ky\\s+(?:hang\\s+)?quy|quy\\s+(?:mot|1)\\s+lan"
			+ "|theo\\s+(?:tung\\s+)?quy(?=\\s*(?:$|[,;.)])))(?!\\s*" + Q + ")" + E);

	private static final Pattern HALF_YEARLY = Pattern.compile(B + "(?:(?:hang|moi|tung|dinh ky)\\s+" + SIX
			+ "\\s*thang(?!\\s*(?:dau|cuoi))|" + SIX + "\\s*thang\\s+(?:mot|1)\\s+lan|(?:hang|moi)\\s+nua\\s+nam)" + E);

	private static final Pattern YEARLY = Pattern.compile(B + "(?:(?:hang|moi|tung)\\s*nam\\s*(?:mot|1)\\s*lan"
			+ "|(?:hang|moi|tung)\\s*nam(?!\\s*\\d)|dinh ky\\s+(?:hang\\s+)?nam(?!\\s*\\d)|nam\\s+(?:mot|1)\\s+lan)" + E);

	private static final Pattern WEEKLY = Pattern.compile(B + "(?:hang|moi|tung)\\s*tuan" + E);

	private static final Pattern DAILY = Pattern.compile(B + "(?:hang|moi)\\s*ngay" + E);

	private static final Pattern UNSPECIFIED = Pattern.compile(B + "dinh ky" + E);

	private static final Pattern YEAR_ONWARD = Pattern.compile(B + "(?:tu\\s*)?nam\\s*" + Y
			+ "\\s*(?:(?:,\\s*|va\\s+)?(?:cac|nhung)\\s+nam\\s+(?:tiep theo|ke tiep|tiep|sau)|tro\\s+(?:di|ve sau))" + E);

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile(B + P + "(?:ngay\\s*)?(?:mung\\s*|mong\\s*)?"
			+ "(?<![\\d/.-])" + D + "\\s*([/.-])\\s*" + D + "\\s*\\3\\s*" + Y + "(?![/\\d])");

	private static final Pattern YEAR_RANGE = Pattern.compile(B + P + "(?:(?:giai doan|thoi ky|nhiem ky)\\s*)?"
			+ "(?:tu\\s+)?(?:nam\\s*)?(?<![/.\\d-])" + Y + "\\s*(?:-|den|toi)\\s*(?:nam\\s*)?" + Y + "(?![/\\d])");

	/** "Năm 2025, 2026", "Năm 2025 và năm 2026": a list of years, read like a span to the end of the last. */
	private static final Pattern YEAR_LIST = Pattern.compile(B + P + "(?:trong\\s+|ca\\s+)?nam\\s*" + Y
			+ "((?:\\s*(?:,|va|&)\\s*(?:nam\\s*)?(?:19|20)\\d{2}(?![/\\d]))+)(?!\\s*(?:,\\s*|va\\s+)?(?:cac|nhung)\\s+nam)");

	/** "ngày 20 tháng 6 và tháng 12", "ngày 15 tháng 6, 12 năm 2026": the same day in each month listed. */
	private static final Pattern DAY_IN_MONTHS = Pattern.compile(B + P + "ngay\\s*(?:mung\\s*|mong\\s*)?" + D
			+ "\\s*thang\\s*" + D + "((?:\\s*(?:,|va|&)\\s*(?:thang\\s*)?\\d{1,2}(?!\\d))+)"
			+ "(?:\\s*(?:nam|/|-|,)\\s*" + Y + ")?(?![/\\d])");

	private static final Pattern DAY_WORDS = Pattern.compile(B + P + "ngay\\s*(?:mung\\s*|mong\\s*)?" + D
			+ "\\s*thang\\s*" + D + "(?:\\s*(?:nam|/|-|,)\\s*" + Y + ")?(?![/\\d])");

	private static final Pattern QUARTER_DAY = Pattern.compile(B + P + "(?:ngay\\s*)?(?:mung\\s*)?" + D
			+ "\\s*(?:cua\\s*)?(?:cac\\s+)?thang\\s*(cuoi|dau|thu ba|thu nhat)\\s*(?:cua\\s*)?"
			+ "(?:moi\\s*|hang\\s*|cac\\s*|tung\\s*)?quy(?:\\s*(sau|tiep theo|ke tiep))?" + E);

	private static final Pattern HALF = Pattern.compile(B + P + "(?:trong\\s+)?(" + SIX + ")\\s*thang\\s*(dau|cuoi)"
			+ "(?:\\s*(?:cua\\s*)?nam)?(?:\\s*(?:/|-)?\\s*" + Y + ")?" + E);

	private static final Pattern QUARTERS = Pattern.compile(B + P + "(?:het\\s*|cuoi\\s*)?quy\\s*(" + Q + ")((?:\\s*(?:,|-|va|den|toi|&)"
			+ "\\s*(?:het\\s*)?(?:quy\\s*)?" + Q + ")*)(?:\\s*(?:/|-|,)?\\s*(?:nam\\s*)?" + Y + "|\\." + Y + ")?");

	private static final Pattern MONTHS = Pattern.compile(B + P + "(?:het\\s*|cuoi\\s*)?thang\\s*" + D + "((?:\\s*(?:,|-|va|den|toi|&)"
			+ "\\s*(?:het\\s*)?(?:thang\\s*)?\\d{1,2}(?!\\d))*)(?:\\s*(?:/|-|,)?\\s*(?:nam\\s*)?" + Y + "|\\." + Y + ")?(?![/\\d])");

	private static final Pattern MONTH_SLASH_YEAR = Pattern.compile(B + P + "(?<![\\d/.])" + D + "\\s*/\\s*" + Y + "(?![/\\d])");

	private static final Pattern DAY_MONTH = Pattern.compile(B + P + "(?:ngay\\s*)?(?:mung\\s*|mong\\s*)?(?<![\\d/.])" + D
			+ "\\s*/\\s*" + D + "(?![/\\d])");

	private static final Pattern DAY_OF_MONTH = Pattern.compile(B + P + "ngay\\s*(?:mung\\s*|mong\\s*)?" + D + "(?![/\\d])");

	private static final Pattern END_OF_YEAR = Pattern.compile(B + "(?:(truoc|den|toi|trong)\\s+)?(?:het|cuoi)\\s+nam(?!\\s*\\d)" + E);

	private static final Pattern YEAR = Pattern.compile(B + P + "(?:trong\\s+|het\\s+|ca\\s+|cuoi\\s+|suot\\s+)?nam\\s*" + Y + "(?![/\\d])");

	private static final Pattern YEAR_AFTER_WORD = Pattern.compile(B + "(truoc|trong|den het|den|het|toi)\\s+(?<![/.\\d-])" + Y + "(?![/\\d])");

	private static final Pattern BARE_YEAR = Pattern.compile("^\\s*" + Y + "\\s*$");

	private static final Pattern DANGER = Pattern.compile("(?<![a-z])(sau khi|truoc khi|ke tu|khi|neu(?!\\s+co(?![a-z]))|hoac"
			+ "|chua|lui|gia han|tuy|nam sau|nam toi|nam truoc|nam ke tiep|quy sau|quy toi|quy truoc|thang sau|thang toi"
			+ "|thang truoc|tro di|tro ve sau|ngay lam viec|ky hop|tet|nam hoc|nien do"
			// "trước"/"sau" left over: before or after something that is not a date ("Trước kỳ họp HĐND cuối năm")
			+ "|truoc|sau)(?![a-z])");

	/** "tuần đầu", "tuần cuối", "tuần thứ 2", "tuần 3" of a month: which day ends that week is not written. */
	private static final Pattern WEEK = Pattern.compile("(?<![a-z])tuan\\s+(?:dau|cuoi|thu\\s+\\S+|\\d)(?![a-z])");

	private static final Pattern DEPENDENCY = Pattern.compile("(?<![a-z])theo\\s+(?:thoi gian|lich|ke hoach|huong dan|chi dao"
			+ "|yeu cau|thong bao|van ban|tien do|de nghi|dot|cong van|quyet dinh)(?![a-z])");

	/** A word right before a date that changes its meaning: "đầu năm 2026", "giữa tháng 6", "Quý 5/2025". */
	private static final Set<String> SUSPICIOUS_BEFORE = Set.of("dau", "giua", "sau", "qua", "ngoai", "hon", "sang", "moi",
			"hang", "tung", "quy", "thang", "ngay");

	private static final Pattern GAP_LIST = Pattern.compile("^(?:,|va|&|;)?$");

	/**
	 * Between a coarse time and the day that makes it precise, only the deliverable may stand: "Năm 2025 (báo cáo
	 * trước ngày 15/12/2025)", "Quý IV/2025, hoàn thành trước ngày 15/12/2025".
	 */
	private static final Pattern GAP_REFINE = Pattern.compile("^(?:,|;|-|:)?\\s*(?:(?:bao cao|hoan thanh|nop|gui|trinh"
			+ "|ban hanh|xong)\\s*)+$");

	private static final Pattern GAP_SPAN = Pattern.compile("^(?:-|den|toi|den het|va den|,\\s*den)$");

	private static final char MASK = '\u0001';

	// ---------------------------------------------------------------------------------------------------------

	/** Reads one clause. The plan period gives missing years and bounds recurring rules. */
	Reading read(VietnameseText clause, PlanPeriod period) {
		try {
			return readOrThrow(clause, period);
		}
		catch (Unreadable ex) {
			return Reading.unresolved(ex.getMessage(), true);
		}
	}

	private Reading readOrThrow(VietnameseText clause, PlanPeriod period) {
		String written = clause.original();
		StringBuilder work = new StringBuilder(clause.folded().replace('(', ' ').replace(')', ' ')
				.replace('[', ' ').replace(']', ' '));
		// A leading bullet is no part of the time.
		if (work.length() > 0 && (work.charAt(0) == '-' || work.charAt(0) == '+' || work.charAt(0) == '•')) {
			work.setCharAt(0, ' ');
		}
		maskAll(work, DOCUMENT_REFERENCE);
		Matcher week = WEEK.matcher(work);
		if (week.find()) {
			// "Tuần đầu tháng 10/2025", "Tuần cuối tháng 12/2025": the week is named, not the day it ends on
			throw new Unreadable("«" + written + "» đặt hạn theo tuần («" + written.substring(week.start(), week.end()).trim()
					+ "»): không rõ tuần ấy hết vào ngày nào (đủ 7 ngày, đến thứ Sáu hay đến Chủ nhật); cần người xác định ngày.");
		}

		List<Token> tokens = new ArrayList<>();
		collect(work, tokens, ONGOING, m -> new Ongoing(m.start(), m.end()));
		collect(work, tokens, QUARTER_REPORTS, m -> new Frequency(m.start(), m.end(),
				m.group(1) != null ? Freq.QUARTERLY_REPORTS : Freq.QUARTERLY_AND_YEAR));
		collect(work, tokens, HALF_AND_YEAR, m -> new Frequency(m.start(), m.end(), Freq.HALF_AND_YEAR));
		collect(work, tokens, QUARTER_DAY, m -> quarterDay(m));
		collect(work, tokens, TIMES_A_YEAR, m -> new Frequency(m.start(), m.end(),
				m.group(1).endsWith("2") || m.group(1).equals("hai") ? Freq.HALF_YEARLY : Freq.QUARTERLY));
		collect(work, tokens, PER_TIME, m -> new Frequency(m.start(), m.end(), perTime(m.group(1) != null ? m.group(1) : m.group(2))));
		collect(work, tokens, MONTHLY, m -> new Frequency(m.start(), m.end(), Freq.MONTHLY));
		collect(work, tokens, QUARTERLY, m -> new Frequency(m.start(), m.end(), Freq.QUARTERLY));
		collect(work, tokens, HALF_YEARLY, m -> new Frequency(m.start(), m.end(), Freq.HALF_YEARLY));
		collect(work, tokens, YEARLY, m -> new Frequency(m.start(), m.end(), Freq.YEARLY));
		collect(work, tokens, WEEKLY, m -> new Frequency(m.start(), m.end(), Freq.WEEKLY));
		collect(work, tokens, DAILY, m -> new Frequency(m.start(), m.end(), Freq.DAILY));
		collect(work, tokens, UNSPECIFIED, m -> new Frequency(m.start(), m.end(), Freq.UNSPECIFIED));
		collect(work, tokens, YEAR_ONWARD, m -> new YearOnward(m.start(), m.end(), Integer.parseInt(m.group(1))));
		collect(work, tokens, DAY_MONTH_YEAR, m -> new Day(m.start(), m.end(), prep(m.group(1)), num(m.group(2)), num(m.group(4)),
				num(m.group(5))));
		collect(work, tokens, YEAR_RANGE, m -> new YearRange(m.start(), m.end(), prep(m.group(1)), num(m.group(2)), num(m.group(3))));
		collect(work, tokens, YEAR_LIST, m -> yearList(m));
		collectDayInMonths(work, tokens);
		collect(work, tokens, DAY_WORDS, m -> new Day(m.start(), m.end(), prep(m.group(1)), num(m.group(2)), num(m.group(3)),
				m.group(4) == null ? null : num(m.group(4))));
		collect(work, tokens, HALF, m -> half(m, clause));
		collect(work, tokens, QUARTERS, m -> new Quarters(m.start(), m.end(), prep(m.group(1)), quarterList(m.group(2), m.group(3)),
				isSpan(m.group(3)), yearOf(m, 4, 5)));
		collect(work, tokens, MONTHS, m -> new Months(m.start(), m.end(), prep(m.group(1)), monthList(m.group(2), m.group(3)),
				isSpan(m.group(3)), yearOf(m, 4, 5)));
		collect(work, tokens, MONTH_SLASH_YEAR, m -> new Months(m.start(), m.end(), prep(m.group(1)), List.of(num(m.group(2))),
				false, num(m.group(3))));
		collect(work, tokens, DAY_MONTH, m -> new Day(m.start(), m.end(), prep(m.group(1)), num(m.group(2)), num(m.group(3)), null));
		collect(work, tokens, DAY_OF_MONTH, m -> new DayOfMonth(m.start(), m.end(), prep(m.group(1)), num(m.group(2))));
		collect(work, tokens, END_OF_YEAR, m -> new Year(m.start(), m.end(), prep(m.group(1)), null));
		collect(work, tokens, YEAR, m -> new Year(m.start(), m.end(), prep(m.group(1)), num(m.group(2))));
		collect(work, tokens, YEAR_AFTER_WORD, m -> new Year(m.start(), m.end(), prep(m.group(1)), num(m.group(2))));
		collect(work, tokens, BARE_YEAR, m -> new Year(m.start(1), m.end(1), Prep.NONE, num(m.group(1))));
		tokens.sort(Comparator.comparingInt(Token::start));

		boolean timeContent = tokens.stream().anyMatch(t -> !(t instanceof Ongoing));
		String leftover = work.toString();
		Matcher digits = Pattern.compile("\\d+").matcher(leftover);
		if (digits.find()) {
			throw new Unreadable("Không đọc được phần «" + wordAround(written, digits.start(), digits.end())
					+ "» trong «" + written + "»; không đoán thời hạn.");
		}
		Matcher danger = DANGER.matcher(leftover);
		if (danger.find()) {
			String what = written.substring(danger.start(), danger.end());
			if (timeContent) {
				throw new Unreadable("Thời hạn có điều kiện hoặc tính tương đối («" + what + "») trong «" + written
						+ "»: cần người xác định ngày.");
			}
			if (tokens.stream().anyMatch(t -> t instanceof Ongoing)) {
				return new Reading(ScheduleKind.ONGOING, List.of(), null, false, null);
			}
			return Reading.unresolved("Thời hạn phụ thuộc một sự việc chưa biết ngày («" + written
					+ "»): cần người đặt ngày.", false);
		}
		for (Token token : tokens) {
			if (token instanceof Frequency || token instanceof Ongoing) {
				continue;
			}
			int wordStart = lastWordStart(leftover, token.start());
			if (wordStart >= 0 && SUSPICIOUS_BEFORE.contains(leftover.substring(wordStart, token.start()).trim())) {
				throw new Unreadable("Mốc thời gian không rõ ngày («" + written.substring(wordStart, token.end()).trim()
						+ "») trong «" + written + "»: cần người xác định ngày.");
			}
		}

		List<Token> absolutes = tokens.stream().filter(TimePhraseReader::isAbsolute).toList();
		List<Frequency> freqs = tokens.stream().filter(t -> t instanceof Frequency).map(t -> (Frequency) t).toList();
		List<QuarterDay> quarterDays = tokens.stream().filter(t -> t instanceof QuarterDay).map(t -> (QuarterDay) t).toList();
		List<YearOnward> onwards = tokens.stream().filter(t -> t instanceof YearOnward).map(t -> (YearOnward) t).toList();
		boolean ongoing = tokens.stream().anyMatch(t -> t instanceof Ongoing);

		for (Token token : tokens) {
			if (token.prep() == Prep.AFTER) {
				throw new Unreadable("«" + written.substring(token.start(), token.end()).trim()
						+ "» là thời điểm bắt đầu tính, không phải hạn chót: cần người xác định ngày.");
			}
		}
		Matcher dependency = DEPENDENCY.matcher(leftover);
		if (dependency.find() && absolutes.isEmpty() && onwards.isEmpty()
				&& quarterDays.isEmpty()) {
			return Reading.unresolved("Thời hạn theo lịch của văn bản hoặc cơ quan khác («" + written
					+ "»): cần người đặt ngày.", timeContent);
		}

		if (!onwards.isEmpty()) {
			return onward(onwards, freqs, absolutes, quarterDays, period, written);
		}
		List<Frequency> realFreqs = freqs.stream().filter(f -> f.freq() != Freq.UNSPECIFIED).toList();
		if (!realFreqs.isEmpty() || !quarterDays.isEmpty()) {
			return recurring(realFreqs, quarterDays, absolutes, period, written);
		}
		if (absolutes.isEmpty()) {
			if (ongoing) {
				return new Reading(ScheduleKind.ONGOING, List.of(), null, false, null);
			}
			if (!freqs.isEmpty()) {
				throw new Unreadable("«" + written + "» nói là định kỳ nhưng không nói chu kỳ (hằng tháng, hằng quý, "
						+ "6 tháng hay hằng năm): cần người xác định.");
			}
			return Reading.unresolved("Không có ngày, tháng, quý hay năm nào đọc được trong «" + written + "».", false);
		}
		if (ongoing && absolutes.stream().allMatch(t -> t instanceof Year y && y.year() != null && y.prep() == Prep.NONE)) {
			// "Thường xuyên trong năm 2026": the year is when the ongoing work runs, not a deadline
			return new Reading(ScheduleKind.ONGOING, List.of(), null, false, null);
		}
		return absolute(absolutes, period, written);
	}

	// ---------------------------------------------------------------------------------------------------------
	// One-off and spans

	private Reading absolute(List<Token> absolutes, PlanPeriod period, String written) {
		for (Token t : absolutes) {
			if (t instanceof DayOfMonth) {
				throw new Unreadable("«" + written.substring(t.start(), t.end()).trim()
						+ "» không nói tháng nào (và không có \"hằng tháng\"): cần người xác định ngày.");
			}
		}
		List<Deadline> separate = separateItems(absolutes, period, written);
		if (separate != null) {
			return new Reading(ScheduleKind.MULTI, separate, null, true, null);
		}
		if (absolutes.size() == 1) {
			Token only = absolutes.get(0);
			boolean list = only instanceof Months m && m.months().size() > 1 || only instanceof Quarters q && q.quarters().size() > 1;
			if (only.prep() == Prep.FROM && !list) {
				throw new Unreadable("«" + written + "» chỉ nói thời điểm bắt đầu, không có thời hạn.");
			}
			LocalDate due = resolve(only, null, period, written);
			WrittenDay day = null;
			if (only instanceof Day d) {
				day = new WrittenDay(MonthDay.of(d.month(), d.day()), d.prep() == Prep.BEFORE);
			}
			return new Reading(ScheduleKind.ONE_OFF, List.of(new Deadline(due, null)), null, true, day);
		}
		if (absolutes.size() == 2 && absolutes.stream().filter(t -> t instanceof Day).count() == 1
				&& GAP_REFINE.matcher(gap(written, absolutes.get(0), absolutes.get(1))).matches()) {
			return refine(absolutes, period, written);
		}
		boolean span = false;
		for (int i = 1; i < absolutes.size(); i++) {
			String gap = gap(written, absolutes.get(i - 1), absolutes.get(i));
			if (GAP_SPAN.matcher(gap).matches() || absolutes.get(i).prep() == Prep.UNTIL) {
				span = true;
			}
			else if (!GAP_LIST.matcher(gap).matches()) {
				throw new Unreadable("Có nhiều mốc thời gian trong «" + written + "» mà không rõ mốc nào là hạn: cần người xác định.");
			}
			if (absolutes.get(i).prep() == Prep.FROM) {
				throw new Unreadable("Có nhiều mốc thời gian trong «" + written + "» mà không rõ mốc nào là hạn: cần người xác định.");
			}
		}
		if (absolutes.get(0).prep() == Prep.FROM) {
			span = true;
		}
		boolean allDays = absolutes.stream().allMatch(t -> t instanceof Day);
		boolean oneKind = absolutes.stream().map(Object::getClass).distinct().count() == 1;
		if (!span && !oneKind) {
			if (absolutes.size() == 2 && absolutes.stream().filter(t -> t instanceof Day).count() == 1) {
				return refine(absolutes, period, written);
			}
			throw new Unreadable("Có nhiều mốc thời gian trong «" + written + "» mà không rõ mốc nào là hạn: cần người xác định.");
		}
		if (allDays && !span) {
			List<Deadline> deadlines = new ArrayList<>();
			for (int i = 0; i < absolutes.size(); i++) {
				Integer inherited = null;
				for (int j = i + 1; j < absolutes.size() && inherited == null; j++) {
					inherited = yearOf(absolutes.get(j));
				}
				deadlines.add(new Deadline(resolve(absolutes.get(i), inherited, period, written), null));
			}
			deadlines.sort(Comparator.comparing(Deadline::date));
			return new Reading(ScheduleKind.MULTI, deadlines, null, true, null);
		}
		// A span or a list of months, quarters or years: the last day of its last part.
		Token last = absolutes.get(absolutes.size() - 1);
		Integer startYear = null;
		LocalDate startDate = null;
		for (int i = 0; i < absolutes.size() - 1; i++) {
			Token t = absolutes.get(i);
			Integer inherited = null;
			for (int j = i + 1; j < absolutes.size() && inherited == null; j++) {
				inherited = yearOf(absolutes.get(j));
			}
			LocalDate d = resolveStart(t, inherited, period, written);
			if (startDate == null) {
				startDate = d;
				startYear = d.getYear();
			}
		}
		LocalDate due;
		if (yearOf(last) == null && startYear != null) {
			due = resolve(last, startYear, period, written);
			if (due.isBefore(startDate)) {
				due = resolve(last, startYear + 1, period, written);
			}
		}
		else {
			due = resolve(last, null, period, written);
		}
		if (startDate != null && due.isBefore(startDate)) {
			throw new Unreadable("Trong «" + written + "» mốc sau đứng trước mốc đầu: cần người xác định ngày.");
		}
		return new Reading(ScheduleKind.ONE_OFF, List.of(new Deadline(due, null)), null, true, null);
	}

	/**
	 * Months or quarters listed with time between them, "Tháng 6/2026 và tháng 12/2026", "Quý I, III/2026": each is a
	 * deadline of its own. Null for anything else, and for consecutive ones ("Tháng 7, 8/2025", "Quý IV/2025 và quý
	 * I/2026"), which read as one span to the end of the last.
	 */
	private List<Deadline> separateItems(List<Token> tokens, PlanPeriod period, String written) {
		boolean months = tokens.stream().allMatch(t -> t instanceof Months m && !m.span() && m.prep() == Prep.NONE);
		boolean quarters = tokens.stream().allMatch(t -> t instanceof Quarters q && !q.span() && q.prep() == Prep.NONE);
		if (!months && !quarters) {
			return null;
		}
		for (int i = 1; i < tokens.size(); i++) {
			if (!GAP_LIST.matcher(gap(written, tokens.get(i - 1), tokens.get(i))).matches()) {
				return null;
			}
		}
		List<Token> items = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			Integer year = yearOf(t);
			for (int j = i + 1; j < tokens.size() && year == null; j++) {
				year = yearOf(tokens.get(j));
			}
			List<Integer> numbers = t instanceof Months m ? m.months() : ((Quarters) t).quarters();
			for (int number : numbers) {
				items.add(t instanceof Months ? new Months(t.start(), t.end(), Prep.NONE, List.of(number), false, year)
						: new Quarters(t.start(), t.end(), Prep.NONE, List.of(number), false, year));
			}
		}
		if (items.size() < 2) {
			return null;
		}
		List<Deadline> deadlines = new ArrayList<>();
		boolean apart = false;
		LocalDate previousEnd = null;
		for (Token item : items) {
			LocalDate start = resolveStart(item, null, period, written);
			LocalDate end = resolve(item, null, period, written);
			if (previousEnd != null && !start.isAfter(previousEnd)) {
				return null; // out of order: the span reading says why
			}
			apart |= previousEnd != null && !start.equals(previousEnd.plusDays(1));
			String label = item instanceof Quarters q ? quarterLabel(q.quarters().get(0), end.getYear())
					: "Tháng " + end.getMonthValue() + "/" + end.getYear();
			deadlines.add(new Deadline(end, label));
			previousEnd = end;
		}
		return apart ? deadlines : null;
	}

	/**
	 * A day next to a coarser time, "Quý IV/2025 (trước ngày 15/12/2025)" or "Trước ngày 15/12/2025, quý IV/2025": the day
	 * says more, provided it falls inside the coarser time.
	 */
	private Reading refine(List<Token> pair, PlanPeriod period, String written) {
		Token day = pair.stream().filter(t -> t instanceof Day).findFirst().orElseThrow();
		Token coarse = pair.stream().filter(t -> !(t instanceof Day)).findFirst().orElseThrow();
		if (coarse.prep() != Prep.NONE || coarse instanceof YearRange) {
			throw new Unreadable("Có nhiều mốc thời gian trong «" + written + "» mà không rõ mốc nào là hạn: cần người xác định.");
		}
		LocalDate end = resolve(coarse, null, period, written);
		Integer year = yearOf(day) != null ? yearOf(day) : Integer.valueOf(end.getYear());
		LocalDate due = resolve(day, year, period, written);
		LocalDate start = resolveStart(coarse, yearOf(coarse) != null ? yearOf(coarse) : Integer.valueOf(end.getYear()), period,
				written);
		if (due.isBefore(start.minusDays(1)) || due.isAfter(end)) {
			throw new Unreadable("Trong «" + written + "» ngày " + due.format(DMY) + " không nằm trong mốc còn lại: cần người xác định.");
		}
		Day d = (Day) day;
		return new Reading(ScheduleKind.ONE_OFF, List.of(new Deadline(due, null)), null, true,
				new WrittenDay(MonthDay.of(d.month(), d.day()), d.prep() == Prep.BEFORE));
	}

	private static Integer yearOf(Token t) {
		if (t instanceof Day d) {
			return d.year();
		}
		if (t instanceof Months m) {
			return m.year();
		}
		if (t instanceof Quarters q) {
			return q.year();
		}
		if (t instanceof Half h) {
			return h.year();
		}
		if (t instanceof Year y) {
			return y.year();
		}
		if (t instanceof YearRange r) {
			return r.to();
		}
		return null;
	}

	/** The last day on which the work is on time for one expression; the year from the token, then inherited, then the period. */
	private LocalDate resolve(Token t, Integer inheritedYear, PlanPeriod period, String written) {
		Integer year = yearOf(t) != null ? yearOf(t) : inheritedYear;
		IntFunction<LocalDate> due = dueFunction(t, written);
		if (t instanceof YearRange r) {
			if (r.to() < r.from()) {
				throw new Unreadable("Giai đoạn " + r.from() + " - " + r.to() + " kết thúc trước khi bắt đầu: «" + written + "».");
			}
			return due.apply(r.to());
		}
		if (year != null) {
			return due.apply(year);
		}
		return inferYear(due, period, written);
	}

	/** The first day of an expression (for spans: to check that the end comes after the start). */
	private LocalDate resolveStart(Token t, Integer inheritedYear, PlanPeriod period, String written) {
		Integer year = yearOf(t) != null ? yearOf(t) : inheritedYear;
		IntFunction<LocalDate> start = y -> startOf(t, y, written);
		if (year != null) {
			return start.apply(year);
		}
		return inferYear(start, period, written);
	}

	private LocalDate startOf(Token t, int year, String written) {
		if (t instanceof Day d) {
			return date(year, d.month(), d.day(), written);
		}
		if (t instanceof Months m) {
			checkMonths(m.months(), written);
			return LocalDate.of(year, m.months().get(0), 1);
		}
		if (t instanceof Quarters q) {
			checkIncreasing(q.quarters(), "quý", written);
			return LocalDate.of(year, q.quarters().get(0) * 3 - 2, 1);
		}
		if (t instanceof Half h) {
			return LocalDate.of(year, h.first() ? 1 : 7, 1);
		}
		if (t instanceof YearRange r) {
			return LocalDate.of(r.from(), 1, 1);
		}
		return LocalDate.of(year, 1, 1);
	}

	private IntFunction<LocalDate> dueFunction(Token t, String written) {
		Prep prep = t.prep();
		boolean before = prep == Prep.BEFORE;
		if (t instanceof Day d) {
			return y -> {
				LocalDate day = date(y, d.month(), d.day(), written);
				return before ? day.minusDays(1) : day;
			};
		}
		if (t instanceof Months m) {
			checkMonths(m.months(), written);
			if (before && m.months().size() > 1) {
				throw new Unreadable("«" + written + "»: \"trước\" một danh sách tháng không rõ nghĩa; cần người xác định ngày.");
			}
			int month = before ? m.months().get(0) : m.months().get(m.months().size() - 1);
			return y -> before ? LocalDate.of(y, month, 1).minusDays(1) : LocalDate.of(y, month, 1).plusMonths(1).minusDays(1);
		}
		if (t instanceof Quarters q) {
			checkIncreasing(q.quarters(), "quý", written);
			if (before && q.quarters().size() > 1) {
				throw new Unreadable("«" + written + "»: \"trước\" một danh sách quý không rõ nghĩa; cần người xác định ngày.");
			}
			int quarter = before ? q.quarters().get(0) : q.quarters().get(q.quarters().size() - 1);
			return y -> before ? quarterStart(y, quarter).minusDays(1) : quarterEnd(y, quarter);
		}
		if (t instanceof Half h) {
			if (before) {
				throw new Unreadable("«" + written + "»: \"trước\" nửa năm không rõ nghĩa; cần người xác định ngày.");
			}
			return y -> h.first() ? LocalDate.of(y, 6, 30) : LocalDate.of(y, 12, 31);
		}
		if (t instanceof Year yr) {
			if (before && yr.year() == null) {
				throw new Unreadable("«" + written + "»: \"trước cuối năm\" không rõ ngày; cần người xác định ngày.");
			}
			return y -> before ? LocalDate.of(y - 1, 12, 31) : LocalDate.of(y, 12, 31);
		}
		if (t instanceof YearRange) {
			if (before) {
				throw new Unreadable("«" + written + "»: \"trước\" một giai đoạn không rõ nghĩa; cần người xác định ngày.");
			}
			return y -> LocalDate.of(y, 12, 31);
		}
		throw new Unreadable("Không đọc được «" + written + "».");
	}

	/** A phrase without a year takes the year of the plan period in which its date falls. */
	private LocalDate inferYear(IntFunction<LocalDate> due, PlanPeriod period, String written) {
		int first = period.start().getYear();
		int last = period.end().getYear();
		List<LocalDate> inside = new ArrayList<>();
		Unreadable invalid = null;
		for (int y = first; y <= last; y++) {
			try {
				LocalDate d = due.apply(y);
				if (period.contains(d)) {
					inside.add(d);
				}
			}
			catch (Unreadable ex) {
				invalid = ex;
			}
		}
		if (inside.size() == 1) {
			return inside.get(0);
		}
		if (inside.isEmpty() && first == last) {
			if (invalid != null) {
				throw invalid;
			}
			return due.apply(first);
		}
		if (inside.isEmpty() && invalid != null) {
			throw invalid;
		}
		throw new Unreadable("«" + written + "» không ghi năm và kỳ kế hoạch (" + period.start().format(DMY) + " – "
				+ period.end().format(DMY) + ") trải qua nhiều năm: cần người xác định năm.");
	}

	private static LocalDate date(int year, int month, int day, String written) {
		if (month < 1 || month > 12) {
			throw new Unreadable("Tháng " + month + " không có thật («" + written + "»).");
		}
		int length = YearMonth.of(year, month).lengthOfMonth();
		if (day < 1 || day > length) {
			throw new Unreadable("Ngày " + day + "/" + month + "/" + year + " không có thật: tháng " + month + "/" + year
					+ " chỉ có " + length + " ngày («" + written + "»).");
		}
		return LocalDate.of(year, month, day);
	}

	private static void checkMonths(List<Integer> months, String written) {
		for (int m : months) {
			if (m < 1 || m > 12) {
				throw new Unreadable("Tháng " + m + " không có thật («" + written + "»).");
			}
		}
		checkIncreasing(months, "tháng", written);
	}

	private static void checkIncreasing(List<Integer> values, String what, String written) {
		for (int i = 1; i < values.size(); i++) {
			if (values.get(i) <= values.get(i - 1)) {
				throw new Unreadable("Các " + what + " trong «" + written + "» không theo thứ tự: cần người xác định ngày.");
			}
		}
	}

	static LocalDate quarterStart(int year, int quarter) {
		return LocalDate.of(year, quarter * 3 - 2, 1);
	}

	static LocalDate quarterEnd(int year, int quarter) {
		return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Recurring

	private Reading recurring(List<Frequency> freqs, List<QuarterDay> quarterDays, List<Token> absolutes, PlanPeriod period,
			String written) {
		Set<Freq> kinds = new LinkedHashSet<>();
		freqs.forEach(f -> kinds.add(f.freq()));
		if (kinds.contains(Freq.WEEKLY)) {
			throw new Unreadable("«" + written + "»: việc làm hằng tuần, Parflow không lập thời hạn theo tuần; cần người đặt lịch.");
		}
		if (kinds.equals(Set.of(Freq.DAILY)) && quarterDays.isEmpty()) {
			if (!absolutes.isEmpty()) {
				throw new Unreadable("Có nhiều mốc thời gian trong «" + written + "» mà không rõ mốc nào là hạn: cần người xác định.");
			}
			return new Reading(ScheduleKind.ONGOING, List.of(), null, false, null);
		}
		if (quarterDays.size() > 1 || kinds.size() > 1 || (!quarterDays.isEmpty() && !kinds.isEmpty()
				&& !kinds.equals(Set.of(Freq.QUARTERLY)))) {
			throw new Unreadable("«" + written + "» nêu nhiều chu kỳ khác nhau: cần người xác định lịch.");
		}
		Set<Integer> years = new LinkedHashSet<>();
		List<Token> anchors = new ArrayList<>();
		for (Token t : absolutes) {
			if (t instanceof Year y && y.year() != null && y.prep() == Prep.NONE) {
				years.add(y.year());
			}
			else {
				anchors.add(t);
			}
		}
		Freq freq = quarterDays.isEmpty() ? kinds.iterator().next() : Freq.QUARTERLY;
		List<Deadline> all = new ArrayList<>();
		int firstYear = period.start().getYear() - 1;
		int lastYear = period.end().getYear();
		if (!quarterDays.isEmpty()) {
			requireNoAnchors(anchors, written);
			QuarterDay qd = quarterDays.get(0);
			if (qd.prep() == Prep.FROM || qd.prep() == Prep.UNTIL) {
				throw new Unreadable("Không đọc được «" + written + "»: cần người xác định lịch.");
			}
			if (qd.day() < 1 || qd.day() > 30) {
				throw new Unreadable("Ngày " + qd.day() + " không có trong mọi tháng cuối quý («" + written + "»).");
			}
			for (int y = firstYear; y <= lastYear; y++) {
				for (int q = 1; q <= 4; q++) {
					int month = switch (qd.anchor()) {
						case LAST_MONTH -> q * 3;
						case FIRST_MONTH -> q * 3 - 2;
						case FIRST_MONTH_NEXT -> q * 3 + 1;
					};
					LocalDate d = LocalDate.of(y, 1, 1).plusMonths(month - 1).withDayOfMonth(qd.day());
					if (qd.prep() == Prep.BEFORE) {
						d = d.minusDays(1);
					}
					// A report due in the next quarter belongs to this plan only if its quarter does.
					if (qd.anchor() != QuarterAnchor.FIRST_MONTH_NEXT || !quarterEnd(y, q).isBefore(period.start())) {
						all.add(new Deadline(d, quarterLabel(q, y)));
					}
				}
			}
		}
		else {
			switch (freq) {
				case MONTHLY -> {
					Integer day = null;
					boolean before = false;
					for (Token t : anchors) {
						if (t instanceof DayOfMonth dm && day == null && dm.prep() != Prep.FROM && dm.prep() != Prep.UNTIL) {
							day = dm.day();
							before = dm.prep() == Prep.BEFORE;
						}
						else {
							throw new Unreadable("Có nhiều mốc thời gian trong «" + written + "» mà không rõ mốc nào là hạn: cần người xác định.");
						}
					}
					if (day != null && (day < 1 || day > 28)) {
						throw new Unreadable("Không phải tháng nào cũng có ngày " + day + " («" + written + "»): cần người xác định ngày.");
					}
					for (int y = firstYear; y <= lastYear; y++) {
						for (int m = 1; m <= 12; m++) {
							LocalDate d = day == null ? LocalDate.of(y, m, 1).plusMonths(1).minusDays(1) : LocalDate.of(y, m, day);
							all.add(new Deadline(before ? d.minusDays(1) : d, "Tháng " + m + "/" + y));
						}
					}
				}
				case QUARTERLY, QUARTERLY_REPORTS, QUARTERLY_AND_YEAR -> {
					requireNoAnchors(anchors, written);
					for (int y = firstYear; y <= lastYear; y++) {
						for (int q = 1; q <= 4; q++) {
							String label = quarterLabel(q, y);
							if (q == 2 && freq == Freq.QUARTERLY_REPORTS) {
								label = "6 tháng đầu năm " + y;
							}
							if (q == 4 && freq != Freq.QUARTERLY) {
								label = "Năm " + y;
							}
							all.add(new Deadline(quarterEnd(y, q), label));
						}
					}
				}
				case HALF_YEARLY, HALF_AND_YEAR -> {
					requireNoAnchors(anchors, written);
					for (int y = firstYear; y <= lastYear; y++) {
						all.add(new Deadline(LocalDate.of(y, 6, 30), "6 tháng đầu năm " + y));
						all.add(new Deadline(LocalDate.of(y, 12, 31), freq == Freq.HALF_AND_YEAR ? "Năm " + y : "6 tháng cuối năm " + y));
					}
				}
				case YEARLY -> {
					boolean days = !anchors.isEmpty() && anchors.stream()
						.allMatch(t -> t instanceof Day d && (d.prep() == Prep.NONE || d.prep() == Prep.BEFORE));
					if (days && (anchors.size() > 1 || yearOf(anchors.get(0)) != null)) {
						// "Trước ngày 20 tháng 6 và tháng 12 hằng năm", "Trước ngày 20/10/2025 hằng năm": each day every
						// year, from the year written on
						for (Token t : anchors) {
							Day d = (Day) t;
							IntFunction<LocalDate> due = dueFunction(new Day(d.start(), d.end(), d.prep(), d.day(), d.month(), null),
									written);
							for (int y = d.year() == null ? firstYear : Math.max(firstYear, d.year()); y <= lastYear; y++) {
								all.add(new Deadline(due.apply(y), "Tháng " + d.month() + "/" + y));
							}
						}
						return expandInside(all, years, period, written);
					}
					if (anchors.size() > 1) {
						throw new Unreadable("Có nhiều mốc thời gian trong «" + written + "» mà không rõ mốc nào là hạn: cần người xác định.");
					}
					Token anchor = anchors.isEmpty() ? null : anchors.get(0);
					if (anchor != null && (yearOf(anchor) != null || anchor.prep() == Prep.FROM || anchor.prep() == Prep.UNTIL
							|| !(anchor instanceof Day || anchor instanceof Months || anchor instanceof Quarters))) {
						throw new Unreadable("«" + written + "» vừa nói hằng năm vừa nêu một mốc cụ thể: cần người xác định lịch.");
					}
					if (anchor instanceof Months m && m.months().size() > 1 && !m.span()) {
						checkMonths(m.months(), written);
						for (int y = firstYear; y <= lastYear; y++) {
							for (int month : m.months()) {
								LocalDate first = LocalDate.of(y, month, 1);
								all.add(new Deadline(m.prep() == Prep.BEFORE ? first.minusDays(1) : first.plusMonths(1).minusDays(1),
										"Tháng " + month + "/" + y));
							}
						}
					}
					else if (anchor instanceof Quarters q && q.quarters().size() > 1 && !q.span()) {
						checkIncreasing(q.quarters(), "quý", written);
						for (int y = firstYear; y <= lastYear; y++) {
							for (int quarter : q.quarters()) {
								all.add(new Deadline(q.prep() == Prep.BEFORE ? quarterStart(y, quarter).minusDays(1) : quarterEnd(y, quarter),
										quarterLabel(quarter, y)));
							}
						}
					}
					else {
						IntFunction<LocalDate> due = anchor == null ? y -> LocalDate.of(y, 12, 31) : dueFunction(anchor, written);
						for (int y = firstYear; y <= lastYear; y++) {
							all.add(new Deadline(due.apply(y), "Năm " + y));
						}
					}
				}
				default -> throw new Unreadable("Không đọc được «" + written + "»: cần người xác định lịch.");
			}
		}
		return expandInside(all, years, period, written);
	}

	private Reading onward(List<YearOnward> onwards, List<Frequency> freqs, List<Token> absolutes, List<QuarterDay> quarterDays,
			PlanPeriod period, String written) {
		boolean onlyYearly = freqs.stream().allMatch(f -> f.freq() == Freq.YEARLY || f.freq() == Freq.UNSPECIFIED);
		if (onwards.size() > 1 || !absolutes.isEmpty() || !quarterDays.isEmpty() || !onlyYearly) {
			throw new Unreadable("Có nhiều mốc thời gian trong «" + written + "» mà không rõ mốc nào là hạn: cần người xác định.");
		}
		int from = onwards.get(0).from();
		List<Deadline> all = new ArrayList<>();
		for (int y = Math.max(from, period.start().getYear()); y <= period.end().getYear(); y++) {
			all.add(new Deadline(LocalDate.of(y, 12, 31), "Năm " + y));
		}
		return expandInside(all, Set.of(), period, written);
	}

	private static Reading expandInside(List<Deadline> all, Set<Integer> years, PlanPeriod period, String written) {
		List<Deadline> inside = all.stream()
				.filter(d -> period.contains(d.date()))
				.filter(d -> years.isEmpty() || years.contains(d.date().getYear()) || labelYearIn(d.label(), years))
				.sorted(Comparator.comparing(Deadline::date))
				.distinct()
				.toList();
		if (inside.isEmpty()) {
			throw new Unreadable("Lịch định kỳ «" + written + "» không có ngày nào trong kỳ kế hoạch (" + period.start().format(DMY)
					+ " – " + period.end().format(DMY) + ").");
		}
		return new Reading(ScheduleKind.RECURRING, inside, null, true, null);
	}

	private static boolean labelYearIn(String label, Set<Integer> years) {
		return label != null && years.stream().anyMatch(y -> label.endsWith(String.valueOf(y)));
	}

	private static void requireNoAnchors(List<Token> anchors, String written) {
		if (!anchors.isEmpty()) {
			throw new Unreadable("Có nhiều mốc thời gian trong «" + written + "» mà không rõ mốc nào là hạn: cần người xác định.");
		}
	}

	static String quarterLabel(int quarter, int year) {
		return "Quý " + roman(quarter) + "/" + year;
	}

	static String roman(int quarter) {
		return switch (quarter) {
			case 1 -> "I";
			case 2 -> "II";
			case 3 -> "III";
			case 4 -> "IV";
			default -> String.valueOf(quarter);
		};
	}

	// ---------------------------------------------------------------------------------------------------------
	// Token helpers

	private static boolean isAbsolute(Token t) {
		return t instanceof Day || t instanceof DayOfMonth || t instanceof Months || t instanceof Quarters || t instanceof Half
				|| t instanceof Year || t instanceof YearRange;
	}

	private interface TokenFactory {

		Token make(Matcher m);

	}

	private static void collect(StringBuilder work, List<Token> tokens, Pattern pattern, TokenFactory factory) {
		Matcher m = pattern.matcher(work.toString());
		List<int[]> spans = new ArrayList<>();
		while (m.find()) {
			if (m.end() == m.start()) {
				continue;
			}
			Token token = factory.make(m);
			if (token != null) {
				tokens.add(token);
				spans.add(new int[] { m.start(), m.end() });
			}
		}
		for (int[] span : spans) {
			for (int i = span[0]; i < span[1]; i++) {
				work.setCharAt(i, MASK);
			}
		}
	}

	/** One {@link Day} per month of "ngày 20 tháng 6 và tháng 12", each as far as its month, sharing day, "trước" and year. */
	private static void collectDayInMonths(StringBuilder work, List<Token> tokens) {
		Matcher m = DAY_IN_MONTHS.matcher(work.toString());
		List<int[]> spans = new ArrayList<>();
		while (m.find()) {
			Prep prep = prep(m.group(1));
			int day = num(m.group(2));
			Integer year = m.group(5) == null ? null : num(m.group(5));
			tokens.add(new Day(m.start(), m.start(4), prep, day, num(m.group(3)), year));
			Matcher month = Pattern.compile("\\d{1,2}").matcher(m.group(4));
			int from = m.start(4);
			while (month.find()) {
				int end = m.start(4) + month.end();
				tokens.add(new Day(from, end, prep, day, num(month.group()), year));
				from = end;
			}
			spans.add(new int[] { m.start(), m.end() });
		}
		for (int[] span : spans) {
			for (int i = span[0]; i < span[1]; i++) {
				work.setCharAt(i, MASK);
			}
		}
	}

	private static void maskAll(StringBuilder work, Pattern pattern) {
		Matcher m = pattern.matcher(work.toString());
		while (m.find()) {
			for (int i = m.start(); i < m.end(); i++) {
				work.setCharAt(i, ' ');
			}
		}
	}

	private static Prep prep(String word) {
		if (word == null) {
			return Prep.NONE;
		}
		String w = word.replaceAll("\\s+", " ");
		if (w.equals("truoc")) {
			return Prep.BEFORE;
		}
		if (w.equals("tu") || w.equals("ke tu")) {
			return Prep.FROM;
		}
		if (w.equals("sau")) {
			return Prep.AFTER;
		}
		if (w.equals("den") || w.equals("toi") || w.equals("den het")) {
			return Prep.UNTIL;
		}
		return Prep.NONE;
	}

	private static Freq perTime(String period) {
		return switch (period.replaceAll("\\s+", " ")) {
			case "thang" -> Freq.MONTHLY;
			case "quy" -> Freq.QUARTERLY;
			case "nam" -> Freq.YEARLY;
			default -> Freq.HALF_YEARLY;
		};
	}

	/** The year of a match written after "/" (one group) or after "." ("Quý III.2025", the other); null when none. */
	private static Integer yearOf(Matcher m, int slash, int dot) {
		String year = m.group(slash) != null ? m.group(slash) : m.group(dot);
		return year == null ? null : num(year);
	}

	/** "Năm 2025, 2026": the years in order, as a span from the first to the last. */
	private static Token yearList(Matcher m) {
		List<Integer> years = new ArrayList<>();
		years.add(num(m.group(2)));
		Matcher more = Pattern.compile("(?:19|20)\\d{2}").matcher(m.group(3));
		while (more.find()) {
			years.add(num(more.group()));
		}
		for (int i = 1; i < years.size(); i++) {
			if (years.get(i) <= years.get(i - 1)) {
				throw new Unreadable("Các năm " + years.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
						+ " không theo thứ tự: cần người xác định ngày.");
			}
		}
		return new YearRange(m.start(), m.end(), prep(m.group(1)), years.get(0), years.get(years.size() - 1));
	}

	private static int num(String digits) {
		return Integer.parseInt(digits);
	}

	private static Token quarterDay(Matcher m) {
		String which = m.group(3);
		boolean next = m.group(4) != null;
		QuarterAnchor anchor;
		if (which.equals("cuoi") || which.equals("thu ba")) {
			if (next) {
				return null;
			}
			anchor = QuarterAnchor.LAST_MONTH;
		}
		else {
			anchor = next ? QuarterAnchor.FIRST_MONTH_NEXT : QuarterAnchor.FIRST_MONTH;
		}
		return new QuarterDay(m.start(), m.end(), prep(m.group(1)), num(m.group(2)), anchor);
	}

	/**
	 * "6 tháng đầu năm" (six); folded "sau" is also "sau" (after): with diacritics elsewhere in the phrase, only "sáu"
	 * is six.
	 */
	private static Token half(Matcher m, VietnameseText clause) {
		String number = m.group(2);
		if (number.equals("sau") && clause.hasDiacritics()) {
			char a = clause.original().charAt(m.start(2) + 1);
			if (a != 'á' && a != 'Á') {
				return null;
			}
		}
		return new Half(m.start(), m.end(), prep(m.group(1)), m.group(3).equals("dau"), m.group(4) == null ? null : num(m.group(4)));
	}

	private static List<Integer> quarterList(String first, String rest) {
		List<Integer> quarters = new ArrayList<>();
		quarters.add(quarterNumber(first));
		Matcher q = Pattern.compile("(iv|iii|ii|i|[1-4])(?![a-z0-9])").matcher(rest == null ? "" : rest);
		while (q.find()) {
			quarters.add(quarterNumber(q.group(1)));
		}
		return quarters;
	}

	private static int quarterNumber(String q) {
		return switch (q) {
			case "i", "1" -> 1;
			case "ii", "2" -> 2;
			case "iii", "3" -> 3;
			case "iv", "4" -> 4;
			default -> throw new IllegalArgumentException(q);
		};
	}

	private static boolean isSpan(String rest) {
		return rest != null && rest.matches(".*(?:-|(?<![a-z])(?:den|toi)(?![a-z])).*");
	}

	private static List<Integer> monthList(String first, String rest) {
		List<Integer> months = new ArrayList<>();
		months.add(num(first));
		Matcher m = Pattern.compile("\\d{1,2}").matcher(rest == null ? "" : rest);
		while (m.find()) {
			months.add(num(m.group()));
		}
		return months;
	}

	private static String gap(String written, Token a, Token b) {
		String between = VietnameseText.fold(written.substring(a.end(), b.start()));
		return between.replace('(', ' ').replace(')', ' ').trim().replaceAll("\\s+", " ");
	}

	/** Where the word right before a position starts, or -1 when another token or nothing stands there. */
	private static int lastWordStart(String leftover, int end) {
		int i = end;
		while (i > 0 && leftover.charAt(i - 1) == ' ') {
			i--;
		}
		if (i == 0 || !Character.isLetter(leftover.charAt(i - 1))) {
			return -1;
		}
		while (i > 0 && Character.isLetter(leftover.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	private static String wordAround(String written, int start, int end) {
		int s = start;
		while (s > 0 && !Character.isWhitespace(written.charAt(s - 1))) {
			s--;
		}
		int e = end;
		while (e < written.length() && !Character.isWhitespace(written.charAt(e))) {
			e++;
		}
		return written.substring(s, e);
	}

	/** Why a clause cannot be read, in Vietnamese. */
	static final class Unreadable extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Unreadable(String message) {
			super(message, null, false, false);
		}

	}

}
