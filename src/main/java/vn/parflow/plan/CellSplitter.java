package vn.parflow.plan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the text of an appendix cell into what the plan means: one string with its line breaks joined, or a list
 * of coordinating units or deliverables. Text is kept as written (typos included); only separators are removed.
 */
final class CellSplitter {

	/** One line of a cell: a paragraph or a line break inside one; {@code listItem} when Word draws a bullet for it. */
	record Line(String text, boolean listItem) {

		Line {
			text = collapse(text);
		}

		static Line of(String text) {
			return new Line(text, false);
		}
	}

	private static final Pattern BULLET = Pattern.compile("^[-+•\\u2013\\u2212*]\\s*");

	private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s;,]+$");

	private static final Pattern LEADING_MARKS = Pattern.compile("^[-+•\\u2013*,\\s]+(?=\\S)");

	private static final Pattern PLACEHOLDER = Pattern.compile("[-\\u2013\\u2014/.…]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** Words a unit's name starts with ("Phòng Kinh tế", "Công an xã"): a comma splits units only between such names. */
	private static final List<String> UNIT_WORDS = List.of("phong", "van phong", "vp", "trung tam", "ban", "cong an",
			"ban chi huy", "quan su", "ubnd", "uy ban", "hdnd", "hoi dong", "thuong truc", "hoi", "doan", "cong chuc",
			"can bo", "tram", "truong", "dang uy", "mttq", "mat tran", "bo phan", "dai", "cong thong tin", "chi cuc",
			"so", "thanh tra", "kho bac", "bao hiem", "chi nhanh", "hop tac xa", "buu dien", "toa an", "vien kiem sat",
			"to", "thon", "khu", "lanh dao", "chu tich", "pho chu tich", "bch", "cac thanh vien");

	private CellSplitter() {
	}

	/**
	 * Collapses every run of whitespace (line breaks, tabs, non-breaking spaces) into one space and trims; letters
	 * typed as base + combining mark ("Unicode tổ hợp") are composed, which changes nothing a reader sees.
	 */
	static String collapse(String text) {
		if (text == null) {
			return "";
		}
		String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder collapsed = null;
		boolean pendingSpace = false;
		int length = composed.length();
		for (int i = 0; i < length; i++) {
			char c = composed.charAt(i);
			if (isSpace(c)) {
				if (collapsed == null && (i == 0 || i == length - 1 || c != ' ' || isSpace(composed.charAt(i + 1)))) {
					collapsed = new StringBuilder(length).append(composed, 0, i);
				}
				pendingSpace = true;
				continue;
			}
			if (collapsed != null) {
				if (pendingSpace && !collapsed.isEmpty()) {
					collapsed.append(' ');
				}
				collapsed.append(c);
			}
			pendingSpace = false;
		}
		return collapsed == null ? composed : collapsed.toString();
	}

	private static boolean isSpace(char c) {
		return c == ' ' || Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
				|| c == '\uFEFF';
	}

	/** The lines joined with single spaces; null when nothing or only "-" is written. */
	static String join(List<Line> lines) {
		StringBuilder joined = new StringBuilder();
		for (Line line : lines) {
			if (!line.text().isEmpty()) {
				joined.append(joined.isEmpty() ? "" : " ").append(line.text());
			}
		}
		String text = joined.toString();
		return isBlankCollapsed(text) ? null : text;
	}

	/** A lead (or other single unit) as written, without the separator some plans leave after it ("…UBND xã;"). */
	static String single(List<Line> lines) {
		String text = join(lines);
		if (text == null) {
			return null;
		}
		text = TRAILING_SEPARATORS.matcher(text).replaceAll("");
		return text.isEmpty() ? null : text;
	}

	/**
	 * Coordinating units: split on ";" and on line-leading bullets ("- ", "+ "); split on "," only when every piece
	 * starts with a unit's name ("Phòng Kinh tế, Công an xã"), so that a collective phrase ("Các phòng, ban, đơn vị có
	 * liên quan") stays one entry.
	 */
	static List<String> coordinating(List<Line> lines) {
		List<String> units = new ArrayList<>();
		for (String piece : pieces(lines)) {
			units.addAll(splitUnitsOnComma(piece));
		}
		return units;
	}

	/**
	 * Deliverables, never split on "," ("Kế hoạch, Thông báo kết luận, Báo cáo" is one product): a cell written as a
	 * list ("- Kế hoạch …", "- Báo cáo …") has one product per item, a ";" inside an item staying in it; any other
	 * cell is split on ";".
	 */
	static List<String> deliverables(List<Line> lines) {
		return pieces(lines, false);
	}

	private static List<String> pieces(List<Line> lines) {
		return pieces(lines, true);
	}

	/** The pieces of a cell between bullets (and ";"), trimmed, bullets removed, empty ones dropped. */
	private static List<String> pieces(List<Line> lines, boolean splitItemsOnSemicolon) {
		List<String> items = new ArrayList<>();
		boolean bulleted = false;
		StringBuilder current = new StringBuilder();
		boolean first = true;
		for (Line line : lines) {
			String text = line.text();
			if (text.isEmpty()) {
				continue;
			}
			boolean startsBullet = line.listItem() || BULLET.matcher(text).find() && !isBlankCollapsed(text);
			if (first) {
				bulleted = startsBullet;
				first = false;
			}
			if (bulleted && startsBullet) {
				addPieces(items, current.toString(), splitItemsOnSemicolon);
				current.setLength(0);
				text = BULLET.matcher(text).replaceFirst("");
			}
			if (!current.isEmpty()) {
				current.append(' ');
			}
			current.append(text);
		}
		addPieces(items, current.toString(), splitItemsOnSemicolon || !bulleted);
		return items;
	}

	private static void addPieces(List<String> items, String text, boolean splitOnSemicolon) {
		for (String part : splitOnSemicolon ? text.split(";") : new String[] { text }) {
			String item = LEADING_MARKS.matcher(collapse(part)).replaceAll("");
			item = TRAILING_SEPARATORS.matcher(item).replaceAll("");
			if (!isBlankCollapsed(item)) {
				items.add(item);
			}
		}
	}

	private static List<String> splitUnitsOnComma(String piece) {
		String[] parts = piece.split(",");
		if (parts.length < 2) {
			return List.of(piece);
		}
		List<String> units = new ArrayList<>();
		for (String part : parts) {
			String unit = collapse(part);
			if (!startsWithUnitName(unit)) {
				return List.of(piece);
			}
			units.add(unit);
		}
		return units;
	}

	/** "Phòng Kinh tế", "UBND xã", "Công an xã": a capitalised unit word, followed by a name. */
	static boolean startsWithUnitName(String text) {
		if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0))) {
			return false;
		}
		String key = key(text);
		if (key.startsWith("cac ") || key.startsWith("co quan, ") || key.equals("co quan")) {
			return false;
		}
		for (String word : UNIT_WORDS) {
			if (key.equals(word) || key.startsWith(word + " ")) {
				return true;
			}
		}
		return false;
	}

	static boolean isBlankCell(String text) {
		String trimmed = collapse(text);
		return trimmed.isEmpty() || trimmed.length() <= 3 && PLACEHOLDER.matcher(trimmed).matches();
	}

	/** {@link #isBlankCell(String)} for text already collapsed. */
	private static boolean isBlankCollapsed(String text) {
		return text.isEmpty() || text.length() <= 3 && PLACEHOLDER.matcher(text).matches();
	}

	/** Lower case, without diacritics ("đ" becomes "d"), whitespace collapsed: how headers and keywords are compared. */
	static String key(String text) {
		String lower = collapse(text).toLowerCase(Locale.ROOT);
		return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("").replace('đ', 'd');
	}

}
