package vn.parflow.plan;

import java.io.IOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import vn.parflow.plan.PlanDraft.TaskRow;
import vn.parflow.schedule.ReportingRule;
import vn.parflow.schedule.ReportingRule.DataPeriod;
import vn.parflow.schedule.ReportingRule.MonthlyRule;
import vn.parflow.schedule.ReportingRule.QuarterlyRule;
import vn.parflow.schedule.ReportingRule.ReportDate;
import vn.parflow.schedule.ReportingRule.YearlyRule;

/**
 * Reads the canonical, hand-editable form of a plan (config/plans/FORMAT.md). Every problem names the line of
 * the file and the field, so that the person who edits the file can find it.
 */
final class YamlPlanReader {

	private static final YAMLFactory YAML = YAMLFactory.builder().build();

	private static final Set<String> PLAN_FIELDS = Set.of("code", "title", "issuingBody", "locality", "periodStart",
			"periodEnd", "decisionNumber", "decisionDate", "coordinatingUnit", "reportingRules", "tasks");

	private static final Set<String> TASK_FIELDS = Set.of("number", "area", "content", "lead", "coordinating", "time",
			"deliverables", "notes", "section");

	private static final Set<String> RULE_FIELDS = Set.of("report", "quarterly", "yearly", "dates", "recipient",
			"source", "monthly", "dataPeriods");

	/** A line starting with a field of the plan form: the text means to be a plan, even if broken. */
	private static final Pattern PLAN_KEY = Pattern.compile("(?m)^\\s*(?:tasks|title|periodStart|periodEnd|code|reportingRules)\\s*:");

	private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(?:-[A-Z0-9]+)*");

	private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})");

	/** A value of the file with the line it starts on: a map, a list, a text, a boolean or null. */
	record Node(Object value, int line) {

		@SuppressWarnings("unchecked")
		Map<String, Node> map() {
			return value instanceof Map ? (Map<String, Node>) value : null;
		}

		@SuppressWarnings("unchecked")
		List<Node> list() {
			return value instanceof List ? (List<Node>) value : null;
		}
	}

	/** Thrown when the text is not a YAML plan at all; the caller turns it into "not a .docx, .xlsx or .yaml". */
	static final class NotAPlanException extends Exception {

		private static final long serialVersionUID = 1L;

		NotAPlanException(String message) {
			super(message);
		}
	}

	PlanDraft read(String filename, String text) throws NotAPlanException {
		Node root;
		try (JsonParser parser = YAML.createParser(text)) {
			if (parser.nextToken() == null) {
				throw new NotAPlanException("tệp trống");
			}
			root = node(parser);
		}
		catch (JsonProcessingException e) {
			if (!PLAN_KEY.matcher(text).find()) {
				throw new NotAPlanException("nội dung không phải một kế hoạch dạng YAML");
			}
			int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
			String where = line > 0 ? " ở dòng " + line + (e.getLocation().getColumnNr() > 0
					? ", cột " + e.getLocation().getColumnNr() : "") : "";
			String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip().split("\\R")[0];
			return failed(line > 0 ? line : null, "Tệp " + filename + " có lỗi cú pháp YAML" + where + " (" + detail
					+ "). Hãy kiểm tra thụt lề, dấu \":\" và dấu ngoặc ở dòng đó.");
		}
		catch (IOException e) {
			return failed(null, "Không đọc được tệp " + filename + ": " + e.getMessage());
		}
		Map<String, Node> plan = root.map();
		if (plan == null || !plan.containsKey("tasks") && !plan.containsKey("title") && !plan.containsKey("periodStart")) {
			throw new NotAPlanException("nội dung không phải một kế hoạch dạng YAML (cần các trường title, periodStart, "
					+ "periodEnd, tasks…)");
		}
		return new PlanBuilder(filename).build(plan, root.line());
	}

	private static PlanDraft failed(Integer line, String message) {
		return new PlanDraft(null, null, null, null, null, null, null, null, null, List.of(), List.of(),
				List.of(ImportProblem.error(line, null, message)));
	}

	/** Reads one value with the line where it starts; duplicate keys are refused by the caller's checks. */
	private static Node node(JsonParser parser) throws IOException {
		JsonToken token = parser.currentToken();
		int line = parser.currentTokenLocation().getLineNr();
		switch (token) {
			case START_OBJECT -> {
				Map<String, Node> map = new LinkedHashMap<>();
				while (parser.nextToken() == JsonToken.FIELD_NAME) {
					String name = parser.currentName();
					int fieldLine = parser.currentTokenLocation().getLineNr();
					parser.nextToken();
					Node value = node(parser);
					map.put(name, new Node(value.value(), value.value() instanceof Map || value.value() instanceof List
							? value.line() : fieldLine));
				}
				return new Node(map, line);
			}
			case START_ARRAY -> {
				List<Node> list = new ArrayList<>();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					list.add(node(parser));
				}
				return new Node(list, line);
			}
			case VALUE_TRUE -> {
				return new Node(Boolean.TRUE, line);
			}
			case VALUE_FALSE -> {
				return new Node(Boolean.FALSE, line);
			}
			case VALUE_NULL -> {
				return new Node(null, line);
			}
			default -> {
				return new Node(parser.getText(), line);
			}
		}
	}

	/** Turns the values into a draft, collecting every problem with its line and field. */
	private static final class PlanBuilder {

		private final String filename;

		private final List<ImportProblem> problems = new ArrayList<>();

		PlanBuilder(String filename) {
			this.filename = filename;
		}

		PlanDraft build(Map<String, Node> plan, int line) {
			unknownFields(plan, PLAN_FIELDS, "kế hoạch");
			String code = text(plan, "code");
			if (code == null) {
				problems.add(ImportProblem.warning(line, "code", "Kế hoạch chưa có mã (code), ví dụ VIETKHE-2025-H2."));
			}
			else if (!CODE.matcher(code).matches()) {
				problems.add(ImportProblem.error(plan.get("code").line(), "code", "Dòng " + plan.get("code").line()
						+ ": mã kế hoạch \"" + code + "\" chỉ được gồm chữ in hoa không dấu A-Z, chữ số và dấu \"-\"."));
			}
			String title = text(plan, "title");
			if (title == null) {
				problems.add(ImportProblem.warning(line, "title", "Kế hoạch chưa có tên (title)."));
			}
			LocalDate start = date(plan, "periodStart", true);
			LocalDate end = date(plan, "periodEnd", true);
			if (start != null && end != null && end.isBefore(start)) {
				problems.add(ImportProblem.error(plan.get("periodEnd").line(), "periodEnd", "Dòng "
						+ plan.get("periodEnd").line() + ": kỳ kế hoạch kết thúc (" + end + ") trước khi bắt đầu (" + start + ")."));
			}
			LocalDate decisionDate = date(plan, "decisionDate", false);
			List<ReportingRule> rules = rules(plan.get("reportingRules"));
			List<TaskRow> tasks = tasks(plan.get("tasks"), line);
			return new PlanDraft(code, title, text(plan, "issuingBody"), text(plan, "locality"), start, end,
					text(plan, "decisionNumber"), decisionDate, text(plan, "coordinatingUnit"), rules, tasks, problems);
		}

		private List<TaskRow> tasks(Node node, int planLine) {
			List<TaskRow> tasks = new ArrayList<>();
			if (node == null || node.value() == null) {
				problems.add(ImportProblem.error(planLine, "tasks", "Tệp " + filename + " không có danh sách nhiệm vụ (tasks)."));
				return tasks;
			}
			if (node.list() == null) {
				problems.add(ImportProblem.error(node.line(), "tasks", "Dòng " + node.line()
						+ ": \"tasks\" phải là danh sách nhiệm vụ, mỗi nhiệm vụ bắt đầu bằng \"- number: …\"."));
				return tasks;
			}
			if (node.list().size() > AppendixTableParser.MAX_TASK_ROWS) {
				problems.add(ImportProblem.error(node.line(), "tasks", "Tệp " + filename + " có "
						+ AppendixTableParser.count(node.list().size()) + " nhiệm vụ, vượt giới hạn "
						+ AppendixTableParser.count(AppendixTableParser.MAX_TASK_ROWS) + " nhiệm vụ của một kế hoạch."));
				return tasks;
			}
			int index = 0;
			java.util.Map<String, String> sections = new java.util.LinkedHashMap<>();
			for (Node item : node.list()) {
				index++;
				Map<String, Node> task = item.map();
				if (task == null) {
					problems.add(ImportProblem.error(item.line(), null, "Dòng " + item.line() + ": nhiệm vụ thứ " + index
							+ " phải có các trường number, content, lead…"));
					continue;
				}
				unknownFields(task, TASK_FIELDS, "nhiệm vụ thứ " + index);
				String number = text(task, "number");
				String label = "nhiệm vụ thứ " + index + (number == null ? "" : " (số " + number + ")");
				if (number == null) {
					problems.add(ImportProblem.error(item.line(), "number", "Dòng " + item.line() + ": " + label
							+ " thiếu số thứ tự (number)."));
				}
				String content = text(task, "content");
				if (content == null) {
					problems.add(ImportProblem.error(item.line(), "content", "Dòng " + item.line() + ": " + label
							+ " thiếu nội dung nhiệm vụ (content)."));
				}
				String lead = text(task, "lead");
				if (lead == null) {
					problems.add(ImportProblem.error(item.line(), "lead", "Dòng " + item.line() + ": " + label
							+ ": Thiếu cơ quan chủ trì (lead)."));
				}
				String sectionTitle = text(task, "section");
				String section = sectionTitle == null ? null : sections.computeIfAbsent(sectionTitle, title -> {
					String marker = AppendixTableParser.sectionMarker(title);
					return marker != null ? marker : PlanImportService.roman(sections.size() + 1);
				});
				ReformArea area = area(task.get("area"), label);
				if (area == null && task.get("area") == null && sectionTitle != null) {
					area = ReformArea.fromSectionTitle(sectionTitle);
				}
				tasks.add(new TaskRow(item.line(), number, area, content, lead, texts(task, "coordinating"),
						text(task, "time"), texts(task, "deliverables"), text(task, "notes"), section, sectionTitle));
			}
			return tasks;
		}

		private ReformArea area(Node node, String label) {
			if (node == null || node.value() == null) {
				return null;
			}
			String written = scalar(node, "area");
			ReformArea area = written == null ? null : ReformArea.fromSectionTitle(written);
			if (area == null && written != null) {
				problems.add(ImportProblem.error(node.line(), "area", "Dòng " + node.line() + ": lĩnh vực \"" + written
						+ "\" của " + label + " không phải một trong bảy lĩnh vực (CHI_DAO_DIEU_HANH, THE_CHE, "
						+ "THU_TUC_HANH_CHINH, TO_CHUC_BO_MAY, CONG_VU, TAI_CHINH_CONG, CHINH_QUYEN_SO)."));
			}
			return area;
		}

		private List<ReportingRule> rules(Node node) {
			List<ReportingRule> rules = new ArrayList<>();
			if (node == null || node.value() == null) {
				return rules;
			}
			if (node.list() == null) {
				problems.add(ImportProblem.error(node.line(), "reportingRules", "Dòng " + node.line()
						+ ": \"reportingRules\" phải là danh sách chế độ báo cáo."));
				return rules;
			}
			for (Node item : node.list()) {
				Map<String, Node> rule = item.map();
				if (rule == null) {
					problems.add(ImportProblem.error(item.line(), "reportingRules", "Dòng " + item.line()
							+ ": mỗi chế độ báo cáo phải có các trường report, quarterly, yearly…"));
					continue;
				}
				unknownFields(rule, RULE_FIELDS, "chế độ báo cáo");
				QuarterlyRule quarterly = null;
				Map<String, Node> q = submap(rule, "quarterly");
				if (q != null) {
					Integer day = dayOfMonth(q.get("dayOfLastMonth"), rule.get("quarterly").line(), "quarterly.dayOfLastMonth");
					Boolean before = bool(q.get("before"), rule.get("quarterly").line(), "quarterly.before", null);
					if (day != null && before != null) {
						quarterly = new QuarterlyRule(day, before);
					}
				}
				YearlyRule yearly = null;
				Map<String, Node> y = submap(rule, "yearly");
				if (y != null) {
					MonthDay day = monthDay(y.get("day"), rule.get("yearly").line(), "yearly.day");
					Boolean before = bool(y.get("before"), rule.get("yearly").line(), "yearly.before", null);
					Boolean nextYear = bool(y.get("nextYear"), rule.get("yearly").line(), "yearly.nextYear", Boolean.FALSE);
					if (day != null && before != null) {
						yearly = new YearlyRule(day, before, nextYear);
					}
				}
				List<ReportDate> dates = new ArrayList<>();
				Node datesNode = rule.get("dates");
				if (datesNode != null && datesNode.list() != null) {
					for (Node dateNode : datesNode.list()) {
						Map<String, Node> date = dateNode.map();
						if (date == null) {
							problems.add(ImportProblem.error(dateNode.line(), "dates", "Dòng " + dateNode.line()
									+ ": mỗi ngày báo cáo cần dạng {label: Báo cáo quý I, day: \"15/3\"}."));
							continue;
						}
						MonthDay day = monthDay(date.get("day"), dateNode.line(), "dates.day");
						Boolean before = bool(date.get("before"), dateNode.line(), "dates.before", Boolean.FALSE);
						if (day != null) {
							dates.add(new ReportDate(text(date, "label"), day, before));
						}
					}
				}
				else if (datesNode != null && datesNode.value() != null) {
					problems.add(ImportProblem.error(datesNode.line(), "dates", "Dòng " + datesNode.line()
							+ ": \"dates\" phải là danh sách ngày báo cáo."));
				}
				MonthlyRule monthly = null;
				Map<String, Node> mo = submap(rule, "monthly");
				if (mo != null) {
					Integer day = dayOfMonth(mo.get("day"), rule.get("monthly").line(), "monthly.day");
					Boolean before = bool(mo.get("before"), rule.get("monthly").line(), "monthly.before", null);
					if (day != null && before != null) {
						monthly = new MonthlyRule(day, before);
					}
				}
				List<DataPeriod> windows = new ArrayList<>();
				Node windowsNode = rule.get("dataPeriods");
				if (windowsNode != null && windowsNode.list() != null) {
					for (Node windowNode : windowsNode.list()) {
						Map<String, Node> window = windowNode.map();
						if (window == null) {
							problems.add(ImportProblem.error(windowNode.line(), "dataPeriods", "Dòng " + windowNode.line()
									+ ": mỗi kỳ số liệu cần dạng {label: 6 tháng, from: \"15/12\", fromPreviousYear: true, to: \"14/6\"}."));
							continue;
						}
						MonthDay from = monthDay(window.get("from"), windowNode.line(), "dataPeriods.from");
						MonthDay to = monthDay(window.get("to"), windowNode.line(), "dataPeriods.to");
						Boolean previous = bool(window.get("fromPreviousYear"), windowNode.line(),
								"dataPeriods.fromPreviousYear", Boolean.FALSE);
						String label = text(window, "label");
						if (label == null) {
							problems.add(ImportProblem.error(windowNode.line(), "dataPeriods.label", "Dòng "
									+ windowNode.line() + ": kỳ số liệu cần nhãn kỳ báo cáo (label: Quý I, 6 tháng, Năm)."));
						}
						else if (from != null && to != null) {
							windows.add(new DataPeriod(label, from, previous, to));
						}
					}
				}
				rules.add(new ReportingRule(text(rule, "report"), quarterly, yearly, dates, text(rule, "recipient"),
						text(rule, "source"), monthly, windows));
			}
			return rules;
		}

		private Map<String, Node> submap(Map<String, Node> map, String field) {
			Node node = map.get(field);
			if (node == null || node.value() == null) {
				return null;
			}
			if (node.map() == null) {
				problems.add(ImportProblem.error(node.line(), field, "Dòng " + node.line() + ": \"" + field
						+ "\" cần dạng {" + ("quarterly".equals(field) ? "dayOfLastMonth: 10, before: true"
								: "monthly".equals(field) ? "day: 15, before: true" : "day: \"10/12\", before: true") + "}."));
				return null;
			}
			return node.map();
		}

		private Integer dayOfMonth(Node node, int line, String field) {
			String value = node == null ? null : scalar(node, field);
			if (value != null && value.matches("\\d{1,2}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 31) {
				return Integer.parseInt(value);
			}
			int at = node == null ? line : node.line();
			problems.add(ImportProblem.error(at, field, "Dòng " + at + ": \"" + field + "\" phải là một ngày trong tháng "
					+ "từ 1 đến 31" + (value == null ? "" : ", không phải \"" + value + "\"") + "."));
			return null;
		}

		private MonthDay monthDay(Node node, int line, String field) {
			String value = node == null ? null : scalar(node, field);
			Matcher matcher = value == null ? null : DAY_MONTH.matcher(value.strip());
			if (matcher != null && matcher.matches()) {
				try {
					return MonthDay.of(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1)));
				}
				catch (java.time.DateTimeException e) {
					// reported below
				}
			}
			int at = node == null ? line : node.line();
			problems.add(ImportProblem.error(at, field, "Dòng " + at + ": \"" + field + "\" phải là ngày/tháng như \"10/12\""
					+ (value == null ? "" : ", không phải \"" + value + "\"") + "."));
			return null;
		}

		private Boolean bool(Node node, int line, String field, Boolean otherwise) {
			if (node == null || node.value() == null) {
				if (otherwise == null) {
					problems.add(ImportProblem.error(line, field, "Dòng " + line + ": thiếu \"" + field
							+ "\" (true: trước ngày đó; false: đúng ngày đó)."));
				}
				return otherwise;
			}
			if (node.value() instanceof Boolean value) {
				return value;
			}
			problems.add(ImportProblem.error(node.line(), field, "Dòng " + node.line() + ": \"" + field
					+ "\" phải là true hoặc false, không phải \"" + node.value() + "\"."));
			return otherwise;
		}

		private LocalDate date(Map<String, Node> plan, String field, boolean required) {
			Node node = plan.get(field);
			String value = node == null ? null : scalar(node, field);
			if (value == null) {
				if (required) {
					problems.add(ImportProblem.error(node == null ? null : node.line(), field, "Thiếu kỳ kế hoạch: trường \""
							+ field + "\" (dạng yyyy-MM-dd, ví dụ 2025-07-01)."));
				}
				return null;
			}
			try {
				return LocalDate.parse(value.strip());
			}
			catch (DateTimeParseException e) {
				problems.add(ImportProblem.error(node.line(), field, "Dòng " + node.line() + ": \"" + field + "\" là \""
						+ value + "\", không phải ngày dạng yyyy-MM-dd (ví dụ 2025-07-01)."));
				return null;
			}
		}

		private String text(Map<String, Node> map, String field) {
			Node node = map.get(field);
			if (node == null || node.value() == null) {
				return null;
			}
			String value = scalar(node, field);
			return value == null ? null : CellSplitter.join(List.of(CellSplitter.Line.of(value)));
		}

		/** A list of texts as written; a single text is a list of one, never split. */
		private List<String> texts(Map<String, Node> map, String field) {
			Node node = map.get(field);
			List<String> texts = new ArrayList<>();
			if (node == null || node.value() == null) {
				return texts;
			}
			List<Node> items = node.list() == null ? List.of(node) : node.list();
			for (Node item : items) {
				String value = scalar(item, field);
				String text = value == null ? null : CellSplitter.join(List.of(CellSplitter.Line.of(value)));
				if (text != null) {
					texts.add(text);
				}
			}
			return texts;
		}

		private String scalar(Node node, String field) {
			if (node.value() == null) {
				return null;
			}
			if (node.value() instanceof String || node.value() instanceof Boolean) {
				return node.value().toString();
			}
			problems.add(ImportProblem.error(node.line(), field, "Dòng " + node.line() + ": \"" + field
					+ "\" phải là một đoạn chữ, không phải danh sách hay nhóm trường."));
			return null;
		}

		private void unknownFields(Map<String, Node> map, Set<String> known, String what) {
			for (Map.Entry<String, Node> entry : map.entrySet()) {
				if (!known.contains(entry.getKey())) {
					problems.add(ImportProblem.warning(entry.getValue().line(), entry.getKey(), "Dòng "
							+ entry.getValue().line() + ": trường \"" + entry.getKey() + "\" của " + what
							+ " không thuộc dạng kế hoạch, đã bỏ qua."));
				}
			}
		}
	}

}
