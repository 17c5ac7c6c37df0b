package vn.parflow.plan;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.parflow.plan.PlanDraft.TaskRow;
import vn.parflow.schedule.ReportingRule;
import vn.parflow.schedule.ReportingRuleParser;

/**
 * Reads what a plan says about itself from the lines before its appendix table: title, issuing body, locality,
 * period, the decision it is attached to, its coordinating office and its reporting regime. What it cannot read is
 * reported, never guessed.
 */
final class PlanHeaderReader {

	/** What the head of a plan says; {@code code} is a suggestion built from the locality and the period. */
	record Header(String code, String title, String issuingBody, String locality, LocalDate periodStart,
			LocalDate periodEnd, String decisionNumber, LocalDate decisionDate, String coordinatingUnit,
			List<ReportingRule> reportingRules) {

		/**
		 * The draft; the coordinating office is written as the appendix writes the same unit ("(qua phòng Văn hoá -
		 * Xã hội)" in the body, "Phòng Văn hóa – Xã hội" in the table), so that both name one unit the same way.
		 */
		PlanDraft toDraft(List<TaskRow> tasks, List<ImportProblem> problems) {
			String office = coordinatingUnit;
			if (office != null) {
				String wanted = unitKey(office);
				for (TaskRow task : tasks) {
					if (task.lead() != null && unitKey(task.lead()).equals(wanted)) {
						office = task.lead();
						break;
					}
				}
			}
			return new PlanDraft(code, title, issuingBody, locality, periodStart, periodEnd, decisionNumber, decisionDate,
					office, reportingRules, tasks, problems);
		}

		private static String unitKey(String name) {
			return CellSplitter.key(name).replaceAll("[\\-\u2013\u2014]", "-").replaceAll("\\s*-\\s*", "-");
		}
	}

	private static final Pattern LOCAL_KIND = Pattern.compile("^(XÃ|PHƯỜNG|THỊ TRẤN|THỊ XÃ|HUYỆN|QUẬN|THÀNH PHỐ)\\s+(\\S.*)$");

	private static final Pattern COMMITTEE = Pattern.compile("^(?:(?:ỦY|UỶ|UY) BAN NHÂN DÂN|UBND)(?:\\s+(.*))?$");

	private static final Pattern LOCALITY_IN_TEXT = Pattern.compile(
			"(?<![\\p{L}])(?<!thị )(xã|phường|thị trấn)\\s+((?:\\p{Lu}[\\p{L}]*)(?:\\s+\\p{Lu}[\\p{L}]*){0,3})");

	private static final Pattern DECISION = Pattern.compile("[Kk]èm theo\\s+Quyết định\\s+số\\s*:?\\s*([0-9]*)\\s*/\\s*"
			+ "([\\p{Lu}Đ]+(?:\\s*-\\s*[\\p{Lu}Đ]+)*)\\s*,?\\s*(?:ngày\\s*([0-9]{0,2})\\s*(?:/|tháng)\\s*([0-9]{0,2})\\s*(?:/|năm)\\s*([0-9]{4}))?");

	private static final Pattern HALF_YEAR = Pattern.compile("(?:6|sau) thang (cuoi|dau) (?:cua )?nam (\\d{4})");

	private static final Pattern YEAR = Pattern.compile("(?:^|\\s)nam (\\d{4})");

	private static final Pattern STAGE = Pattern.compile("giai doan (\\d{4}) ?[-–] ?(\\d{4})");

	private static final Pattern VIA_OFFICE = Pattern.compile("\\(\\s*qua\\s+((?:[Pp]hòng|[Vv]ăn phòng|[Cc]ông chức|[Bb]an|"
			+ "[Tt]rung tâm|[Bb]ộ phận|[Tt]ổ)\\s[^()]*?)\\s*(?:để\\s[^()]*)?\\)");

	private static final Pattern FOCAL_OFFICE = Pattern.compile("giao\\s+((?:[Pp]hòng|[Vv]ăn phòng|[Cc]ông chức|[Bb]an|"
			+ "[Tt]rung tâm|[Bb]ộ phận)\\s[^,;.()]*?)\\s+(?:là|làm)\\s+(?:cơ quan\\s+|đơn vị\\s+)?đầu mối");

	private static final Pattern SECTION = Pattern.compile("^(?:[IVX]{1,4}|\\d{1,2})\\.\\s+\\S.*");

	private static final Pattern PERIOD_NOISE = Pattern.compile("[^a-z0-9\\-– ]+");

	private static final Pattern LABELLED = Pattern.compile("^[^:]{1,30}:.*");

	/**
	 * @param headLines the non-empty lines before the appendix table, in order (header tables included)
	 * @param bodyText  the whole body outside the appendix, for the reporting regime and the coordinating office
	 */
	Header read(String filename, List<String> headLines, String bodyText, List<ImportProblem> problems) {
		List<String> lines = headLines.stream().map(CellSplitter::collapse).filter(line -> !line.isEmpty()).toList();
		int firstSection = firstSection(lines);
		List<String> top = lines.subList(0, firstSection);

		String title = title(top);
		if (title == null) {
			problems.add(ImportProblem.warning(null, null, "Không đọc được tên kế hoạch (dòng sau chữ \"KẾ HOẠCH\") "
					+ "trong tệp " + filename + "."));
		}

		String locality = localityFromHeader(top);
		if (locality == null && title != null) {
			locality = localityIn(title);
		}
		if (locality == null) {
			locality = localityFromSentence(String.join(" ", top));
		}
		String issuingBody = locality == null ? null : "Ủy ban nhân dân " + locality;
		if (locality == null) {
			problems.add(ImportProblem.warning(null, null, "Không đọc được cơ quan ban hành và địa bàn của kế hoạch "
					+ "(\"ỦY BAN NHÂN DÂN XÃ …\") trong tệp " + filename + "."));
		}

		LocalDate[] period = period(title, top, lines);
		if (period == null) {
			period = periodInFilename(filename);
			if (period != null) {
				problems.add(ImportProblem.warning(null, null, "Tệp " + filename + " không ghi kỳ kế hoạch; đã lấy kỳ "
						+ period[0] + " – " + period[1] + " từ tên tệp, cần kiểm tra lại."));
			}
		}
		if (period == null) {
			problems.add(ImportProblem.error(null, null, "Không đọc được kỳ kế hoạch (\"năm 2025\", \"6 tháng cuối năm "
					+ "2025\") trong tên kế hoạch của tệp " + filename + "."));
		}

		String decisionNumber = null;
		LocalDate decisionDate = null;
		Matcher decision = DECISION.matcher(String.join(" ", top));
		if (decision.find()) {
			if (!decision.group(1).isEmpty()) {
				decisionNumber = decision.group(1) + "/" + decision.group(2).replaceAll("\\s+", "");
			}
			decisionDate = date(decision.group(3), decision.group(4), decision.group(5));
		}

		String coordinatingUnit = coordinatingUnit(bodyText);
		String code = code(locality, period);

		List<ReportingRule> rules = new ArrayList<>();
		var parsed = new ReportingRuleParser().parse(bodyText == null ? "" : bodyText);
		rules.addAll(parsed.rules());
		for (String sentence : parsed.unread()) {
			problems.add(ImportProblem.warning(null, null, "Chưa đọc được chế độ báo cáo: " + sentence));
		}
		if (rules.isEmpty() && parsed.unread().isEmpty()) {
			problems.add(ImportProblem.warning(null, null, "Không tìm thấy câu về chế độ báo cáo (\"báo cáo quý, báo cáo "
					+ "6 tháng gửi trước ngày …\") trong tệp " + filename + "; cần nhập chế độ báo cáo bằng tay."));
		}
		return new Header(code, title, issuingBody, locality, period == null ? null : period[0],
				period == null ? null : period[1], decisionNumber, decisionDate, coordinatingUnit, rules);
	}

	private static int firstSection(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (SECTION.matcher(line).matches() && line.startsWith("I.")) {
				return i;
			}
		}
		return lines.size();
	}

	/**
	 * "KẾ HOẠCH" then "Cải cách hành chính nhà nước xã Việt Khê 6 tháng cuối năm 2025" → "Kế hoạch cải cách …";
	 * "KẾ HOẠCH" then "Kế hoạch thực hiện …" → "Kế hoạch thực hiện …" (never "Kế hoạch kế hoạch"). Without such a
	 * line, a title line that starts with "Kế hoạch" itself ("Kế hoạch chuyển đổi số xã An Hòa năm 2026", the title
	 * row of a sheet) is the title; "Kế hoạch số 12/KH-UBND …" cites another plan and is not.
	 */
	static String title(List<String> lines) {
		String upper = upperCaseTitle(lines);
		if (upper != null) {
			return upper;
		}
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String key = CellSplitter.key(line);
			if (key.startsWith("ke hoach ") && !key.startsWith("ke hoach so") && !key.startsWith("ke hoach nay")
					&& line.length() <= 300 && PERIOD_IN_TITLE.matcher(key).find()) {
				return withoutDoubledWord("Kế hoạch " + lowerFirst(line.substring("Kế hoạch".length()).strip()
					.replaceAll("[.:]$", "")));
			}
		}
		return null;
	}

	/** A title names its year ("năm 2026", "giai đoạn 2026 - 2030", "6 tháng cuối năm 2025"). */
	private static final Pattern PERIOD_IN_TITLE = Pattern.compile("(nam|giai doan) \\d{4}");

	/** "Kế hoạch kế hoạch thực hiện …" → "Kế hoạch thực hiện …". */
	private static String withoutDoubledWord(String title) {
		String key = CellSplitter.key(title);
		if (key.startsWith("ke hoach ke hoach ")) {
			return "Kế hoạch " + title.substring("Kế hoạch ".length() + "Kế hoạch".length()).strip();
		}
		return title;
	}

	private static String upperCaseTitle(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String key = CellSplitter.key(line);
			if (!key.startsWith("ke hoach") || !line.startsWith("KẾ HOẠCH") && !line.startsWith("KẾ HOẠCH")) {
				continue;
			}
			List<String> parts = new ArrayList<>();
			String rest = line.substring("KẾ HOẠCH".length()).strip();
			if (!rest.isEmpty()) {
				parts.add(rest);
			}
			for (int j = i + 1; j < lines.size() && parts.size() < 3; j++) {
				if (!parts.isEmpty() && endsTitle(lines.get(j)) || parts.isEmpty() && startsBody(lines.get(j))) {
					break;
				}
				parts.add(lines.get(j));
			}
			if (parts.isEmpty()) {
				return null;
			}
			String text = String.join(" ", parts).replaceAll("[.:]$", "");
			return withoutDoubledWord("Kế hoạch " + lowerFirst(text));
		}
		return null;
	}

	private static boolean startsBody(String line) {
		String key = CellSplitter.key(line);
		return line.startsWith("(") || key.startsWith("kem theo") || key.startsWith("can cu") || key.startsWith("thuc hien")
				|| key.startsWith("so:") || SECTION.matcher(line).matches() || line.length() > 200;
	}

	private static boolean endsTitle(String line) {
		return startsBody(line) || line.length() > 120 || line.endsWith(":") || line.startsWith("-")
				|| LABELLED.matcher(line).matches()
				|| CellSplitter.key(line).startsWith("ubnd") || CellSplitter.key(line).startsWith("uy ban");
	}

	private static String lowerFirst(String text) {
		int first = text.codePointAt(0);
		int next = text.length() > Character.charCount(first) ? text.codePointAt(Character.charCount(first)) : ' ';
		if (Character.isUpperCase(first) && Character.isLowerCase(next)) {
			return text.substring(0, Character.charCount(first)).toLowerCase(Locale.ROOT)
					+ text.substring(Character.charCount(first));
		}
		return text;
	}

	/** "ỦY BAN NHÂN DÂN" followed by "XÃ VIỆT KHÊ" (or on one line) → "xã Việt Khê". */
	static String localityFromHeader(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			Matcher committee = COMMITTEE.matcher(lines.get(i));
			if (!committee.matches()) {
				continue;
			}
			String rest = committee.group(1) == null ? "" : committee.group(1).strip();
			List<String> candidates = new ArrayList<>();
			candidates.add(rest);
			for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
				candidates.add(lines.get(j));
			}
			for (String candidate : candidates) {
				Matcher kind = LOCAL_KIND.matcher(candidate.strip());
				if (kind.matches() && candidate.equals(candidate.toUpperCase(Locale.ROOT))) {
					return kind.group(1).toLowerCase(Locale.ROOT) + " " + titleCase(kind.group(2));
				}
			}
		}
		return null;
	}

	/** "… nhà nước xã Việt Khê 6 tháng cuối …" → "xã Việt Khê" (not "thị xã Nghi Sơn"). */
	static String localityIn(String text) {
		Matcher matcher = LOCALITY_IN_TEXT.matcher(text);
		return matcher.find() ? matcher.group(1) + " " + matcher.group(2) : null;
	}

	/** "Ủy ban nhân dân xã Anh Sơn ban hành …", "UBND xã Thái Tân ban hành …" → the locality. */
	private static String localityFromSentence(String text) {
		Matcher matcher = Pattern.compile("(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\\s+((?:xã|phường|thị trấn)\\s+\\p{Lu}.*)")
				.matcher(text);
		while (matcher.find()) {
			String locality = localityIn(matcher.group(1));
			if (locality != null) {
				return locality;
			}
		}
		return null;
	}

	private static String titleCase(String upper) {
		StringBuilder text = new StringBuilder();
		for (String word : upper.strip().split("\\s+")) {
			String lower = word.toLowerCase(Locale.ROOT);
			if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(lower.substring(0, 1).toUpperCase(Locale.ROOT)).append(lower.substring(1));
		}
		return text.toString();
	}

	/** The plan's period from its title, else from the lines before "I." and the appendix heading. */
	static LocalDate[] period(String title, List<String> top, List<String> all) {
		List<String> places = new ArrayList<>();
		if (title != null) {
			places.add(title);
		}
		places.addAll(top);
		places.addAll(all.subList(Math.max(0, all.size() - 8), all.size()));
		for (String place : places) {
			LocalDate[] period = periodIn(place);
			if (period != null) {
				return period;
			}
		}
		return null;
	}

	/** "viet-khe-2025-h2.xlsx" → 1/7–31/12/2025, "ke-hoach-cchc-2026.docx" → 2026; null unless one year is named. */
	static LocalDate[] periodInFilename(String filename) {
		String name = CellSplitter.key(filename.replaceAll("\\.[A-Za-z]+$", "")).replaceAll("[^a-z0-9]+", " ");
		Matcher years = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)").matcher(name);
		if (!years.find()) {
			return null;
		}
		int year = Integer.parseInt(years.group(1));
		if (years.find()) {
			return null;
		}
		if (name.matches(".*\\b(h2|6 thang cuoi|sau thang cuoi)\\b.*")) {
			return new LocalDate[] { LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31) };
		}
		if (name.matches(".*\\b(h1|6 thang dau|sau thang dau)\\b.*")) {
			return new LocalDate[] { LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30) };
		}
		return new LocalDate[] { LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31) };
	}

	/** "6 tháng cuối năm 2025" → 1/7–31/12/2025; "sáu tháng đầu năm 2025" → 1/1–30/6; "năm 2025" → the year. */
	static LocalDate[] periodIn(String text) {
		String key = CellSplitter.collapse(PERIOD_NOISE.matcher(CellSplitter.key(text)).replaceAll(" "));
		Matcher half = HALF_YEAR.matcher(key);
		if (half.find()) {
			int year = Integer.parseInt(half.group(2));
			return "cuoi".equals(half.group(1))
					? new LocalDate[] { LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31) }
					: new LocalDate[] { LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30) };
		}
		if (!key.contains("ke hoach") && !key.contains("cai cach") && !key.contains("nhiem vu")
				&& !key.contains("ky ke hoach")) {
			return null;
		}
		Matcher stage = STAGE.matcher(key);
		if (stage.find()) {
			return new LocalDate[] { LocalDate.of(Integer.parseInt(stage.group(1)), 1, 1),
					LocalDate.of(Integer.parseInt(stage.group(2)), 12, 31) };
		}
		Matcher year = YEAR.matcher(key);
		if (year.find()) {
			int value = Integer.parseInt(year.group(1));
			return new LocalDate[] { LocalDate.of(value, 1, 1), LocalDate.of(value, 12, 31) };
		}
		return null;
	}

	private static LocalDate date(String day, String month, String year) {
		if (day == null || day.isEmpty() || month == null || month.isEmpty() || year == null) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	/** The unit named in "(qua phòng Văn hoá - Xã hội)" or "giao Phòng … làm đầu mối"; the last one written wins. */
	static String coordinatingUnit(String bodyText) {
		if (bodyText == null) {
			return null;
		}
		String text = CellSplitter.collapse(bodyText.replace("*", ""));
		String found = null;
		Matcher via = VIA_OFFICE.matcher(text);
		while (via.find()) {
			found = via.group(1);
		}
		if (found == null) {
			Matcher focal = FOCAL_OFFICE.matcher(text);
			if (focal.find()) {
				found = focal.group(1);
			}
		}
		if (found == null) {
			return null;
		}
		found = found.strip().replaceAll("[,;.]+$", "");
		return found.substring(0, 1).toUpperCase(Locale.ROOT) + found.substring(1);
	}

	/** "xã Việt Khê" + 1/7–31/12/2025 → "VIETKHE-2025-H2"; "xã Anh Sơn" + 2025 → "ANHSON-2025". */
	static String code(String locality, LocalDate[] period) {
		if (locality == null || period == null) {
			return null;
		}
		String name = Normalizer.normalize(locality.toUpperCase(Locale.ROOT), Normalizer.Form.NFD)
				.replaceAll("\\p{M}+", "").replace('Đ', 'D')
				.replaceFirst("^(XA|PHUONG|THI TRAN|THI XA|HUYEN|QUAN|THANH PHO)\\s+", "")
				.replaceAll("[^A-Z0-9]", "");
		if (name.isEmpty()) {
			return null;
		}
		LocalDate start = period[0];
		LocalDate end = period[1];
		String code = name + "-" + start.getYear();
		if (start.getYear() == end.getYear() && start.getMonthValue() == 7 && end.getMonthValue() == 12) {
			code += "-H2";
		}
		else if (start.getYear() == end.getYear() && start.getMonthValue() == 1 && end.getMonthValue() == 6) {
			code += "-H1";
		}
		else if (start.getYear() != end.getYear()) {
			code += "-" + end.getYear();
		}
		return code;
	}

}
