package vn.parflow.schedule;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Vietnamese phrase as an officer wrote it, cleaned, and beside it the same text folded for matching:
 * lower case, without diacritics ("Hằng"/"Hàng" → "hang", "Quí"/"Qúy"/"Quý" → "quy", "đ" → "d").
 * The folded text has exactly the length of the cleaned one, so a match in the folded text cuts the same
 * words, accents intact, out of the cleaned text (for labels, notes and messages).
 * <p>
 * Cleaning: Unicode NFKC (so "Ⅲ" is "III"), every line break and run of spaces becomes one space, all dashes
 * become "-", Markdown asterisks go, a number written out in brackets goes ("ngày 06 (sáu)" → "ngày 06"), a
 * leading "Thời gian hoàn thành:"/"Thời hạn:" goes, and so do trailing dots ("Quý IV/2025." → "Quý IV/2025").
 */
final class VietnameseText {

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

	private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");

	/** "(sáu)", "(mười lăm)", "(hai mươi)": a number written out after its digits. */
	private static final Pattern NUMBER_IN_WORDS = Pattern.compile(
			"\\s*\\(\\s*(?:(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|linh|le|tram|nghin|ngan|mong|mung)\\s*)+\\)");

	/** "Thời gian hoàn thành:", "Thời gian thực hiện/hoàn thành:", "Thời hạn:", "Hạn hoàn thành:". */
	private static final Pattern PREFIX = Pattern.compile(
			"^(?:thoi gian|thoi han|han)(?:\\s*(?:thuc hien|hoan thanh|nop|gui|bao cao))?(?:\\s*/\\s*(?:thuc hien|hoan thanh))?\\s*:\\s*");

	private static final Pattern TRAILING = Pattern.compile("[\\s.;,:/]+$");

	private static final Pattern QUI = Pattern.compile("(?<![a-z])qui(?![a-z])");

	private final String original;

	private final String folded;

	private VietnameseText(String original, String folded) {
		this.original = original;
		this.folded = folded;
	}

	/** Cleans a phrase as written; null becomes the empty text. */
	static VietnameseText of(String raw) {
		String text = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC);
		text = DASHES.matcher(text).replaceAll("-");
		text = text.replace("*", "");
		text = SPACES.matcher(text).replaceAll(" ").trim();
		text = removeFolded(text, NUMBER_IN_WORDS);
		text = SPACES.matcher(text).replaceAll(" ").trim();
		Matcher prefix = PREFIX.matcher(fold(text));
		if (prefix.find()) {
			text = text.substring(prefix.end());
		}
		text = TRAILING.matcher(text).replaceAll("");
		return new VietnameseText(text, fold(text));
	}

	/** Text that is already clean (a slice of another text). */
	private static VietnameseText ofClean(String clean) {
		return new VietnameseText(clean, fold(clean));
	}

	/**
	 * Lower case without diacritics, one character for one character: "Quý III" → "quy iii", "Hằng" → "hang",
	 * "Quí"/"Qúy" → "quy".
	 */
	static String fold(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 'đ' || c == 'Đ') {
				out.append('d');
				continue;
			}
			if (c < 128) {
				out.append(Character.toLowerCase(c));
				continue;
			}
			String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			out.append(base.isEmpty() ? c : Character.toLowerCase(base.charAt(0)));
		}
		return QUI.matcher(out).replaceAll("quy");
	}

	/** True when the text has at least one Vietnamese letter with a diacritic. */
	boolean hasDiacritics() {
		for (int i = 0; i < original.length(); i++) {
			char c = original.charAt(i);
			if (c > 127 && Character.isLetter(c)) {
				return true;
			}
		}
		return false;
	}

	private static String removeFolded(String text, Pattern pattern) {
		Matcher m = pattern.matcher(fold(text));
		StringBuilder out = new StringBuilder();
		int last = 0;
		while (m.find()) {
			out.append(text, last, m.start());
			last = m.end();
		}
		return out.append(text.substring(last)).toString();
	}

	String original() {
		return original;
	}

	String folded() {
		return folded;
	}

	boolean isEmpty() {
		return original.isEmpty();
	}

	int length() {
		return original.length();
	}

	/** The written words between two positions, trimmed of spaces, bullets and stray punctuation. */
	String originalSlice(int start, int end) {
		return tidy(original.substring(Math.max(0, start), Math.min(end, original.length())));
	}

	/** A part of this text as a text of its own. */
	VietnameseText slice(int start, int end) {
		return ofClean(original.substring(start, end).trim().replaceAll("[\\s.;!?,]+$", ""));
	}

	static String tidy(String text) {
		String t = text.trim();
		t = t.replaceAll("^[-+•:;,.\\s]+", "").replaceAll("[-+•:;,\\s]+$", "");
		return t.trim();
	}

	@Override
	public String toString() {
		return original;
	}

}
