package vn.parflow.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.parflow.plan.PlanProgress.AreaRow;
import vn.parflow.plan.PlanProgress.Counts;
import vn.parflow.plan.PlanProgress.DeadlineRow;
import vn.parflow.plan.PlanProgress.TaskRow;
import vn.parflow.plan.ReformArea;

/**
 * The annex of the consolidated report as a spreadsheet: a summary sheet (the figures per reform area and in
 * total), then one sheet per reform area with a row per task due in the period. Every sheet has a frozen header
 * row and a filter; deadlines and document dates are real dates shown dd/MM/yyyy. Plain Java.
 */
final class ReportXlsx {

	static final String SUMMARY = "Tổng hợp";

	static final String[] ANNEX_HEADER = { "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng",
			"Số, ký hiệu văn bản", "Ngày văn bản", "Đường dẫn", "Sản phẩm dự kiến", "Ghi chú" };

	static final String[] SUMMARY_HEADER = { "TT", "Lĩnh vực", "Tổng số nhiệm vụ", "Hoàn thành đúng hạn",
			"Hoàn thành trễ hạn", "Đang thực hiện trong hạn", "Quá hạn", "Trong đó chưa triển khai", "Tỷ lệ hoàn thành (%)" };

	private ReportXlsx() {
	}

	static byte[] render(ReportDocument doc) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(book);
			summary(book.createSheet(SUMMARY), doc, styles);
			for (Map.Entry<ReformArea, List<TaskRow>> area : ReportDocx.byArea(doc.rows()).entrySet()) {
				annex(book.createSheet(sheetName(area.getKey())), area.getValue(), styles);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A sheet name of at most 31 characters: the area's name, shortened. */
	static String sheetName(ReformArea area) {
		String name = ReportDocx.areaName(area);
		return WorkbookUtil.createSafeSheetName(name.length() <= 31 ? name : name.substring(0, 30).strip() + "…");
	}

	private static void summary(Sheet sheet, ReportDocument doc, Styles styles) {
		int r = 0;
		sheet.createRow(r++).createCell(0).setCellValue(doc.issuingBody());
		Cell title = sheet.createRow(r++).createCell(0);
		title.setCellValue(doc.report() + " – " + doc.period());
		title.setCellStyle(styles.bold);
		sheet.createRow(r++).createCell(0).setCellValue("Kế hoạch: " + doc.planTitle());
		sheet.createRow(r++).createCell(0).setCellValue("Kỳ báo cáo từ ngày " + ReportTexts.DAY.format(doc.from())
				+ " đến ngày " + ReportTexts.DAY.format(doc.to()) + "; số liệu tính đến ngày "
				+ ReportTexts.DAY.format(doc.progress().asOf()) + ".");
		r++;
		int headerRow = r;
		header(sheet.createRow(r++), SUMMARY_HEADER, styles);
		int n = 1;
		for (AreaRow area : doc.progress().byArea()) {
			counts(sheet.createRow(r++), String.valueOf(n++), area.areaName(), area.counts(),
					doc.unfinishedNotStarted(area.area()), styles.cell);
		}
		counts(sheet.createRow(r), "", "Tổng cộng", doc.progress().total(), doc.unfinishedNotStarted(null),
				styles.boldCell);
		sheet.createFreezePane(0, headerRow + 1);
		sheet.setAutoFilter(new CellRangeAddress(headerRow, r - 1 < headerRow ? headerRow : r - 1, 0,
				SUMMARY_HEADER.length - 1));
		sheet.setColumnWidth(0, 6 * 256);
		sheet.setColumnWidth(1, 48 * 256);
		for (int c = 2; c < SUMMARY_HEADER.length; c++) {
			sheet.setColumnWidth(c, 14 * 256);
		}
	}

	private static void counts(Row row, String number, String name, Counts c, int notStarted, CellStyle style) {
		text(row, 0, number, style);
		text(row, 1, name, style);
		int[] values = { c.total(), c.doneOnTime(), c.doneLate(), c.openInTime(), c.openOverdue(), notStarted };
		for (int i = 0; i < values.length; i++) {
			Cell cell = row.createCell(2 + i);
			cell.setCellValue(values[i]);
			cell.setCellStyle(style);
		}
		Cell percent = row.createCell(8);
		percent.setCellValue(c.percentDone());
		percent.setCellStyle(style);
	}

	private static void annex(Sheet sheet, List<TaskRow> rows, Styles styles) {
		header(sheet.createRow(0), ANNEX_HEADER, styles);
		int r = 1;
		for (TaskRow task : rows) {
			Row row = sheet.createRow(r++);
			text(row, 0, task.number(), styles.cell);
			text(row, 1, task.content(), styles.wrap);
			text(row, 2, task.leadUnitName(), styles.wrap);
			DeadlineRow last = task.deadlines().isEmpty() ? null : task.deadlines().get(task.deadlines().size() - 1);
			if (last != null) {
				Cell due = row.createCell(3);
				due.setCellValue(last.due());
				due.setCellStyle(styles.date);
			}
			else {
				text(row, 3, ReportDocx.deadlines(task, false), styles.cell);
			}
			text(row, 4, ReportDocx.status(task), styles.wrap);
			DeadlineRow document = task.deadlines().stream()
				.filter(d -> d.documentNumber() != null || d.documentLink() != null)
				.reduce((a, b) -> b)
				.orElse(null);
			text(row, 5, document == null ? "" : nullToEmpty(document.documentNumber()), styles.cell);
			if (document != null && document.documentDate() != null) {
				Cell day = row.createCell(6);
				day.setCellValue(document.documentDate());
				day.setCellStyle(styles.date);
			}
			else {
				text(row, 6, "", styles.cell);
			}
			text(row, 7, document == null ? "" : nullToEmpty(document.documentLink()), styles.wrap);
			text(row, 8, String.join("; ", task.deliverables()), styles.wrap);
			text(row, 9, nullToEmpty(task.notes()), styles.wrap);
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, ANNEX_HEADER.length - 1));
		int[] widths = { 7, 60, 28, 13, 22, 18, 13, 30, 36, 36 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
	}

	private static void header(Row row, String[] names, Styles styles) {
		for (int c = 0; c < names.length; c++) {
			text(row, c, names[c], styles.header);
		}
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value == null ? "" : value);
		cell.setCellStyle(style);
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private static final class Styles {

		final CellStyle bold;

		final CellStyle header;

		final CellStyle cell;

		final CellStyle boldCell;

		final CellStyle wrap;

		final CellStyle date;

		Styles(XSSFWorkbook book) {
			Font plain = book.createFont();
			plain.setFontName(DefaultReportTemplate.FONT);
			plain.setFontHeightInPoints((short) 12);
			Font strong = book.createFont();
			strong.setFontName(DefaultReportTemplate.FONT);
			strong.setFontHeightInPoints((short) 12);
			strong.setBold(true);
			bold = book.createCellStyle();
			bold.setFont(strong);
			header = bordered(book, strong);
			header.setWrapText(true);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			cell = bordered(book, plain);
			boldCell = bordered(book, strong);
			wrap = bordered(book, plain);
			wrap.setWrapText(true);
			date = bordered(book, plain);
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			date.setAlignment(HorizontalAlignment.CENTER);
		}

		private static CellStyle bordered(XSSFWorkbook book, Font font) {
			CellStyle style = book.createCellStyle();
			style.setFont(font);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			return style;
		}
	}

}
