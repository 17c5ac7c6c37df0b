package vn.parflow.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Fills a Word template with plain POI, keeping the template's formatting:
 * <ul>
 * <li>{@code {{name}}} anywhere (body, tables, page headers and footers) is replaced by a text; a placeholder may
 * be split over several runs, as Word splits what a person typed; the text takes the format of the run where the
 * placeholder begins; a line break in the text becomes a line break;</li>
 * <li>a paragraph holding only {@code {{@name}}} becomes one paragraph per line of a list, each with the
 * paragraph's format (none when the list is empty);</li>
 * <li>a table row holding {@code [list.field]} is repeated once per item of the list; a heading item spans the row
 * from its second cell on, in bold.</li>
 * </ul>
 * Unknown placeholders stay as they are, so that a mistyped name shows in the document.
 */
final class DocxTemplate {

	/** One line of a paragraph list; bold lines are headings (a unit's name). */
	record Line(String text, boolean bold) {

		static Line plain(String text) {
			return new Line(text, false);
		}

		static Line bold(String text) {
			return new Line(text, true);
		}
	}

	/** One item of a repeated table row: its fields by name; a heading spans the row in bold. */
	record Row(Map<String, String> fields, boolean heading) {
	}

	static final Pattern SCALAR = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9_]*)}}");

	static final Pattern BLOCK = Pattern.compile("^\\s*\\{\\{@([A-Za-z][A-Za-z0-9_]*)}}\\s*$");

	static final Pattern FIELD = Pattern.compile("\\[([a-z][A-Za-z0-9_]*)\\.([A-Za-z][A-Za-z0-9_]*)]");

	private DocxTemplate() {
	}

	static byte[] fill(byte[] template, Map<String, String> values, Map<String, List<Line>> blocks,
			Map<String, List<Row>> tables) {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (XWPFTable table : List.copyOf(doc.getTables())) {
				repeatRows(table, tables);
			}
			blocks(doc, blocks);
			for (XWPFTable table : doc.getTables()) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						blocks(cell, blocks);
					}
				}
			}
			for (XWPFParagraph p : allParagraphs(doc)) {
				replace(p, values);
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
		List<XWPFParagraph> all = new ArrayList<>(doc.getParagraphs());
		for (XWPFTable table : doc.getTables()) {
			addTable(all, table);
		}
		for (XWPFHeader header : doc.getHeaderList()) {
			all.addAll(header.getParagraphs());
			header.getTables().forEach(t -> addTable(all, t));
		}
		for (XWPFFooter footer : doc.getFooterList()) {
			all.addAll(footer.getParagraphs());
			footer.getTables().forEach(t -> addTable(all, t));
		}
		return all;
	}

	private static void addTable(List<XWPFParagraph> all, XWPFTable table) {
		for (XWPFTableRow row : table.getRows()) {
			for (XWPFTableCell cell : row.getTableCells()) {
				all.addAll(cell.getParagraphs());
				cell.getTables().forEach(t -> addTable(all, t));
			}
		}
	}

	// ---- repeated rows

	private static void repeatRows(XWPFTable table, Map<String, List<Row>> tables) {
		for (int index = 0; index < table.getNumberOfRows(); index++) {
			XWPFTableRow template = table.getRow(index);
			String list = listOf(template);
			if (list == null) {
				continue;
			}
			List<Row> items = tables.getOrDefault(list, List.of());
			CTRow model = (CTRow) template.getCtRow().copy();
			table.removeRow(index);
			int at = index;
			for (Row item : items) {
				CTRow copy = (CTRow) model.copy();
				if (item.heading()) {
					spanFromSecondCell(copy);
				}
				XWPFTableRow filled = new XWPFTableRow(copy, table);
				for (XWPFTableCell cell : filled.getTableCells()) {
					for (XWPFParagraph p : cell.getParagraphs()) {
						replaceFields(p, item);
						if (item.heading()) {
							p.getRuns().forEach(r -> r.setBold(true));
						}
					}
				}
				table.addRow(filled, at++);
			}
			index = at - 1;
		}
	}

	private static String listOf(XWPFTableRow row) {
		for (XWPFTableCell cell : row.getTableCells()) {
			Matcher m = FIELD.matcher(cell.getText());
			if (m.find()) {
				return m.group(1);
			}
		}
		return null;
	}

	/** The second cell spans the rest of the row: cells 3… go, their widths added to it. */
	private static void spanFromSecondCell(CTRow row) {
		int cells = row.sizeOfTcArray();
		if (cells < 3) {
			return;
		}
		CTTc second = row.getTcArray(1);
		long width = width(second);
		for (int i = cells - 1; i >= 2; i--) {
			width += width(row.getTcArray(i));
			row.removeTc(i);
		}
		CTTcPr pr = second.isSetTcPr() ? second.getTcPr() : second.addNewTcPr();
		(pr.isSetGridSpan() ? pr.getGridSpan() : pr.addNewGridSpan()).setVal(BigInteger.valueOf(cells - 1));
		if (pr.isSetTcW() && width > 0) {
			pr.getTcW().setW(BigInteger.valueOf(width));
		}
	}

	private static long width(CTTc cell) {
		if (cell.isSetTcPr() && cell.getTcPr().isSetTcW() && cell.getTcPr().getTcW().getW() instanceof BigInteger w) {
			return w.longValue();
		}
		return 0;
	}

	private static void replaceFields(XWPFParagraph p, Row item) {
		int from = 0;
		while (true) {
			String text = text(p);
			Matcher m = FIELD.matcher(text);
			if (from > text.length() || !m.find(from)) {
				return;
			}
			String value = item.fields().getOrDefault(m.group(2), "");
			splice(p, m.start(), m.end(), value);
			// a line break is a run element of its own, not a character of the text
			from = m.start() + value.replace("\n", "").length();
		}
	}

	// ---- paragraph lists

	private static void blocks(IBody body, Map<String, List<Line>> blocks) {
		for (XWPFParagraph p : List.copyOf(body.getParagraphs())) {
			Matcher m = BLOCK.matcher(text(p));
			if (!m.matches() || !blocks.containsKey(m.group(1))) {
				continue;
			}
			CTPPr pPr = p.getCTP().isSetPPr() ? (CTPPr) p.getCTP().getPPr().copy() : null;
			CTRPr rPr = p.getRuns().isEmpty() || p.getRuns().get(0).getCTR().getRPr() == null ? null
					: (CTRPr) p.getRuns().get(0).getCTR().getRPr().copy();
			for (Line line : blocks.get(m.group(1))) {
				XmlCursor cursor = p.getCTP().newCursor();
				XWPFParagraph added = body.insertNewParagraph(cursor);
				cursor.dispose();
				if (added == null) {
					continue;
				}
				if (pPr != null) {
					added.getCTP().setPPr((CTPPr) pPr.copy());
				}
				XWPFRun run = added.createRun();
				if (rPr != null) {
					run.getCTR().setRPr((CTRPr) rPr.copy());
				}
				setText(run, line.text());
				if (line.bold()) {
					run.setBold(true);
				}
			}
			remove(body, p);
		}
	}

	private static void remove(IBody body, XWPFParagraph p) {
		if (body instanceof XWPFDocument doc) {
			doc.removeBodyElement(doc.getPosOfParagraph(p));
		}
		else if (body instanceof XWPFTableCell cell) {
			cell.removeParagraph(cell.getParagraphs().indexOf(p));
		}
		else {
			CTP ctp = p.getCTP();
			XmlCursor cursor = ctp.newCursor();
			cursor.removeXml();
			cursor.dispose();
		}
	}

	// ---- texts

	private static void replace(XWPFParagraph p, Map<String, String> values) {
		int from = 0;
		while (true) {
			String text = text(p);
			if (from > text.length() || text.indexOf("{{", from) < 0) {
				return;
			}
			Matcher m = SCALAR.matcher(text);
			boolean found = false;
			while (m.find(from)) {
				if (values.containsKey(m.group(1))) {
					found = true;
					break;
				}
				from = m.end();
			}
			if (!found) {
				return;
			}
			String value = values.get(m.group(1));
			value = value == null ? "" : value;
			splice(p, m.start(), m.end(), value);
			// a line break is a run element of its own, not a character of the text
			from = m.start() + value.replace("\n", "").length();
		}
	}

	/** The paragraph's text as its runs hold it, in order. */
	static String text(XWPFParagraph p) {
		StringBuilder text = new StringBuilder();
		for (XWPFRun run : p.getRuns()) {
			text.append(runText(run));
		}
		return text.toString();
	}

	private static String runText(XWPFRun run) {
		StringBuilder text = new StringBuilder();
		for (CTText t : run.getCTR().getTList()) {
			text.append(t.getStringValue());
		}
		return text.toString();
	}

	/** Replaces the characters start…end of the paragraph's text, which may span several runs, by a value. */
	private static void splice(XWPFParagraph p, int start, int end, String value) {
		List<XWPFRun> runs = p.getRuns();
		int offset = 0;
		int first = -1;
		int firstOffset = 0;
		for (int i = 0; i < runs.size(); i++) {
			String text = runText(runs.get(i));
			int next = offset + text.length();
			if (first < 0 && start < next) {
				first = i;
				firstOffset = offset;
			}
			if (first >= 0 && end <= next) {
				String head = runText(runs.get(first)).substring(0, start - firstOffset);
				String tail = text.substring(end - offset);
				if (first == i) {
					setText(runs.get(first), head + value + tail);
				}
				else {
					setText(runs.get(first), head + value);
					for (int j = first + 1; j < i; j++) {
						setText(runs.get(j), "");
					}
					setText(runs.get(i), tail);
				}
				return;
			}
			offset = next;
		}
	}

	/** The run's text, with a line break for each {@code \n}. */
	static void setText(XWPFRun run, String text) {
		CTR r = run.getCTR();
		while (r.sizeOfTArray() > 0) {
			r.removeT(0);
		}
		while (r.sizeOfBrArray() > 0) {
			r.removeBr(0);
		}
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				r.addNewBr();
			}
			CTText t = r.addNewT();
			t.setStringValue(lines[i]);
			if (!lines[i].equals(lines[i].strip())) {
				t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
			}
		}
	}

}
