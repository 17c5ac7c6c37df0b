package vn.parflow.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.parflow.schedule.TimePhraseReader.Reading;

/**
 * Reads a cell that lists several dated reports, each with its label:
 * "- Báo cáo quý I: 15/3/2025 - Báo cáo quý II: 15/6/2025 - … - Báo cáo năm: 15/12/2025", or grouped under headers:
 * "- BC công tác CCHC + Quý I: 10/3/2025 + Quý II: 10/6/2025 … - BC xếp hạng chỉ số CCHC cấp xã + Trước 1/12/2025".
 * <p>
 * The cell is cut at its bullets ("-", "–", "+", "•" between spaces) and, inside a bullet, after each "label: date".
 * A part with a colon is "label: time"; a part without one is either a time ("Trước 1/12/2025") or, when it holds no
 * number, a header for the parts under it with another bullet. It is a list only when at least two parts carry a date
 * and at least one has a label or a header (or the cell starts with a bullet); "Quý IV/2025 - Quý II/2026" is no list
 * but a span, read by {@link TimePhraseReader}.
 */
final class LabelledDates {

	/** One dated part: the header above it (may be null), its own label (may be null) and its reading (ONE_OFF). */
	record Entry(String header, String label, Reading reading) {

		/** "Báo cáo công tác CCHC – Quý I", "Báo cáo quý I", or null. */
		String fullLabel() {
			if (header == null) {
				return label;
			}
			return label == null ? header : header + " – " + label;
		}

	}

	/** Either not a list, a list, or a list with a part that cannot be read (then the reason). */
	record Result(List<Entry> entries, String failure) {

		static final Result NOT_A_LIST = new Result(List.of(), null);

		boolean isList() {
			return !entries.isEmpty() || failure != null;
		}

	}

	private static final Pattern BULLET = Pattern.compile("(?:^|\\s)([-+•])\\s+|^([-+•])(?=\\S)");

	private static final Pattern LABELLED_DAY = Pattern.compile(
			":\\s*(?:(?:truoc|cham nhat|han|ngay|vao)\\s*)*\\d{1,2}\\s*/\\s*\\d{1,2}(?:\\s*/\\s*\\d{4})?");

	private static final Pattern ABBREVIATION = Pattern.compile("^(?:BC|Bc|bc)(?=\\s)");

	private LabelledDates() {
	}

	static Result read(VietnameseText cell, PlanPeriod period, TimePhraseReader reader) {
		List<Part> parts = split(cell);
		List<Entry> entries = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		boolean labelled = false;
		String header = null;
		char headerBullet = 0;
		for (Part part : parts) {
			VietnameseText text = part.text();
			int colon = text.original().indexOf(':');
			if (colon >= 0) {
				String label = expand(text.originalSlice(0, colon));
				VietnameseText time = text.slice(colon + 1, text.length());
				Reading reading = reader.read(time, period);
				if (reading.kind() == ScheduleKind.ONE_OFF && !label.isEmpty()) {
					labelled = true;
					entries.add(new Entry(part.bullet() != headerBullet ? header : null, label, reading));
				}
				else {
					failures.add(text.original() + (reading.reason() == null ? "" : " (" + reading.reason() + ")"));
				}
				continue;
			}
			Reading reading = reader.read(text, period);
			if (reading.kind() == ScheduleKind.ONE_OFF) {
				entries.add(new Entry(part.bullet() != headerBullet ? header : null, null, reading));
			}
			else if (!reading.timeContent() && !text.folded().matches(".*\\d.*")) {
				header = expand(text.original());
				headerBullet = part.bullet();
				labelled = true;
			}
			else {
				failures.add(text.original() + (reading.reason() == null ? "" : " (" + reading.reason() + ")"));
			}
		}
		boolean startsWithBullet = !parts.isEmpty() && parts.get(0).bullet() != 0;
		if (entries.size() < 2 || !(labelled || startsWithBullet)) {
			return Result.NOT_A_LIST;
		}
		if (!failures.isEmpty()) {
			return new Result(List.of(), "Ô có nhiều thời hạn nhưng không đọc được mục «" + failures.get(0)
					+ "»: cần người xác định ngày.");
		}
		return new Result(entries, null);
	}

	/** "BC công tác CCHC" → "Báo cáo công tác CCHC". */
	static String expand(String label) {
		String tidy = VietnameseText.tidy(label);
		return ABBREVIATION.matcher(tidy).replaceFirst("Báo cáo");
	}

	private record Part(char bullet, VietnameseText text) {
	}

	private static List<Part> split(VietnameseText cell) {
		List<Part> parts = new ArrayList<>();
		String folded = cell.folded();
		Matcher m = BULLET.matcher(folded);
		int start = 0;
		char bullet = 0;
		while (m.find()) {
			addParts(parts, cell, bullet, start, m.start());
			String b = m.group(1) != null ? m.group(1) : m.group(2);
			bullet = b.charAt(0);
			start = m.end();
		}
		addParts(parts, cell, bullet, start, folded.length());
		return parts;
	}

	/** One bullet's text, cut after every "label: day" when it holds several. */
	private static void addParts(List<Part> parts, VietnameseText cell, char bullet, int start, int end) {
		if (end <= start) {
			return;
		}
		String folded = cell.folded().substring(start, end);
		if (folded.isBlank()) {
			return;
		}
		if (folded.chars().filter(c -> c == ':').count() < 2) {
			parts.add(new Part(bullet, cell.slice(start, end)));
			return;
		}
		Matcher m = LABELLED_DAY.matcher(folded);
		int from = 0;
		while (m.find()) {
			parts.add(new Part(bullet, cell.slice(start + from, start + m.end())));
			from = m.end();
		}
		String rest = folded.substring(from);
		if (!rest.replaceAll("[\\s,;.+\\-]", "").isEmpty()) {
			parts.add(new Part(bullet, cell.slice(start + from, end)));
		}
	}

}
