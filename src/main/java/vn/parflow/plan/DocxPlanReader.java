package vn.parflow.plan;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.PackagePart;

import vn.parflow.plan.AppendixTableParser.Cell;
import vn.parflow.plan.AppendixTableParser.Row;
import vn.parflow.plan.AppendixTableParser.Table;
import vn.parflow.plan.CellSplitter.Line;

/**
 * Reads a plan from its Word file (.docx): the body paragraphs give the header and the reporting regime, the
 * appendix table gives the tasks.
 * <p>
 * The document part is read as a stream (StAX) from the package Apache POI opened, so that a large file reads fast
 * and in little memory; POI's package opening keeps its zip-bomb limits (ZipSecureFile).
 */
final class DocxPlanReader {

	private static final XMLInputFactory XML = xmlInputFactory();

	/** Rows of one table kept in memory; the rest are only counted (the appendix limit is far below). */
	static final int MAX_ROWS_KEPT = AppendixTableParser.MAX_TASK_ROWS + 100;

	private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("[\\r\\n]");

	private final PlanHeaderReader headerReader;

	DocxPlanReader(PlanHeaderReader headerReader) {
		this.headerReader = headerReader;
	}

	/** The document part as blocks (paragraphs and tables) in order, then the draft. */
	PlanDraft read(String filename, PackagePart document) throws IOException, XMLStreamException {
		Body body;
		try (InputStream in = document.getInputStream()) {
			body = parse(in);
		}
		List<ImportProblem> problems = new ArrayList<>();
		AppendixTableParser.Result appendix = new AppendixTableParser(filename).parse(body.tables());
		problems.addAll(appendix.problems());

		int firstTable = appendix.appendixTables().isEmpty() ? Integer.MAX_VALUE : appendix.appendixTables().get(0);
		List<String> headLines = new ArrayList<>();
		List<String> bodyLines = new ArrayList<>();
		for (Block block : body.blocks()) {
			if (block.table() < 0) {
				for (Line line : block.lines()) {
					if (!line.text().isEmpty()) {
						bodyLines.add(asSentence(line.text()));
						if (block.beforeTable() <= firstTable) {
							headLines.add(line.text());
						}
					}
				}
			}
			else if (block.table() < firstTable) {
				for (Row row : body.tables().get(block.table()).rows()) {
					for (Cell cell : row.cells()) {
						if (!cell.mergedFromAbove()) {
							for (Line line : cell.lines()) {
								if (!line.text().isEmpty()) {
									headLines.add(line.text());
								}
							}
						}
					}
				}
			}
		}
		PlanHeaderReader.Header header = headerReader.read(filename, headLines, String.join("\n", bodyLines), problems);
		return header.toDraft(appendix.tasks(), problems);
	}

	/**
	 * A paragraph ends its sentence: a heading such as "8. Trách nhiệm chung" gets a full stop, so that the reporting
	 * regime sentence after it is read on its own.
	 */
	static String asSentence(String paragraph) {
		return paragraph.isEmpty() || ".!?:;…".indexOf(paragraph.charAt(paragraph.length() - 1)) >= 0 ? paragraph
				: paragraph + ".";
	}

	/**
	 * A body-level block: a paragraph ({@code table} = -1, with the index of the next table in
	 * {@code beforeTable}) or a table ({@code table} = its index).
	 */
	record Block(int table, int beforeTable, List<Line> lines) {
	}

	record Body(List<Block> blocks, List<Table> tables) {
	}

	/** Reads word/document.xml: paragraphs, tables with their merged cells, text boxes; deleted text is left out. */
	static Body parse(InputStream in) throws XMLStreamException {
		XMLStreamReader xml = XML.createXMLStreamReader(in);
		try {
			return new BodyParser().parse(xml);
		}
		finally {
			xml.close();
		}
	}

	private static final class BodyParser {

		private final List<Block> blocks = new ArrayList<>();

		private final List<Table> tables = new ArrayList<>();

		private final Deque<ParagraphBuilder> paragraphs = new ArrayDeque<>();

		private TableBuilder table;

		private int nestedTables;

		private int skipDepth;

		private boolean inRun;

		private boolean inText;

		private boolean inRunProperties;

		private boolean textSinceTable = true;

		Body parse(XMLStreamReader xml) throws XMLStreamException {
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					start(xml);
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					end(xml.getLocalName());
				}
				else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText
						&& skipDepth == 0 && !paragraphs.isEmpty()) {
					paragraphs.peek().text.append(xml.getText());
				}
			}
			return new Body(blocks, tables);
		}

		private void start(XMLStreamReader xml) {
			if (skipDepth > 0) {
				skipDepth++;
				return;
			}
			String name = xml.getLocalName();
			switch (name) {
				case "Fallback", "del", "moveFrom", "delText", "instrText" -> skipDepth = 1;
				case "tbl" -> {
					if (table != null) {
						nestedTables++;
					}
					else {
						table = new TableBuilder(tables.size(), !textSinceTable && !tables.isEmpty());
					}
				}
				case "tr" -> {
					if (nestedTables == 0 && table != null) {
						table.startRow();
					}
				}
				case "gridBefore" -> {
					if (nestedTables == 0 && table != null && table.row != null) {
						table.row.gridBefore = intValue(xml, 0);
					}
				}
				case "tc" -> {
					if (nestedTables == 0 && table != null && table.row != null) {
						table.cell = new CellBuilder();
					}
				}
				case "gridSpan" -> {
					if (nestedTables == 0 && table != null && table.cell != null) {
						table.cell.span = Math.max(1, intValue(xml, 1));
					}
				}
				case "vMerge" -> {
					if (nestedTables == 0 && table != null && table.cell != null) {
						String value = value(xml);
						table.cell.verticalContinue = value == null || "continue".equals(value);
					}
				}
				case "hMerge" -> {
					if (nestedTables == 0 && table != null && table.cell != null) {
						table.cell.horizontalContinue = "continue".equals(value(xml)) || value(xml) == null;
					}
				}
				case "p" -> paragraphs.push(new ParagraphBuilder());
				case "numId" -> {
					if (!paragraphs.isEmpty() && !inRun && intValue(xml, 0) != 0) {
						paragraphs.peek().listItem = true;
					}
				}
				case "r" -> inRun = true;
				case "rPr" -> inRunProperties = inRun;
				case "t" -> inText = inRun && !inRunProperties;
				case "tab" -> appendInRun(" ");
				case "br", "cr" -> appendInRun("\n");
				case "noBreakHyphen" -> appendInRun("-");
				default -> {
					// other elements only carry formatting, or hold paragraphs and runs we read anyway
				}
			}
		}

		private void appendInRun(String text) {
			if (inRun && !inRunProperties && !paragraphs.isEmpty()) {
				paragraphs.peek().text.append(text);
			}
		}

		private void end(String name) {
			if (skipDepth > 0) {
				skipDepth--;
				return;
			}
			switch (name) {
				case "t" -> inText = false;
				case "rPr" -> inRunProperties = false;
				case "r" -> inRun = false;
				case "p" -> endParagraph();
				case "tc" -> {
					if (nestedTables == 0 && table != null && table.cell != null) {
						table.row.cells.add(table.cell);
						table.cell = null;
					}
				}
				case "tr" -> {
					if (nestedTables == 0 && table != null) {
						table.endRow();
					}
				}
				case "tbl" -> {
					if (nestedTables > 0) {
						nestedTables--;
					}
					else if (table != null) {
						tables.add(table.build());
						blocks.add(new Block(table.index, -1, List.of()));
						table = null;
						textSinceTable = false;
					}
				}
				default -> {
					// nothing to close
				}
			}
		}

		private void endParagraph() {
			if (paragraphs.isEmpty()) {
				return;
			}
			ParagraphBuilder paragraph = paragraphs.pop();
			List<Line> lines = new ArrayList<>(paragraph.floating);
			boolean first = true;
			for (String text : LINE_BREAK.split(paragraph.text)) {
				lines.add(new Line(text, first && paragraph.listItem));
				first = false;
			}
			if (!paragraphs.isEmpty()) {
				paragraphs.peek().floating.addAll(lines); // a text box inside a paragraph
			}
			else if (table != null && table.cell != null) {
				table.cell.lines.addAll(lines);
			}
			else if (table == null) {
				if (lines.stream().anyMatch(line -> !line.text().isEmpty())) {
					textSinceTable = true;
				}
				blocks.add(new Block(-1, tables.size(), lines));
			}
		}

		private static int intValue(XMLStreamReader xml, int otherwise) {
			String value = value(xml);
			try {
				return value == null ? otherwise : Integer.parseInt(value.strip());
			}
			catch (NumberFormatException e) {
				return otherwise;
			}
		}

		private static String value(XMLStreamReader xml) {
			for (int i = 0; i < xml.getAttributeCount(); i++) {
				if ("val".equals(xml.getAttributeLocalName(i))) {
					return xml.getAttributeValue(i);
				}
			}
			return null;
		}
	}

	private static final class ParagraphBuilder {

		private final StringBuilder text = new StringBuilder();

		private final List<Line> floating = new ArrayList<>();

		private boolean listItem;
	}

	private static final class CellBuilder {

		private final List<Line> lines = new ArrayList<>();

		private int span = 1;

		private boolean verticalContinue;

		private boolean horizontalContinue;
	}

	private static final class RowBuilder {

		private final List<CellBuilder> cells = new ArrayList<>();

		private int gridBefore;
	}

	private static final class TableBuilder {

		private final int index;

		private final boolean followsPrevious;

		private final List<Row> rows = new ArrayList<>();

		private RowBuilder row;

		private CellBuilder cell;

		TableBuilder(int index, boolean followsPrevious) {
			this.index = index;
			this.followsPrevious = followsPrevious;
		}

		private int rowsNotKept;

		void startRow() {
			row = new RowBuilder();
		}

		/** Places the cells on the grid: spans, legacy horizontal merges, and lower parts of vertical merges. */
		void endRow() {
			if (row == null) {
				return;
			}
			if (rows.size() >= MAX_ROWS_KEPT) {
				// a file far over the limit is refused by its row count; its rows need not be kept
				rowsNotKept++;
				row = null;
				return;
			}
			Row above = rows.isEmpty() ? null : rows.get(rows.size() - 1);
			List<Cell> cells = new ArrayList<>();
			int col = row.gridBefore;
			for (CellBuilder builder : row.cells) {
				if (builder.horizontalContinue && !cells.isEmpty()) {
					Cell previous = cells.remove(cells.size() - 1);
					cells.add(new Cell(previous.col(), previous.span() + builder.span, previous.lines(),
							previous.mergedFromAbove()));
				}
				else if (builder.verticalContinue && above != null && above.cellAt(col) != null
						&& above.cellAt(col).col() == col) {
					cells.add(new Cell(col, builder.span, above.cellAt(col).lines(), true));
				}
				else {
					cells.add(new Cell(col, builder.span, builder.lines, false));
				}
				col += builder.span;
			}
			rows.add(new Row(rows.size() + 1, cells));
			row = null;
		}

		Table build() {
			return new Table("bảng " + (index + 1), rows, followsPrevious, rowsNotKept);
		}
	}

	private static XMLInputFactory xmlInputFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}

}
