package vn.parflow.schedule;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * A sentence about periodic reports that cannot be read completely (no day, a day that does not exist, a date left
 * over) goes to {@link ParsedRules#unread()} whole: a rule is never guessed. Plain Java: no Spring inside.
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

	private static final Pattern YEARLY = Pattern.compile("(?:bao cao\\s*(?:ca\\s*)?nam|hang\\s*nam|moi\\s*nam)(?![a-z])(?!\\s*\\d)"
			+ "[^()]*?" + BEFORE + "ngay\\s*(\\d{1,2})\\s*(?:/|thang)\\s*(\\d{1,2})(?!\\d)(?:\\s*(?:/|nam)\\s*\\d{4})?");

	private static final Pattern DATE_LEFT = Pattern.compile("\\d{1,2}\\s*/\\s*\\d{1,2}|ngay\\s*\\d{1,2}|thang\\s*\\d{1,2}");

	private static final Pattern RECIPIENT = Pattern.compile("(?<![a-z])(?:ve|gui ve|gui|den|len|de|cho)\\s+(.+?)\\s+(?:de|nham)\\s+"
			+ "(?:tong hop|theo doi)");

	private final DeadlineParser deadlines = new DeadlineParser();

	/**
	 * Finds and reads the reporting sentences of a plan body. Only the "Tổ chức thực hiện" section is searched when
	 * the body has one.
	 */
	public ParsedRules parse(String bodyText) {
		VietnameseText body = VietnameseText.of(bodyText);
		String text = section(body.original());
		List<ReportingRule> rules = new ArrayList<>();
		List<String> unread = new ArrayList<>();
		for (String sentence : SENTENCE_END.split(text)) {
			String folded = VietnameseText.fold(sentence);
			if (!REPORT.matcher(folded).find() || !REGIME.matcher(folded).find()) {
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

		QuarterlyRule quarterly = null;
		int ruleEnd = 0;
		Matcher q = QUARTERLY.matcher(folded);
		if (q.find()) {
			int day = Integer.parseInt(q.group(2));
			if (day < 1 || day > 30 || q.find()) {
				return unread(text);
			}
			q.reset();
			q.find();
			quarterly = new QuarterlyRule(day, "truoc".equals(q.group(1)));
			mask(left, q.start(), q.end());
			ruleEnd = q.end();
		}
		YearlyRule yearly = null;
		Matcher y = YEARLY.matcher(left.toString());
		if (y.find()) {
			try {
				MonthDay day = MonthDay.of(Integer.parseInt(y.group(3)), Integer.parseInt(y.group(2)));
				yearly = new YearlyRule(day, "truoc".equals(y.group(1)));
			}
			catch (DateTimeException ex) {
				return unread(text);
			}
			mask(left, y.start(), y.end());
			ruleEnd = Math.max(ruleEnd, y.end());
		}
		if (quarterly == null && yearly == null) {
			LabelledDates.Result list = deadlines.labelledDates(sentence, PlanPeriod.year(2000));
			if (list.isList() && list.failure() == null) {
				return appendix(DEFAULT_REPORT, list, text.original());
			}
			return unread(text);
		}
		if (DATE_LEFT.matcher(left).find()) {
			return unread(text);
		}
		return new ParsedRules(List.of(new ReportingRule(reportName(folded), quarterly, yearly, List.of(),
				recipient(text, ruleEnd), text.original())), List.of());
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
