package vn.parflow.schedule;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.parflow.schedule.ReportingRule.DataPeriod;
import vn.parflow.schedule.ReportingRule.MonthlyRule;
import vn.parflow.schedule.ReportingRule.QuarterlyRule;
import vn.parflow.schedule.ReportingRule.ReportDate;
import vn.parflow.schedule.ReportingRule.YearlyRule;

/**
 * Reads a plan's reporting regime (chế độ báo cáo) from the sentences of its body, as the five seeds write it:
 * <pre>
 * … theo định kỳ (Báo cáo quý, báo cáo 6 tháng gửi trước ngày 10 tháng cuối của quý,
 * báo cáo năm gửi trước ngày 10/12) về Sở Nội vụ để tổng hợp …
 * </pre>
 * → quarterly (day 10 of the last month of the quarter, before), yearly (10/12, before), recipient "Sở Nội vụ".
 * Appendix cells with a date per report ("- Báo cáo quý I: 15/3/2025 - … - Báo cáo năm: 15/12/2025", seed 002) are
 * read by {@link #parseAppendixCell(String, String)}.
 * <p>
 * The shapes read (each also without diacritics, "hàng"/"hằng", "trước"/"chậm nhất"):
 * <ul>
 * <li>a day of the last month of the quarter: "báo cáo quý … trước ngày 10 tháng cuối của quý";</li>
 * <li>a day of the last month of the report period: "báo cáo quý, 6 tháng, năm … ngày 20 của tháng cuối kỳ báo cáo"
 * (the quarterly reports on day 20 of March, June, September; the yearly one on 20/12);</li>
 * <li>a yearly day: "báo cáo năm trước ngày 10/12", "hằng năm (trước ngày 15/11)";</li>
 * <li>a yearly day in the year after the report year: "trước ngày 10/01 của năm liền kề năm báo cáo";</li>
 * <li>a fixed 6-month day: "báo cáo 6 tháng trước ngày 15/6";</li>
 * <li>a day of every month: "trước ngày 15 hằng tháng";</li>
 * <li>several cycles in one sentence: "báo cáo quý, 6 tháng và năm gửi trước ngày 15 tháng cuối quý" (the yearly
 * report on 15/12, in place of the Q4 one);</li>
 * <li>data cut-off windows (Decree 09/2019): "từ ngày 15/12 năm trước đến ngày 14/6", "từ ngày 01/01 đến ngày 30/06
 * của năm báo cáo": the report's data period, never a due date.</li>
 * </ul>
 * A sentence of the reporting part that names a day and cannot be read completely (no day, a day that does not
 * exist, a date left over, a relation not understood) goes to {@link ParsedRules#unread()} whole: a rule is never
 * guessed. The dates of cited documents ("Nghị định số 09/2019/NĐ-CP", "Kế hoạch số 12/KH-UBND ngày 03/01/2025")
 * are not days of the regime. Plain Java: no Spring inside.
 */
public class ReportingRuleParser {

	/** The rules read, and the reporting sentences that could not be read (as written, for a person). */
	public record ParsedRules(List<ReportingRule> rules, List<String> unread) {

		public ParsedRules {
			rules = List.copyOf(rules);
			unread = List.copyOf(unread);
		}

	}

	static final String DEFAULT_REPORT = "Báo cáo định kỳ";

	private static final String CCHC_REPORT = "Báo cáo công tác cải cách hành chính";

	private static final Pattern SECTION_START = Pattern.compile("TỔ CHỨC THỰC HIỆN");

	private static final Pattern SECTION_END = Pattern.compile("(?:^|\\s)(?:[IVX]+\\.\\s+\\p{Lu}{2,}\\p{Lu}*\\s+\\p{Lu}{2,}"
			+ "|Nơi nhận|PHỤ LỤC|Phụ lục\\s+\\p{Lu}{2,})");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d(\\-+•])");

	/** Folded: the sentence is about the reporting regime. */
	private static final Pattern REGIME = Pattern.compile("(?<![a-z])(?:dinh ky|che do (?:thong tin\\s+)?bao cao"
			+ "|bao cao\\s+(?:quy|nam|6 thang|sau thang|thang)(?![a-z])|hang\\s*(?:quy|nam|thang)(?![a-z]))");

	private static final Pattern REPORT = Pattern.compile("(?<![a-z])(?:bao cao|bc)(?![a-z])");

	private static final String BEFORE = "(truoc|cham nhat(?:\\s+la)?|vao|trong)?\\s*";

	private static final Pattern QUARTERLY = Pattern.compile(BEFORE + "ngay\\s*(\\d{1,2})\\s*(?:cua\\s*)?thang\\s*(?:cuoi|thu ba)"
			+ "\\s*(?:cua\\s*)?(?:moi\\s*|hang\\s*)?quy(?![a-z])");

	private static final Pattern YEARLY = Pattern.compile("(?:bao cao\\s*(?:tong ket\\s*)?(?:ca\\s*)?nam|hang\\s*nam|moi\\s*nam)(?![a-z])(?!\\s*\\d)"
			+ "[^()]*?(?:\\(\\s*)?" + BEFORE + "ngay\\s*(\\d{1,2})\\s*(?:/|thang)\\s*(\\d{1,2})(?!\\d)(?:\\s*(?:/|nam)\\s*\\d{4})?");

	/** "của năm liền kề năm báo cáo", "năm sau", "của năm tiếp theo" right after a yearly day. */
	private static final Pattern NEXT_YEAR = Pattern.compile("^\\s*(?:\\)\\s*)?(?:cua\\s+|thuoc\\s+)?nam\\s+(?:lien ke|tiep theo|sau|ke tiep)"
			+ "(?:\\s+(?:cua\\s+)?nam\\s+bao cao)?");

	/** Anywhere in a sentence: a day said to be in the following year. */
	private static final Pattern MENTIONS_NEXT_YEAR = Pattern.compile("(?<![a-z])nam\\s+(?:lien ke|tiep theo|sau|ke tiep)(?![a-z])");

	/** "ngày 20 của tháng cuối kỳ báo cáo": the last month of each report's own period. */
	private static final Pattern LAST_MONTH_OF_PERIOD = Pattern.compile(BEFORE + "ngay\\s*(\\d{1,2})\\s*(?:cua\\s*)?thang\\s*cuoi"
			+ "\\s*(?:cua\\s*)?(?:moi\\s*)?ky(?:\\s*bao cao)?(?![a-z])");

	/** "trước ngày 15 hằng tháng". */
	private static final Pattern MONTHLY = Pattern.compile(BEFORE + "ngay\\s*(\\d{1,2})\\s*(?:cua\\s*)?(?:hang|moi|cac)\\s*thang(?![a-z])");

	/** "báo cáo 6 tháng … trước ngày 15/6", "báo cáo sáu tháng (trước ngày 20/6)". */
	private static final Pattern SIX_MONTHS = Pattern.compile("(?:6|06|sau)\\s*thang(?:\\s*dau\\s*nam)?(?![a-z])"
			+ "(?:(?!(?<![a-z])(?:nam|quy|thang)(?![a-z]))[^()])*?(?:\\(\\s*)?"
			+ BEFORE + "ngay\\s*(\\d{1,2})\\s*(?:/|thang)\\s*(\\d{1,2})(?!\\d)(?:\\s*(?:/|nam)\\s*\\d{4})?");

	/** The cycles a sentence names: "báo cáo quý, 6 tháng và năm", "báo cáo định kỳ hằng quý, 6 tháng, năm". */
	private static final Pattern CYCLES = Pattern.compile("(?:bao cao|bc|dinh ky)\\s*(?:dinh ky\\s*)?((?:hang\\s*)?(?:quy|6 thang|sau thang|nam)(?![a-z])"
			+ "(?:\\s*(?:,|;|/|va|hoac)\\s*(?:bao cao\\s*)?(?:hang\\s*)?(?:quy|6 thang|sau thang|nam)(?![a-z]))*)");

	/**
	 * A data cut-off window: "từ ngày 15/12 năm trước đến ngày 14/3", "từ ngày 01/01 đến hết ngày 30/6 của năm báo
	 * cáo", "tính từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 6 của kỳ báo cáo".
	 */
	private static final Pattern WINDOW = Pattern.compile("(?:tinh\\s*)?tu\\s*ngay\\s*(\\d{1,2})\\s*(?:/|thang)\\s*(\\d{1,2})(?!\\d)"
			+ "(\\s*(?:cua\\s*)?nam\\s*truoc(?:\\s*lien ke)?(?:\\s*(?:cua\\s*)?(?:ky|nam)\\s*bao cao)?)?\\s*,?\\s*(?:den|toi)\\s*(?:het\\s*)?ngay\\s*(\\d{1,2})"
			+ "\\s*(?:/|thang)\\s*(\\d{1,2})(?!\\d)(?:\\s*(?:cua\\s*)?(?:nam|ky)\\s*bao cao)?");

	/** The period a window is said to be for, written just before it: "báo cáo quý I:", "6 tháng:", "năm:". */
	private static final Pattern WINDOW_LABEL = Pattern.compile("(?:quy\\s*(iv|iii|ii|i|[1-4])|(6|sau)\\s*thang|(?<![a-z])(nam))(?![a-z0-9])[^a-z0-9]*$");

	/** A bracket left with words only once its window is masked: "(số liệu tính         )". */
	private static final Pattern WINDOW_BRACKET = Pattern.compile("\\([a-z ]{0,60}\\)");

	/** A document cited with its number, whose date is no day of the regime. */
	private static final Pattern CITATION = Pattern.compile("(?:so|so:)?\\s*\\d{1,5}\\s*/\\s*(?:\\d{4}\\s*/\\s*)?[a-zđ]+(?:\\s*-\\s*[a-zđ]+)*"
			+ "(?:\\s*,?\\s*ngay\\s*\\d{1,2}\\s*(?:/|thang)\\s*\\d{1,2}\\s*(?:/|nam)\\s*\\d{4})?");

	/** A day named in a sentence: "ngày 15", "15/12". */
	private static final Pattern NAMES_A_DAY = Pattern.compile("(?<![a-z])ngay\\s*\\d{1,2}|\\d{1,2}\\s*/\\s*\\d{1,2}");

	private static final Pattern DATE_LEFT = Pattern.compile("\\d{1,2}\\s*/\\s*\\d{1,2}|ngay\\s*\\d{1,2}|thang\\s*\\d{1,2}");

	private static final Pattern RECIPIENT = Pattern.compile("(?<![a-z])(?:ve|gui ve|gui|den|len|de|cho)\\s+(.+?)\\s+(?:de|nham)\\s+"
			+ "(?:tong hop|theo doi)");

	private final DeadlineParser deadlines = new DeadlineParser();

	/**
	 * Finds and reads the reporting sentences of a plan body. Only the "Tổ chức thực hiện" section is searched when
	 * the body has one. A sentence is about reporting when it names a report and either the regime ("định kỳ",
	 * "báo cáo quý", "hằng năm") or a day: each such sentence is read, or listed as unread.
	 */
	public ParsedRules parse(String bodyText) {
		VietnameseText body = VietnameseText.of(bodyText);
		String text = section(body.original());
		List<ReportingRule> rules = new ArrayList<>();
		List<String> unread = new ArrayList<>();
		for (String sentence : SENTENCE_END.split(text)) {
			String folded = VietnameseText.fold(sentence);
			if (!REPORT.matcher(folded).find()) {
				continue;
			}
			boolean namesDay = NAMES_A_DAY.matcher(CITATION.matcher(folded).replaceAll(" ")).find();
			if (!REGIME.matcher(folded).find() && !namesDay) {
				continue;
			}
			ParsedRules one = parseSentence(sentence);
			rules.addAll(one.rules());
			unread.addAll(one.unread());
		}
		return new ParsedRules(rules, unread);
	}

	/** Reads one sentence: a rule, or the sentence in {@code unread}. */
	public ParsedRules parseSentence(String sentence) {
		VietnameseText text = VietnameseText.of(sentence);
		String folded = text.folded();
		StringBuilder left = new StringBuilder(folded);
		Matcher cited = CITATION.matcher(folded);
		while (cited.find()) {
			if (cited.group().contains("/")) {
				mask(left, cited.start(), cited.end());
			}
		}

		List<DataPeriod> windows = new ArrayList<>();
		Matcher w = WINDOW.matcher(left.toString());
		while (w.find()) {
			DataPeriod window = window(w, left.substring(Math.max(0, w.start() - 40), w.start()));
			if (window == null) {
				return unread(text);
			}
			windows.add(window);
			mask(left, w.start(), w.end());
		}
		if (!windows.isEmpty()) {
			// "(số liệu tính từ … đến …)": the bracket around a window is no longer part of the sentence
			Matcher bracket = WINDOW_BRACKET.matcher(left.toString());
			while (bracket.find()) {
				mask(left, bracket.start(), bracket.end());
			}
		}

		QuarterlyRule quarterly = null;
		YearlyRule yearly = null;
		MonthlyRule monthly = null;
		List<ReportDate> dates = new ArrayList<>();
		int ruleEnd = 0;
		Matcher q = QUARTERLY.matcher(left.toString());
		if (q.find()) {
			int day = Integer.parseInt(q.group(2));
			int start = q.start();
			boolean before = "truoc".equals(q.group(1));
			if (day < 1 || day > 30 || q.find()) {
				return unread(text);
			}
			quarterly = new QuarterlyRule(day, before);
			q.reset();
			q.find();
			mask(left, q.start(), q.end());
			ruleEnd = q.end();
			List<String> cycles = cyclesBefore(folded, start);
			if (cycles.contains("nam") && !YEARLY.matcher(left.toString()).find()) {
				// "báo cáo quý, 6 tháng và năm gửi trước ngày 15 tháng cuối quý": the yearly report in December
				yearly = new YearlyRule(MonthDay.of(12, day), before);
			}
		}
		Matcher period = LAST_MONTH_OF_PERIOD.matcher(left.toString());
		if (period.find()) {
			int day = Integer.parseInt(period.group(2));
			boolean before = "truoc".equals(period.group(1));
			List<String> cycles = cyclesBefore(folded, period.start());
			if (day < 1 || day > 30 || cycles.isEmpty() || quarterly != null || period.find()) {
				return unread(text);
			}
			period.reset();
			period.find();
			if (cycles.contains("quy")) {
				quarterly = new QuarterlyRule(day, before);
			}
			else if (cycles.contains("6 thang")) {
				dates.add(new ReportDate("Báo cáo 6 tháng", MonthDay.of(6, day), before));
			}
			if (cycles.contains("nam")) {
				yearly = new YearlyRule(MonthDay.of(12, day), before);
			}
			mask(left, period.start(), period.end());
			ruleEnd = Math.max(ruleEnd, period.end());
		}
		Matcher m = MONTHLY.matcher(left.toString());
		if (m.find()) {
			int day = Integer.parseInt(m.group(2));
			if (day < 1 || day > 28 || m.find()) {
				// a day that some months lack ("ngày 31 hằng tháng") is left for a person
				return unread(text);
			}
			m.reset();
			m.find();
			monthly = new MonthlyRule(day, "truoc".equals(m.group(1)));
			mask(left, m.start(), m.end());
			ruleEnd = Math.max(ruleEnd, m.end());
		}
		Matcher six = SIX_MONTHS.matcher(left.toString());
		if (six.find()) {
			if (quarterly != null) {
				// the quarterly rule already dates the 6-month report (it is the Q2 report): two days for one report
				return unread(text);
			}
			try {
				dates.add(new ReportDate("Báo cáo 6 tháng", MonthDay.of(Integer.parseInt(six.group(3)),
						Integer.parseInt(six.group(2))), "truoc".equals(six.group(1))));
			}
			catch (DateTimeException ex) {
				return unread(text);
			}
			mask(left, six.start(), six.end());
			ruleEnd = Math.max(ruleEnd, six.end());
		}
		Matcher y = YEARLY.matcher(left.toString());
		if (y.find()) {
			if (yearly != null) {
				return unread(text);
			}
			Matcher next = NEXT_YEAR.matcher(left.substring(y.end()));
			boolean nextYear = next.find();
			try {
				MonthDay day = MonthDay.of(Integer.parseInt(y.group(3)), Integer.parseInt(y.group(2)));
				yearly = new YearlyRule(day, "truoc".equals(y.group(1)), nextYear);
			}
			catch (DateTimeException ex) {
				return unread(text);
			}
			int end = nextYear ? y.end() + next.end() : y.end();
			mask(left, y.start(), end);
			ruleEnd = Math.max(ruleEnd, end);
		}
		if (MENTIONS_NEXT_YEAR.matcher(left).find()) {
			// a day in "the year after" that no rule above placed there: never read as the report year
			return unread(text);
		}
		if (quarterly == null && yearly == null && monthly == null && dates.isEmpty()) {
			if (!windows.isEmpty() && !NAMES_A_DAY.matcher(left).find()) {
				return new ParsedRules(List.of(new ReportingRule(reportName(folded), null, null, List.of(), null,
						text.original(), null, windows)), List.of());
			}
			LabelledDates.Result list = deadlines.labelledDates(sentence, PlanPeriod.year(2000));
			if (windows.isEmpty() && list.isList() && list.failure() == null) {
				return appendix(DEFAULT_REPORT, list, text.original());
			}
			return unread(text);
		}
		if (DATE_LEFT.matcher(left).find()) {
			return unread(text);
		}
		return new ParsedRules(List.of(new ReportingRule(reportName(folded), quarterly, yearly, dates,
				recipient(text, ruleEnd), text.original(), monthly, windows)), List.of());
	}

	/**
	 * The cycles named by the list of reports that ends closest before {@code position}: "báo cáo quý, 6 tháng và
	 * năm" → quy, 6 thang, nam.
	 */
	private static List<String> cyclesBefore(String folded, int position) {
		Matcher cycles = CYCLES.matcher(folded);
		String list = null;
		while (cycles.find() && cycles.start() < position) {
			list = cycles.group(1);
		}
		List<String> named = new ArrayList<>();
		if (list == null) {
			return named;
		}
		Matcher word = Pattern.compile("quy|6 thang|sau thang|nam").matcher(list);
		while (word.find()) {
			String cycle = word.group().equals("sau thang") ? "6 thang" : word.group();
			if (!named.contains(cycle)) {
				named.add(cycle);
			}
		}
		return named;
	}

	/**
	 * A data cut-off window, labelled with the report period written just before it ("báo cáo quý I: từ ngày …"),
	 * else with the period it spans (15/12 of the year before to 14/3 → Quý I, to 14/6 → 6 tháng, to 14/12 → Năm;
	 * 01/01 to 30/6 → 6 tháng); null when neither says which report it is for, or a day does not exist.
	 */
	private static DataPeriod window(Matcher w, String before) {
		MonthDay from;
		MonthDay to;
		try {
			from = MonthDay.of(Integer.parseInt(w.group(2)), Integer.parseInt(w.group(1)));
			to = MonthDay.of(Integer.parseInt(w.group(5)), Integer.parseInt(w.group(4)));
		}
		catch (DateTimeException ex) {
			return null;
		}
		boolean previousYear = w.group(3) != null;
		if (!previousYear && !from.isBefore(to)) {
			return null;
		}
		String label = null;
		Matcher written = WINDOW_LABEL.matcher(before);
		if (written.find()) {
			label = written.group(1) != null ? "Quý " + switch (written.group(1)) {
				case "i", "1" -> "I";
				case "ii", "2" -> "II";
				case "iii", "3" -> "III";
				default -> "IV";
			} : written.group(2) != null ? "6 tháng" : "Năm";
		}
		else {
			int startMonth = from.getMonthValue() - (previousYear ? 12 : 0);
			int months = to.getMonthValue() - startMonth + (from.getDayOfMonth() == 1 ? 1 : 0);
			int end = to.getMonthValue();
			if (months == 12 && end == 12) {
				label = "Năm";
			}
			else if (months == 6 && end == 6) {
				label = "6 tháng";
			}
			else if (months == 3 && end % 3 == 0) {
				label = "Quý " + TimePhraseReader.roman(end / 3);
			}
		}
		return label == null ? null : new DataPeriod(label, from, previousYear, to);
	}

	/**
	 * Reads an appendix cell that gives a date per report (seed 002):
	 * "- Báo cáo quý I: 15/3/2025 - Báo cáo quý II: 15/6/2025 - Báo cáo quý III: 15/9/2025 - Báo cáo năm: 15/12/2025".
	 * Groups under a header ("- BC công tác CCHC + Quý I: 10/3/2025 …") become one rule each, named after the header;
	 * otherwise the rule takes {@code report} (the task's product, "Báo cáo kiểm soát TTHC").
	 */
	public ParsedRules parseAppendixCell(String report, String cell) {
		LabelledDates.Result list = deadlines.labelledDates(cell, PlanPeriod.year(2000));
		VietnameseText text = VietnameseText.of(cell);
		if (!list.isList() || list.failure() != null) {
			return unread(text);
		}
		return appendix(report == null || report.isBlank() ? DEFAULT_REPORT : report.trim(), list, text.original());
	}

	private static ParsedRules appendix(String report, LabelledDates.Result list, String source) {
		Map<String, List<ReportDate>> byReport = new LinkedHashMap<>();
		for (LabelledDates.Entry entry : list.entries()) {
			TimePhraseReader.WrittenDay written = entry.reading().written();
			MonthDay day;
			boolean before;
			if (written != null) {
				day = written.day();
				before = written.before();
			}
			else {
				day = MonthDay.from(entry.reading().deadlines().get(0).date());
				before = false;
			}
			String name = entry.header() != null ? entry.header() : report;
			byReport.computeIfAbsent(name, k -> new ArrayList<>()).add(new ReportDate(entry.label(), day, before));
		}
		List<ReportingRule> rules = new ArrayList<>();
		byReport.forEach((name, dates) -> rules.add(new ReportingRule(name, null, null, dates, null, source)));
		return new ParsedRules(rules, List.of());
	}

	private static ParsedRules unread(VietnameseText text) {
		return new ParsedRules(List.of(), List.of(text.original()));
	}

	private static void mask(StringBuilder left, int start, int end) {
		for (int i = Math.max(0, start); i < end; i++) {
			left.setCharAt(i, ' ');
		}
	}

	/** The "Tổ chức thực hiện" section, or the whole text when there is none. */
	private static String section(String text) {
		Matcher start = SECTION_START.matcher(text);
		if (!start.find()) {
			return text;
		}
		String rest = text.substring(start.end());
		Matcher end = SECTION_END.matcher(rest);
		return end.find() ? rest.substring(0, end.start()) : rest;
	}

	private static String reportName(String folded) {
		if (folded.contains("cai cach hanh chinh") || folded.matches(".*(?<![a-z])cchc(?![a-z]).*")) {
			return CCHC_REPORT;
		}
		if (folded.contains("kiem soat thu tuc hanh chinh") || folded.contains("kiem soat tthc") || folded.contains("kstthc")) {
			return "Báo cáo công tác kiểm soát thủ tục hành chính";
		}
		if (folded.contains("chuyen doi so")) {
			return "Báo cáo chuyển đổi số";
		}
		return DEFAULT_REPORT;
	}

	/** "… 10/12) về Sở Nội vụ để tổng hợp" → "Sở Nội vụ": the words after the rule (and its closing bracket). */
	private static String recipient(VietnameseText text, int ruleEnd) {
		String folded = text.folded();
		int close = folded.indexOf(')', ruleEnd);
		int from = close >= 0 && folded.substring(ruleEnd, close).isBlank() ? close + 1 : ruleEnd;
		Matcher m = RECIPIENT.matcher(folded);
		m.region(from, folded.length());
		if (m.find()) {
			return VietnameseText.tidy(text.original().substring(m.start(1), m.end(1)));
		}
		return null;
	}

}
