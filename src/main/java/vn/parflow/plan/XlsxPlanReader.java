package vn.parflow.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import vn.parflow.plan.AppendixTableParser.Header;
import vn.parflow.plan.AppendixTableParser.Table;
import vn.parflow.plan.CellSplitter.Line;

/**
 * Reads a plan from an Excel workbook (.xlsx): the first sheet whose header row (one of its first 10 rows) names a
 * task and a lead column holds the tasks; the rows above the header (title, period, "Kèm theo …", the reporting
 * regime) are read like the head of a Word plan. Row numbers in messages are the sheet's own. A sheet whose name
 * speaks of reports ("Chế độ báo cáo", "Báo cáo") carries the plan's reporting sentences, one or more per cell, read
 * like the "Tổ chức thực hiện" part of a Word plan.
 */
final class XlsxPlanReader {

	/** Columns beyond this are not part of a task table (and a stray value far to the right must not slow us). */
	private static final int MAX_COLUMNS = 40;

	private final PlanHeaderReader headerReader;

	XlsxPlanReader(PlanHeaderReader headerReader) {
		this.headerReader = headerReader;
	}

	PlanDraft read(String filename, Workbook workbook) {
		DataFormatter formatter = new DataFormatter();
		formatter.setUseCachedValuesForFormulaCells(true);
		List<Table> tables = new ArrayList<>();
		Table chosen = null;
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			Sheet sheet = workbook.getSheetAt(i);
			Table table = table(sheet, formatter);
			tables.add(table);
			Header header = AppendixTableParser.findHeader(table);
			if (header != null && header.hasTaskAndLead()) {
				chosen = table;
				break;
			}
		}
		List<ImportProblem> problems = new ArrayList<>();
		AppendixTableParser.Result appendix = new AppendixTableParser(filename)
				.parse(chosen == null ? tables : List.of(chosen));
		problems.addAll(appendix.problems());

		List<String> headLines = new ArrayList<>();
		if (chosen != null) {
			Header header = AppendixTableParser.findHeader(chosen);
			for (AppendixTableParser.Row row : chosen.rows().subList(0, header.firstHeaderRow())) {
				for (AppendixTableParser.Cell cell : row.ownCells()) {
					cell.lines().stream().map(Line::text).filter(text -> !text.isEmpty()).forEach(headLines::add);
				}
			}
		}
		List<String> body = new ArrayList<>(headLines);
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			Sheet sheet = workbook.getSheetAt(i);
			String name = CellSplitter.key(sheet.getSheetName());
			if (!name.contains("bao cao") || chosen != null && chosen.name().equals("trang tính \"" + sheet.getSheetName() + "\"")) {
				continue;
			}
			for (AppendixTableParser.Row row : table(sheet, formatter).rows()) {
				for (AppendixTableParser.Cell cell : row.ownCells()) {
					// each cell a sentence of its own, even without a full stop
					String text = cell.text().strip();
					body.add(text.endsWith(".") ? text : text + ".");
				}
			}
		}
		PlanHeaderReader.Header head = headerReader.read(filename, headLines, String.join("\n", body), problems);
		return head.toDraft(appendix.tasks(), problems);
	}

	/** The sheet as a grid: merged regions become one cell (spanning, or continued in the rows below). */
	private static Table table(Sheet sheet, DataFormatter formatter) {
		Map<Long, CellRangeAddress> merged = new HashMap<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
				for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), MAX_COLUMNS); c++) {
					merged.put(key(r, c), region);
				}
			}
		}
		int lastRow = -1;
		for (int r = sheet.getLastRowNum(); r >= 0 && lastRow < 0; r--) {
			Row row = sheet.getRow(r);
			if (row != null && hasText(row, formatter)) {
				lastRow = r;
			}
		}
		List<AppendixTableParser.Row> rows = new ArrayList<>();
		for (int r = 0; r <= lastRow; r++) {
			Row row = sheet.getRow(r);
			List<AppendixTableParser.Cell> cells = new ArrayList<>();
			int width = row == null ? 0 : Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
			for (int c = 0; c < Math.max(width, merged.isEmpty() ? 0 : MAX_COLUMNS); c++) {
				CellRangeAddress region = merged.get(key(r, c));
				if (region != null) {
					if (c != region.getFirstColumn()) {
						continue;
					}
					Row top = sheet.getRow(region.getFirstRow());
					List<Line> lines = lines(top == null ? null : top.getCell(region.getFirstColumn()), formatter);
					int span = Math.min(region.getLastColumn(), MAX_COLUMNS) - region.getFirstColumn() + 1;
					cells.add(new AppendixTableParser.Cell(c, span, lines, r != region.getFirstRow()));
				}
				else if (row != null) {
					List<Line> lines = lines(row.getCell(c), formatter);
					if (!lines.isEmpty()) {
						cells.add(new AppendixTableParser.Cell(c, 1, lines, false));
					}
				}
			}
			rows.add(new AppendixTableParser.Row(r + 1, cells));
		}
		return new Table("trang tính \"" + sheet.getSheetName() + "\"", rows, false);
	}

	private static boolean hasText(Row row, DataFormatter formatter) {
		for (Cell cell : row) {
			if (!formatter.formatCellValue(cell).isBlank()) {
				return true;
			}
		}
		return false;
	}

	private static List<Line> lines(Cell cell, DataFormatter formatter) {
		List<Line> lines = new ArrayList<>();
		if (cell == null) {
			return lines;
		}
		String text = formatter.formatCellValue(cell);
		if (text.isBlank()) {
			return lines;
		}
		for (String line : text.split("\\r?\\n|\\r")) {
			lines.add(Line.of(line));
		}
		return lines;
	}

	private static long key(int row, int col) {
		return ((long) row << 16) | col;
	}

}
