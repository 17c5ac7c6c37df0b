package vn.parflow.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.parflow.plan.CellSplitter.Line;
import vn.parflow.plan.PlanDraft.TaskRow;

/**
 * Reads the appendix table of a plan (Phụ lục: Danh mục nhiệm vụ) into tasks, whatever file it came from: the
 * .docx and .xlsx readers hand it the same grid of cells.
 * <p>
 * Columns are found by the meaning of their header text, in any order; header rows repeated at page breaks,
 * column-number rows and empty rows are skipped; section rows ("I. …", "II. CẢI CÁCH THỂ CHẾ") give the area of
 * the tasks below them; unnumbered rows after task N become tasks N.1, N.2, …; a row broken across a page (no
 * number, no lead, right after a repeated header) is joined to the task above it.
 */
final class AppendixTableParser {

	/** A CCHC appendix has tens to a few hundred rows; more is a wrong file, not a plan. */
	static final int MAX_TASK_ROWS = 2_000;

	/** The meaning of a column of the appendix. */
	enum Column {
		NUMBER("TT"), TASK("Nội dung nhiệm vụ"), LEAD("Cơ quan chủ trì"), COORDINATING("Cơ quan phối hợp"),
		TIME("Thời gian thực hiện"), DELIVERABLE("Sản phẩm"), NOTES("Ghi chú");

		private final String usualName;

		Column(String usualName) {
			this.usualName = usualName;
		}
	}

	/**
	 * A cell of the grid: it starts at grid column {@code col} and spans {@code span} columns.
	 * {@code mergedFromAbove} marks the lower part of a vertically merged cell; its lines are those of the cell above.
	 */
	record Cell(int col, int span, List<Line> lines, boolean mergedFromAbove) {

		Cell {
			lines = List.copyOf(lines);
		}

		String text() {
			StringBuilder text = new StringBuilder();
			for (Line line : lines) {
				if (!line.text().isEmpty()) {
					text.append(text.isEmpty() ? "" : " ").append(line.text());
				}
			}
			return text.toString();
		}

		boolean hasOwnText() {
			return !mergedFromAbove && !text().isEmpty();
		}

		boolean covers(int column) {
			return column >= col && column < col + span;
		}
	}

	/** A row of a table; {@code number} is what messages call it (table row of the appendix, or sheet row). */
	record Row(int number, List<Cell> cells) {

		Row {
			cells = List.copyOf(cells);
		}

		Cell cellAt(int column) {
			for (Cell cell : cells) {
				if (cell.covers(column)) {
					return cell;
				}
			}
			return null;
		}

		List<Cell> ownCells() {
			return cells.stream().filter(Cell::hasOwnText).toList();
		}
	}

	/**
	 * A table as found in the file. {@code name} says which one in messages ("bảng 2", "trang tính Kế hoạch");
	 * {@code followsPrevious} is true when only empty paragraphs stand between it and the table before it;
	 * {@code rowsNotKept} counts rows past the limit that a reader counted without keeping them.
	 */
	record Table(String name, List<Row> rows, boolean followsPrevious, int rowsNotKept) {

		Table {
			rows = List.copyOf(rows);
		}

		Table(String name, List<Row> rows, boolean followsPrevious) {
			this(name, rows, followsPrevious, 0);
		}

		int width() {
			int width = 0;
			for (Row row : rows) {
				for (Cell cell : row.cells()) {
					width = Math.max(width, cell.col() + cell.span());
				}
			}
			return width;
		}
	}

	/** The header of a table: which grid column holds each meaning, its name as written, where the data starts. */
	record Header(Map<Column, Integer> columns, Map<Column, String> names, Map<Integer, String> keysByColumn,
			int firstHeaderRow, int firstDataRow) {

		boolean hasTaskAndLead() {
			return columns.containsKey(Column.TASK) && columns.containsKey(Column.LEAD);
		}

		String name(Column column) {
			return names.getOrDefault(column, column.usualName);
		}
	}

	/** The tasks read, the problems found and the indexes of the tables that made the appendix (empty if none). */
	record Result(List<TaskRow> tasks, List<ImportProblem> problems, List<Integer> appendixTables) {
	}

	private static final Pattern ROMAN = Pattern.compile("^(?:PHẦN\\s+|Phần\\s+)?([IVXL]{1,5})(?:[.):\\-–]|\\s|$)\\s*(.*)$");

	/** "II", "B.", "Đ)": Vietnamese letters sections A, B, C, D, Đ, E, G. */
	private static final Pattern SECTION_MARKER = Pattern.compile("^(?:PHẦN\\s+|Phần\\s+)?(?:[IVXL]{1,5}|[A-ZĐ])[.):]?$");

	/** "a)", "b.", "đ": a letter sub-item of the numbered task above ("a" once the number column is read). */
	private static final Pattern LETTER_ITEM = Pattern.compile("^([a-zđ])$");

	/** "a) Kiểm tra …" at the start of an unnumbered sub-row's content. */
	private static final Pattern LETTER_IN_CONTENT = Pattern.compile("^([a-zđ])[).]\\s+\\S.*");

	/** The arabic number that starts a heading: "2." or "2.6." or "2" (in the number column). */
	private static final Pattern ARABIC_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\.?(?:\\s|$)");

	private static final Pattern ARABIC_HEADING = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*\\.?|[a-zđ][.)])\\s+\\S.*");

	private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?(\\d{1,2})\\)?$");

	private static final Pattern NUMBER_HEADER = Pattern.compile("s?tt|so tt|so thu tu|thu tu|stt so");

	private static final Pattern SECONDARY_LEAD = Pattern.compile("(co quan|don vi|bo phan|nguoi|cong chuc|can bo) (thuc hien|tham muu)");

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	/** A column of when the work starts ("Bắt đầu", "Thời gian khởi công", "Từ ngày"). */
	private static final Pattern START_TIME = Pattern.compile("(?<![a-z])(bat dau|khoi cong|tu ngay|tu thang)(?![a-z])");

	/** A column of when the work ends ("Hoàn thành", "Thời gian kết thúc", "Đến ngày"): the deadline. */
	private static final Pattern END_TIME = Pattern.compile("(?<![a-z])(hoan thanh|ket thuc|den ngay|den thang)(?![a-z])");

	/** The end column named alone, as a sub-column of a merged "Thời gian" is ("Hoàn thành", "Ngày hoàn thành"). */
	private static final Pattern END_TIME_ALONE = Pattern.compile("(?:ngay |thoi han |han )?(hoan thanh|ket thuc|den ngay|den thang)");

	private static final Pattern NUMBER_END = Pattern.compile("[.)]+$");

	private final String filename;

	AppendixTableParser(String filename) {
		this.filename = filename;
	}

	/**
	 * Finds the appendix among the tables (the first whose header names a task and a lead column, and the tables
	 * that continue it) and reads its tasks.
	 */
	Result parse(List<Table> tables) {
		List<ImportProblem> problems = new ArrayList<>();
		int first = -1;
		Header firstHeader = null;
		for (int i = 0; i < tables.size(); i++) {
			Header header = findHeader(tables.get(i));
			if (header != null && header.hasTaskAndLead()) {
				first = i;
				firstHeader = header;
				break;
			}
		}
		if (first < 0) {
			problems.add(missingTable(tables));
			return new Result(List.of(), problems, List.of());
		}

		List<Integer> used = new ArrayList<>();
		List<Header> headers = new ArrayList<>();
		used.add(first);
		headers.add(firstHeader);
		Header previous = firstHeader;
		for (int i = first + 1; i < tables.size(); i++) {
			Table table = tables.get(i);
			Header header = findHeader(table);
			if (header != null && header.hasTaskAndLead()) {
				used.add(i);
				headers.add(header);
				previous = header;
			}
			else if (table.followsPrevious() && table.width() == tables.get(used.get(used.size() - 1)).width()
					&& used.get(used.size() - 1) == i - 1) {
				used.add(i);
				headers.add(new Header(previous.columns(), previous.names(), previous.keysByColumn(), 0, 0));
			}
		}

		int dataRows = 0;
		for (int k = 0; k < used.size(); k++) {
			Table table = tables.get(used.get(k));
			dataRows += Math.max(0, table.rows().size() + table.rowsNotKept() - headers.get(k).firstDataRow());
		}
		if (dataRows > MAX_TASK_ROWS) {
			problems.add(ImportProblem.error(null, null, "Tệp " + filename + " có " + count(dataRows)
					+ " dòng trong bảng nhiệm vụ, vượt giới hạn " + count(MAX_TASK_ROWS) + " dòng (một phụ lục kế hoạch cải "
					+ "cách hành chính thường có vài chục đến vài trăm dòng). Hãy kiểm tra lại tệp."));
			return new Result(List.of(), problems, used);
		}

		RowReader reader = new RowReader(problems, !firstHeader.columns().containsKey(Column.NUMBER));
		int offset = 0;
		for (int k = 0; k < used.size(); k++) {
			Table table = tables.get(used.get(k));
			reader.read(offset == 0 ? table : renumbered(table, offset), headers.get(k), k > 0 && table.followsPrevious());
			offset += table.rows().size();
		}
		reader.finish();
		return new Result(reader.tasks(), problems, used);
	}

	/**
	 * The numeral or letter a section heading starts with ("II. CẢI CÁCH THỂ CHẾ" → "II", "B. An toàn thông tin" →
	 * "B", "Phần III" → "III", "2. Chuyển đổi số" → "2"); null when it starts with none.
	 */
	static String sectionMarker(String title) {
		if (title == null) {
			return null;
		}
		Matcher marker = SECTION_HEADING.matcher(title.strip());
		return marker.find() ? marker.group(1) : null;
	}

	private static final Pattern SECTION_HEADING = Pattern
		.compile("^(?:PHẦN\\s+|Phần\\s+|MỤC\\s+|Mục\\s+)?([IVXL]{1,5}|[A-ZĐ]|\\d{1,2})(?:[.):\\-–]\\s*|\\s+|$)");

	/** 10000 → "10.000", as Vietnamese writes numbers. */
	static String count(int value) {
		return String.format(java.util.Locale.ROOT, "%,d", value).replace(',', '.');
	}

	/** A table that continues the appendix: its rows are counted on from the rows of the tables before it. */
	private static Table renumbered(Table table, int offset) {
		List<Row> rows = new ArrayList<>();
		for (Row row : table.rows()) {
			rows.add(new Row(row.number() + offset, row.cells()));
		}
		return new Table(table.name(), rows, table.followsPrevious(), table.rowsNotKept());
	}

	private ImportProblem missingTable(List<Table> tables) {
		for (Table table : tables) {
			Header header = findHeader(table);
			if (header == null) {
				continue;
			}
			boolean task = header.columns().containsKey(Column.TASK);
			boolean lead = header.columns().containsKey(Column.LEAD);
			int row = table.rows().get(Math.max(0, header.firstDataRow() - 1)).number();
			if (task && !lead) {
				return ImportProblem.error(row, null, "Bảng nhiệm vụ trong tệp " + filename + " (" + table.name()
						+ ") có cột \"" + header.name(Column.TASK) + "\" nhưng không có cột cơ quan chủ trì "
						+ "(\"Cơ quan chủ trì\", \"Công chức chủ trì\", \"Đơn vị chủ trì\").");
			}
			if (lead && !task) {
				return ImportProblem.error(row, null, "Bảng nhiệm vụ trong tệp " + filename + " (" + table.name()
						+ ") có cột \"" + header.name(Column.LEAD) + "\" nhưng không có cột nội dung nhiệm vụ "
						+ "(\"Nội dung nhiệm vụ\", \"Nhiệm vụ thực hiện\").");
			}
		}
		if (tables.isEmpty()) {
			return ImportProblem.error(null, null, "Tệp " + filename + " không có bảng danh mục nhiệm vụ (phụ lục): "
					+ "không tìm thấy bảng nào trong tệp.");
		}
		return ImportProblem.error(null, null, "Tệp " + filename + " không có bảng danh mục nhiệm vụ (phụ lục): "
				+ "không bảng nào có dòng tiêu đề gồm cột nội dung nhiệm vụ và cột cơ quan chủ trì.");
	}

	// ---------------------------------------------------------------- header

	/**
	 * The header of a table: the first of its first rows (one row, or two when the second names sub-columns such as
	 * "Chủ trì | Phối hợp") whose cells name at least a task or a lead column; null when none does.
	 */
	static Header findHeader(Table table) {
		Header partial = null;
		int limit = Math.min(table.rows().size(), 10);
		for (int start = 0; start < limit; start++) {
			Header one = headerOf(table.rows(), start, 1);
			if (one == null) {
				continue;
			}
			if (start + 1 < table.rows().size() && namesSubColumns(table.rows().get(start + 1))) {
				Header two = headerOf(table.rows(), start, 2);
				if (two != null && two.hasTaskAndLead()) {
					return two;
				}
			}
			if (one.hasTaskAndLead()) {
				return one;
			}
			if (start + 1 < table.rows().size()) {
				Header two = headerOf(table.rows(), start, 2);
				if (two != null && two.hasTaskAndLead()) {
					return two;
				}
			}
			if (partial == null && (one.columns().containsKey(Column.TASK) || one.columns().containsKey(Column.LEAD))) {
				partial = one;
			}
		}
		return partial;
	}

	/**
	 * A second header row: two or more short cells of its own, each naming a column ("Chủ trì", "Phối hợp", "Bắt đầu",
	 * "Hoàn thành").
	 */
	private static boolean namesSubColumns(Row row) {
		List<Cell> own = row.ownCells();
		if (own.size() < 2) {
			return false;
		}
		for (Cell cell : own) {
			String key = CellSplitter.key(cell.text());
			if (cell.text().length() > 60 || classify(key) == null && !START_TIME.matcher(bare(key)).find()) {
				return false;
			}
		}
		return true;
	}

	private static Header headerOf(List<Row> rows, int start, int height) {
		if (start + height > rows.size()) {
			return null;
		}
		Map<Integer, String> written = new LinkedHashMap<>();
		int width = 0;
		for (int r = start; r < start + height; r++) {
			for (Cell cell : rows.get(r).cells()) {
				width = Math.max(width, cell.col() + cell.span());
			}
		}
		for (int col = 0; col < width; col++) {
			List<String> parts = new ArrayList<>();
			for (int r = start; r < start + height; r++) {
				Cell cell = rows.get(r).cellAt(col);
				if (cell != null && !cell.text().isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(cell.text()))) {
					parts.add(cell.text());
				}
			}
			if (!parts.isEmpty()) {
				written.put(col, String.join(" ", parts));
			}
		}
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		Map<Column, String> names = new EnumMap<>(Column.class);
		Map<Integer, String> keys = new LinkedHashMap<>();
		String previousText = null;
		for (Map.Entry<Integer, String> entry : written.entrySet()) {
			String key = CellSplitter.key(entry.getValue());
			keys.put(entry.getKey(), key);
			if (entry.getValue().equals(previousText) && height == 1) {
				continue;
			}
			previousText = entry.getValue();
			Column column = classify(key);
			if (column != null && (!columns.containsKey(column) || column == Column.TIME && namesEnd(key)
					&& !namesEnd(keys.get(columns.get(Column.TIME))))) {
				// of "Thời gian thực hiện" and "Thời gian hoàn thành", the completion column is the deadline
				columns.put(column, entry.getKey());
				names.put(column, entry.getValue());
			}
		}
		// without a "chủ trì" column: the unit that does the work ("Đơn vị thực hiện"), else the one in charge
		// ("Bộ phận phụ trách"), never the leader who oversees it ("Lãnh đạo phụ trách")
		for (int pass = 0; pass < 2 && !columns.containsKey(Column.LEAD); pass++) {
			for (Map.Entry<Integer, String> entry : written.entrySet()) {
				String key = keys.get(entry.getKey());
				if (!columns.containsValue(entry.getKey()) && (pass == 0 ? doesTheWork(key) : isInCharge(key))) {
					columns.put(Column.LEAD, entry.getKey());
					names.put(Column.LEAD, entry.getValue());
					break;
				}
			}
		}
		if (columns.isEmpty() || !(columns.containsKey(Column.TASK) || columns.containsKey(Column.LEAD))) {
			return null;
		}
		return new Header(columns, names, keys, start, start + height);
	}

	/** The meaning of a header cell, by its text without diacritics; null when it names none. */
	static Column classify(String key) {
		String bare = bare(key);
		if (NUMBER_HEADER.matcher(bare).matches()) {
			return Column.NUMBER;
		}
		if (bare.contains("ghi chu")) {
			return Column.NOTES;
		}
		boolean start = START_TIME.matcher(bare).find();
		boolean end = END_TIME.matcher(bare).find();
		if (start && !end) {
			// "Thời gian bắt đầu", "Bắt đầu" under a merged "Thời gian": when the work starts, not its deadline
			return null;
		}
		if (bare.contains("thoi gian") || bare.contains("thoi han") || bare.contains("tien do")
				|| bare.equals("moc thoi gian") || END_TIME_ALONE.matcher(bare).matches()) {
			return Column.TIME;
		}
		if (bare.contains("phoi hop")) {
			return Column.COORDINATING;
		}
		if (bare.contains("chu tri")) {
			return Column.LEAD;
		}
		if (bare.contains("san pham") || bare.startsWith("ket qua")) {
			return Column.DELIVERABLE;
		}
		if (bare.contains("nhiem vu") || bare.contains("noi dung") || bare.contains("cong viec")
				|| bare.equals("chi tieu") || bare.startsWith("chi tieu ") || bare.startsWith("ten chi tieu")) {
			// "Chỉ tiêu", "Nội dung chỉ tiêu": the content column of a target table
			return Column.TASK;
		}
		return null;
	}

	private static boolean namesEnd(String key) {
		return END_TIME.matcher(bare(key)).find();
	}

	private static boolean doesTheWork(String key) {
		return SECONDARY_LEAD.matcher(bare(key)).find();
	}

	private static boolean isInCharge(String key) {
		String bare = bare(key);
		return (bare.contains("phu trach") || bare.contains("trach nhiem")) && !bare.startsWith("lanh dao");
	}

	/** A header key with only letters, digits and single spaces. */
	private static String bare(String key) {
		return NOT_WORD.matcher(key).replaceAll(" ").strip();
	}

	// ---------------------------------------------------------------- rows

	/** Reads the data rows of the appendix tables in order, keeping what a row needs from the rows above it. */
	private final class RowReader {

		private final List<ImportProblem> problems;

		private final boolean numberTasksInOrder;

		private final List<TaskBuilder> tasks = new ArrayList<>();

		private ReformArea area;

		/** The section of the rows below, as its heading numbers it (or by its position); null before the first. */
		private String section;

		/** The heading of that section as written. */
		private String sectionTitle;

		/** How many sections (Roman, lettered, unnumbered or top-level arabic headings) were read so far. */
		private int sections;

		/** True once a Roman, lettered or unnumbered section row has named an area. */
		private boolean areaSections;

		/**
		 * Without such sections, the level of the arabic headings that name the areas ("1." = 1, "2.6." = 2), 0 until
		 * one has: a deeper heading ("1.1. Tuyên truyền") is a sub-section and keeps the area.
		 */
		private int areaLevel;

		private TaskBuilder lastNumbered;

		private int subRows;

		private TaskBuilder last;

		private TaskBuilder pending;

		private TaskBuilder heading;

		private boolean afterHeaderRepeat;

		private int unnumbered;

		RowReader(List<ImportProblem> problems, boolean numberTasksInOrder) {
			this.problems = problems;
			this.numberTasksInOrder = numberTasksInOrder;
		}

		/**
		 * @param continues the table follows the previous one across a page break: like a repeated header, the break
		 *                  may cut a row in two, whose second part has neither number nor lead
		 */
		void read(Table table, Header header, boolean continues) {
			if (continues) {
				afterHeaderRepeat = true;
			}
			List<Row> rows = table.rows();
			int lastWithText = -1;
			for (int i = rows.size() - 1; i >= header.firstDataRow(); i--) {
				if (!rows.get(i).ownCells().isEmpty()) {
					lastWithText = i;
					break;
				}
			}
			for (int i = header.firstDataRow(); i <= lastWithText; i++) {
				readRow(rows.get(i), header);
			}
		}

		private void readRow(Row row, Header header) {
			List<Cell> own = row.ownCells();
			if (own.isEmpty()) {
				problems.add(ImportProblem.warning(row.number(), null, "Dòng " + row.number() + " của bảng nhiệm vụ trống, đã bỏ qua."));
				return;
			}
			if (repeatsHeader(row, header) || numbersColumns(own)) {
				afterHeaderRepeat = true;
				return;
			}
			Map<Column, List<Line>> cells = cellsOf(row, header);
			String number = header.columns().containsKey(Column.NUMBER) ? numberOf(cells.get(Column.NUMBER)) : null;
			String letter = null;
			if (number != null && !numberTasksInOrder && LETTER_ITEM.matcher(number).matches()
					&& (pending != null || lastNumbered != null)) {
				// "a)", "b)" under task 2: its sub-items 2.a, 2.b, read like unnumbered sub-rows
				letter = number;
				number = null;
			}
			String lead = CellSplitter.single(cells.get(Column.LEAD));
			String content = CellSplitter.join(cells.get(Column.TASK));

			if (isSection(row, header, own, number, lead)) {
				return;
			}
			if (number == null && lead == null && content != null && ARABIC_HEADING.matcher(content).matches()
					&& onlyContent(cells)) {
				// "1. Kiểm soát thủ tục hành chính" with nothing else: a heading, not a task
				resolvePending(null);
				arabicHeading(row.number(), content, content);
				lastNumbered = null;
				heading = null;
				afterHeaderRepeat = false;
				return;
			}
			TaskBuilder above = pending != null ? pending : last;
			if (number == null && letter == null && lead == null && above != null
					&& (afterHeaderRepeat || content == null)) {
				above.append(cells);
				afterHeaderRepeat = false;
				return;
			}
			afterHeaderRepeat = false;
			if (number == null && content == null && lead == null) {
				// only a time, a product or a note, with no task above it to belong to
				problems.add(ImportProblem.error(row.number(), header.name(Column.TASK), "Dòng " + row.number()
						+ " không có nội dung nhiệm vụ và cơ quan chủ trì."));
				return;
			}

			if (number != null && !numberTasksInOrder) {
				resolvePending(number);
			}
			TaskBuilder task = new TaskBuilder(row.number(), area, cells, header, section, sectionTitle);
			if (number != null && !numberTasksInOrder) {
				task.number = number;
				if (lead == null) {
					pending = task;
					return;
				}
				add(task);
				lastNumbered = task;
				heading = null;
				subRows = 0;
				return;
			}
			if (numberTasksInOrder) {
				task.number = String.valueOf(tasks.size() + 1);
			}
			else if (pending != null) {
				// "6 | Kiểm tra cải cách hành chính" with no lead, then unnumbered rows with leads: 6 is the heading
				// of tasks 6.1, 6.2 …, which read as the heading followed by their own text
				heading = pending;
				pending = null;
				heading.warnUnusedCells(problems);
				lastNumbered = heading;
				subRows = 0;
				task.number = subNumber(heading, letter, content);
				task.heading = heading.content();
			}
			else if (lastNumbered != null) {
				task.number = subNumber(lastNumbered, letter, content);
				task.heading = lastNumbered == heading ? heading.content() : null;
			}
			else {
				task.number = "?" + (++unnumbered);
				problems.add(ImportProblem.warning(row.number(), header.name(Column.NUMBER), "Dòng " + row.number()
						+ " không có số thứ tự và không đứng sau nhiệm vụ có số; đã ghi số tạm \"" + task.number + "\"."));
			}
			add(task);
		}

		/**
		 * The number of a sub-row of task N: N.a for a letter item ("a)" in the number column, or at the start of the
		 * content), else N.1, N.2 … in order.
		 */
		private String subNumber(TaskBuilder parent, String letter, String content) {
			subRows++;
			String named = letter;
			if (named == null && content != null) {
				Matcher item = LETTER_IN_CONTENT.matcher(content);
				named = item.matches() ? item.group(1) : null;
			}
			return parent.number + "." + (named != null ? named : String.valueOf(subRows));
		}

		/** A numbered row without a lead waits for the next row: sub-rows make it their parent, else it lacks a lead. */
		private void resolvePending(String nextNumber) {
			if (pending == null) {
				return;
			}
			TaskBuilder held = pending;
			pending = null;
			if (nextNumber != null && nextNumber.startsWith(held.number + ".")) {
				// a heading of numbered sub-tasks ("1 | Cải cách thể chế" above "1.1", "1.2"): not a task itself,
				// and the area of the tasks below it when the table has no Roman-numbered sections
				arabicHeading(held.row, held.number, held.content());
				return;
			}
			add(held);
			lastNumbered = held;
			heading = null;
			subRows = 0;
		}

		private void add(TaskBuilder task) {
			tasks.add(task);
			last = task;
		}

		/**
		 * A section row: "I. …"/"II" (Roman) or "A"/"B" (a letter) in the number column, or a title in one cell
		 * spanning several columns, or an upper-case area title alone in its row. It sets the area of the rows below;
		 * an arabic-numbered heading ("1. …" across the row) is a sub-section and keeps the area.
		 */
		private boolean isSection(Row row, Header header, List<Cell> own, String number, String lead) {
			Cell first = own.get(0);
			String firstText = first.text();
			Integer numberColumn = header.columns().get(Column.NUMBER);
			Cell numberCell = numberColumn == null ? null : row.cellAt(numberColumn);
			boolean numberOwn = numberCell != null && numberCell.hasOwnText() && numberCell.span() == 1;
			List<Cell> rest = own.stream().filter(cell -> !(numberOwn && cell == numberCell)).toList();
			String marker = numberOwn ? numberCell.text() : "";

			Matcher roman = ROMAN.matcher(firstText);
			boolean romanInCell = roman.matches() && !roman.group(2).isEmpty() && (lead == null || own.size() == 1);
			boolean markerSection = SECTION_MARKER.matcher(marker).matches() && rest.size() == 1
					&& (lead == null || spansColumns(rest.get(0), header) > 1);
			boolean mergedRest = rest.size() == 1 && spansColumns(rest.get(0), header) > 1;
			boolean onlyTitle = own.size() == 1 && number == null && lead == null && !mergedRest
					&& firstText.length() <= 120 && ReformArea.fromSectionTitle(firstText) != null
					&& isUpperCase(firstText);
			if (!romanInCell && !markerSection && !mergedRest && !onlyTitle) {
				return false;
			}
			resolvePending(null);
			String title = String.join(" ", own.stream().map(Cell::text).toList());
			if (romanInCell || markerSection) {
				areaSections = true;
				newSection(romanInCell ? roman.group(1) : marker, title);
				setArea(row, title, first, header);
			}
			else if (ARABIC_HEADING.matcher(title).matches() || !marker.isEmpty()) {
				// "1. Kiểm soát thủ tục hành chính" across the row: a sub-section of the current area, or the area
				// itself in a table without Roman or lettered sections ("2. Cải cách thể chế")
				arabicHeading(row.number(), marker.isEmpty() ? title : marker, title);
			}
			else {
				areaSections = true;
				newSection(null, title);
				setArea(row, title, first, header);
			}
			lastNumbered = null;
			heading = null;
			subRows = 0;
			last = null;
			afterHeaderRepeat = false;
			return true;
		}

		/**
		 * An arabic-numbered heading ("2. Cải cách thể chế", or "2" above tasks 2.1, 2.2) sets the area of the rows
		 * below when the table has no Roman or lettered sections and the heading names an area at the level of the
		 * headings that named areas before it, or higher; a sub-section ("2.1. Tuyên truyền") keeps the area, and a
		 * heading at that level that names no area ends it (with a warning), never leaving its tasks in the area above.
		 */
		private void arabicHeading(int row, String number, String title) {
			if (areaSections) {
				return;
			}
			ReformArea named = ReformArea.fromSectionTitle(title);
			Matcher arabic = ARABIC_NUMBER.matcher(number);
			int level = arabic.find() ? arabic.group(1).split("\\.").length : 9;
			if (level == 1) {
				// "2. Bảo đảm an toàn thông tin" across the row, in a table without Roman or lettered sections
				newSection(arabic.group(1), title);
			}
			if (named != null && (areaLevel == 0 || level <= areaLevel)) {
				area = named;
				areaLevel = level;
			}
			else if (named == null && areaLevel != 0 && level <= areaLevel && area != null) {
				// "8. Đánh giá tác động của CCHC …" after "7. Xây dựng chính quyền số": a section of its own, outside
				// the seven areas; its tasks must not take the area of section 7
				area = null;
				problems.add(ImportProblem.warning(row, null, "Không nhận ra lĩnh vực cải cách hành chính của mục \""
						+ title + "\" (dòng " + row + "); các nhiệm vụ dưới mục này chưa có lĩnh vực, cần chọn tay."));
			}
		}

		/**
		 * A new section: numbered as its heading writes it ("II", "B", "2"), else by its position among the sections
		 * (in Roman numerals, as plans number them).
		 */
		private void newSection(String marker, String title) {
			sections++;
			String written = marker == null ? "" : NUMBER_END.matcher(marker.strip()).replaceAll("");
			written = written.replaceFirst("^(?:PHẦN|Phần)\\s+", "").strip();
			section = written.isEmpty() ? PlanImportService.roman(sections) : written;
			sectionTitle = title;
		}

		private void setArea(Row row, String title, Cell cell, Header header) {
			area = ReformArea.fromSectionTitle(title);
			if (area == null) {
				problems.add(ImportProblem.warning(row.number(), columnName(cell, header), "Không nhận ra lĩnh vực cải "
						+ "cách hành chính của mục \"" + title + "\" (dòng " + row.number()
						+ "); các nhiệm vụ dưới mục này chưa có lĩnh vực, cần chọn tay."));
			}
		}

		private String columnName(Cell cell, Header header) {
			for (Map.Entry<Column, Integer> entry : header.columns().entrySet()) {
				if (cell.covers(entry.getValue())) {
					return header.name(entry.getKey());
				}
			}
			return null;
		}

		void finish() {
			resolvePending(null);
		}

		List<TaskRow> tasks() {
			List<TaskRow> rows = new ArrayList<>();
			for (TaskBuilder task : tasks) {
				rows.add(task.build(problems));
			}
			return rows;
		}
	}

	/** The text of each meaningful column of a row; the number of a lower merged cell is not copied. */
	private static Map<Column, List<Line>> cellsOf(Row row, Header header) {
		Map<Column, List<Line>> cells = new EnumMap<>(Column.class);
		for (Column column : Column.values()) {
			Integer col = header.columns().get(column);
			Cell cell = col == null ? null : row.cellAt(col);
			boolean skip = cell == null || column == Column.NUMBER && cell.mergedFromAbove();
			cells.put(column, skip ? new ArrayList<>() : new ArrayList<>(cell.lines()));
		}
		return cells;
	}

	private static boolean onlyContent(Map<Column, List<Line>> cells) {
		for (Column column : List.of(Column.COORDINATING, Column.TIME, Column.DELIVERABLE, Column.NOTES)) {
			if (CellSplitter.join(cells.get(column)) != null) {
				return false;
			}
		}
		return true;
	}

	private static int spansColumns(Cell cell, Header header) {
		int count = 0;
		for (Integer col : header.columns().values()) {
			if (cell.covers(col)) {
				count++;
			}
		}
		return count;
	}

	private static boolean isUpperCase(String text) {
		return text.equals(text.toUpperCase(java.util.Locale.ROOT)) || ROMAN.matcher(text).matches();
	}

	private static String numberOf(List<Line> lines) {
		String text = CellSplitter.join(lines);
		if (text == null) {
			return null;
		}
		return NUMBER_END.matcher(text).replaceAll("").strip();
	}

	/**
	 * A header row repeated at a page break: every cell of its own reads as the header does in that column, or is a
	 * part of a header written on two rows ("Công chức thực hiện" over "Chủ trì", "Thời gian" over "Bắt đầu").
	 */
	private static boolean repeatsHeader(Row row, Header header) {
		List<Cell> own = row.ownCells();
		if (own.size() < 2) {
			return false;
		}
		for (Cell cell : own) {
			String key = CellSplitter.key(cell.text());
			if (partOfHeader(cell, key, header)) {
				continue;
			}
			Column meaning = classify(key);
			if (meaning == null || !cell.covers(header.columns().getOrDefault(meaning, -1))) {
				return false;
			}
		}
		return true;
	}

	/** The cell's text is the header's in one of the columns it covers, or a part of it of four letters or more. */
	private static boolean partOfHeader(Cell cell, String key, Header header) {
		for (int col = cell.col(); col < cell.col() + cell.span(); col++) {
			String headerKey = header.keysByColumn().get(col);
			if (key.equals(headerKey) || headerKey != null && key.length() >= 4 && headerKey.contains(key)) {
				return true;
			}
		}
		return false;
	}

	/** The row of column numbers under a header: "1 | 2 | 3 | 4", "(1) | (2) | (3)". */
	private static boolean numbersColumns(List<Cell> own) {
		if (own.size() < 3) {
			return false;
		}
		int expected = -1;
		for (Cell cell : own) {
			Matcher matcher = COLUMN_NUMBER.matcher(cell.text());
			if (!matcher.matches()) {
				return false;
			}
			int value = Integer.parseInt(matcher.group(1));
			if (expected >= 0 && value != expected) {
				return false;
			}
			expected = value + 1;
		}
		return true;
	}

	/** A task being read: rows broken across pages add their text before it is built. */
	private static final class TaskBuilder {

		private final int row;

		private final ReformArea area;

		private final Map<Column, List<Line>> cells;

		private final Header header;

		private final String section;

		private final String sectionTitle;

		private String number;

		/** The content of the heading row above an unnumbered sub-row ("Kiểm tra cải cách hành chính"). */
		private String heading;

		TaskBuilder(int row, ReformArea area, Map<Column, List<Line>> cells, Header header, String section,
				String sectionTitle) {
			this.row = row;
			this.area = area;
			this.cells = cells;
			this.header = header;
			this.section = section;
			this.sectionTitle = sectionTitle;
		}

		void append(Map<Column, List<Line>> more) {
			for (Map.Entry<Column, List<Line>> entry : more.entrySet()) {
				if (entry.getKey() != Column.NUMBER) {
					cells.get(entry.getKey()).addAll(entry.getValue());
				}
			}
		}

		String content() {
			return CellSplitter.join(cells.get(Column.TASK));
		}

		/** A heading row's own time, product or coordinating cell would be lost: say so. */
		void warnUnusedCells(List<ImportProblem> problems) {
			for (Column column : List.of(Column.COORDINATING, Column.TIME, Column.DELIVERABLE, Column.NOTES)) {
				if (CellSplitter.join(cells.get(column)) != null) {
					problems.add(ImportProblem.warning(row, header.name(column), "Dòng " + row + ": nhiệm vụ " + number
							+ " không có cơ quan chủ trì nên được đọc là tiêu đề của các dòng con bên dưới; ô \""
							+ header.name(column) + "\" của dòng này không được dùng."));
				}
			}
		}

		TaskRow build(List<ImportProblem> problems) {
			String own = content();
			String content = heading == null ? own : own == null ? heading : heading + " " + own;
			String lead = CellSplitter.single(cells.get(Column.LEAD));
			if (content == null) {
				problems.add(ImportProblem.error(row, header.name(Column.TASK), "Dòng " + row + " (nhiệm vụ " + number
						+ "): thiếu nội dung nhiệm vụ."));
			}
			if (lead == null) {
				problems.add(ImportProblem.error(row, header.name(Column.LEAD), "Dòng " + row + " (nhiệm vụ " + number
						+ "): Thiếu cơ quan chủ trì."));
			}
			return new TaskRow(row, number, area, content, lead, CellSplitter.coordinating(cells.get(Column.COORDINATING)),
					CellSplitter.join(cells.get(Column.TIME)), CellSplitter.deliverables(cells.get(Column.DELIVERABLE)),
					CellSplitter.join(cells.get(Column.NOTES)), section, sectionTitle);
		}
	}

}
