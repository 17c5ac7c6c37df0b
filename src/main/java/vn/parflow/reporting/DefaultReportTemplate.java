package vn.parflow.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Builds the Word template of the consolidated report that Parflow ships ({@code config/templates/bao-cao-cchc.docx})
 * and falls back on: the layout of Decree 30/2020/NĐ-CP on administrative documents. A4 portrait, margins 20 mm top
 * and bottom, 30 mm left, 15 mm right; Times New Roman 14 (13 in the header block, 12 in tables); the page number
 * centred at the top from page 2; the annex on landscape pages. The placeholders are listed in
 * config/templates/README.md.
 *
 * <p>
 * {@code ./mvnw -q compile exec:java}-free: run {@code java -cp target/classes:… vn.parflow.reporting.DefaultReportTemplate
 * config/templates/bao-cao-cchc.docx}, or the test {@code ReportTemplateShippedTest}, which checks that the shipped
 * file has every placeholder this one has.
 */
final class DefaultReportTemplate {

	static final String FONT = "Times New Roman";

	// twentieths of a point: 1 mm = 56.7
	private static final int A4_WIDTH = 11906;

	private static final int A4_HEIGHT = 16838;

	private static final int MM20 = 1134;

	private static final int MM30 = 1701;

	private static final int MM15 = 850;

	private static final int MM10 = 567;

	private DefaultReportTemplate() {
	}

	public static void main(String[] args) throws IOException {
		Path target = Path.of(args.length > 0 ? args[0] : "config/templates/bao-cao-cchc.docx");
		Files.createDirectories(target.toAbsolutePath().getParent());
		Files.write(target, docx());
		System.out.println("Đã ghi mẫu báo cáo: " + target);
	}

	static byte[] docx() {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			build(doc);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void build(XWPFDocument doc) {
		CTSectPr body = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		page(body, false);
		body.addNewTitlePg();
		// Decree 30: page numbers centred in the top margin, not on the first page
		XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph number = header.createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		CTSimpleField page = number.getCTP().addNewFldSimple();
		page.setInstr(" PAGE ");
		var digit = page.addNewR();
		var font = digit.addNewRPr();
		var fonts = font.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		font.addNewSz().setVal(BigInteger.valueOf(28));
		digit.addNewT().setStringValue("2");
		doc.createHeader(HeaderFooterType.FIRST).createParagraph();

		headerBlock(doc);

		XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, 14, true, false, "BÁO CÁO");
		title.setSpacingBefore(240);
		title.setSpacingAfter(0);
		paragraph(doc, ParagraphAlignment.CENTER, 14, true, false, "{{subject}}").setSpacingAfter(0);
		rule(doc, 2400);
		paragraph(doc, ParagraphAlignment.CENTER, 14, false, false, "{{@recipientLine}}").setSpacingAfter(120);

		text(doc, "Thực hiện {{planTitle}}; căn cứ kết quả thực hiện nhiệm vụ của các phòng, ban, đơn vị, {{issuingBody}}"
				+ " báo cáo kết quả thực hiện công tác cải cách hành chính {{periodPhrase}} (kỳ báo cáo từ ngày {{from}}"
				+ " đến ngày {{to}}; số liệu tính đến ngày {{asOf}}) như sau:");
		heading(doc, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
		heading(doc, "1. Kết quả chung");
		text(doc, "Trong kỳ báo cáo có {{totalTasks}} nhiệm vụ đến hạn hoặc thực hiện thường xuyên theo Kế hoạch;"
				+ " đã hoàn thành {{doneTotal}} nhiệm vụ (hoàn thành đúng hạn {{doneOnTime}}, hoàn thành trễ hạn"
				+ " {{doneLate}}); đang thực hiện trong hạn {{openInTime}} nhiệm vụ; quá hạn chưa hoàn thành"
				+ " {{openOverdue}} nhiệm vụ; trong số nhiệm vụ chưa hoàn thành có {{notStarted}} nhiệm vụ chưa triển khai."
				+ " Tỷ lệ nhiệm vụ hoàn thành: {{percentDone}}.");
		heading(doc, "2. Kết quả theo từng lĩnh vực cải cách hành chính");
		areaTable(doc);
		heading(doc, "II. KẾT QUẢ THỰC HIỆN CỦA CÁC PHÒNG, BAN, ĐƠN VỊ");
		paragraph(doc, ParagraphAlignment.BOTH, 14, false, false, "{{@unitReports}}").setIndentationFirstLine(MM10);
		heading(doc, "III. TỒN TẠI, HẠN CHẾ");
		paragraph(doc, ParagraphAlignment.BOTH, 14, false, false, "{{@shortcomings}}").setIndentationFirstLine(MM10);
		heading(doc, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
		paragraph(doc, ParagraphAlignment.BOTH, 14, false, false, "{{@nextSteps}}").setIndentationFirstLine(MM10);
		text(doc, "Kết quả thực hiện từng nhiệm vụ tại Phụ lục kèm theo Báo cáo này.");
		text(doc, "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính {{periodPhrase}} của"
				+ " {{issuingBody}}./.");

		signatureBlock(doc);

		// the annex begins a landscape section: this paragraph ends the portrait one
		XWPFParagraph end = doc.createParagraph();
		CTSectPr portrait = (CTSectPr) body.copy();
		end.getCTP().addNewPPr().setSectPr(portrait);
		page(body, true);
		body.unsetTitlePg();

		annex(doc);
	}

	private static void page(CTSectPr sect, boolean landscape) {
		CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_HEIGHT : A4_WIDTH));
		size.setH(BigInteger.valueOf(landscape ? A4_WIDTH : A4_HEIGHT));
		if (landscape) {
			size.setOrient(STPageOrientation.LANDSCAPE);
		}
		else if (size.isSetOrient()) {
			size.unsetOrient();
		}
		CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MM20));
		margins.setBottom(BigInteger.valueOf(MM20));
		margins.setLeft(BigInteger.valueOf(landscape ? MM20 : MM30));
		margins.setRight(BigInteger.valueOf(landscape ? MM20 : MM15));
		margins.setHeader(BigInteger.valueOf(MM10));
		margins.setFooter(BigInteger.valueOf(MM10));
		margins.setGutter(BigInteger.ZERO);
	}

	/** Issuing body and number on the left, the national motto and place/date on the right. */
	private static void headerBlock(XWPFDocument doc) {
		XWPFTable table = table(doc, 1, 2, new int[] { 3450, 5900 }, false);
		XWPFTableCell left = table.getRow(0).getCell(0);
		cellLine(left, true, ParagraphAlignment.CENTER, 13, true, false, "{{issuingBodyUpper}}");
		cellLine(left, false, ParagraphAlignment.CENTER, 13, true, false, "{{issuingBodyName}}");
		cellRule(left, 1000);
		cellLine(left, false, ParagraphAlignment.CENTER, 13, false, false, "Số: {{documentNumber}}");
		XWPFTableCell right = table.getRow(0).getCell(1);
		cellLine(right, true, ParagraphAlignment.CENTER, 12, true, false, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		cellLine(right, false, ParagraphAlignment.CENTER, 14, true, false, "Độc lập - Tự do - Hạnh phúc");
		cellRule(right, 1300);
		cellLine(right, false, ParagraphAlignment.CENTER, 14, false, true, "{{placeDate}}");
	}

	private static void areaTable(XWPFDocument doc) {
		String[] header = { "TT", "Lĩnh vực", "Tổng số nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành trễ hạn",
				"Đang thực hiện trong hạn", "Quá hạn", "Trong đó chưa triển khai", "Tỷ lệ hoàn thành" };
		String[] row = { "[areas.stt]", "[areas.name]", "[areas.total]", "[areas.doneOnTime]", "[areas.doneLate]",
				"[areas.openInTime]", "[areas.openOverdue]", "[areas.notStarted]", "[areas.percentDone]" };
		String[] total = { "", "Tổng cộng", "{{totalTasks}}", "{{doneOnTime}}", "{{doneLate}}", "{{openInTime}}",
				"{{openOverdue}}", "{{notStarted}}", "{{percentDone}}" };
		int[] widths = { 550, 2150, 950, 950, 950, 950, 950, 950, 950 };
		XWPFTable table = table(doc, 3, header.length, widths, true);
		fillRow(table.getRow(0), header, 11, true, true);
		fillRow(table.getRow(1), row, 12, false, false);
		fillRow(table.getRow(2), total, 12, true, false);
		table.getRow(0).setRepeatHeader(true);
		doc.createParagraph().setSpacingAfter(0);
	}

	private static void signatureBlock(XWPFDocument doc) {
		doc.createParagraph().setSpacingAfter(0);
		XWPFTable table = table(doc, 1, 2, new int[] { 4400, 4950 }, false);
		XWPFTableCell left = table.getRow(0).getCell(0);
		cellLine(left, true, ParagraphAlignment.LEFT, 12, true, true, "Nơi nhận:");
		cellLine(left, false, ParagraphAlignment.LEFT, 11, false, false, "{{@recipients}}");
		XWPFTableCell right = table.getRow(0).getCell(1);
		cellLine(right, true, ParagraphAlignment.CENTER, 14, true, false, "{{signerAuthority}}");
		cellLine(right, false, ParagraphAlignment.CENTER, 14, true, false, "{{signerTitle}}");
		for (int i = 0; i < 4; i++) {
			cellLine(right, false, ParagraphAlignment.CENTER, 14, false, false, "");
		}
		cellLine(right, false, ParagraphAlignment.CENTER, 14, true, false, "{{signerName}}");
	}

	private static void annex(XWPFDocument doc) {
		paragraph(doc, ParagraphAlignment.CENTER, 14, true, false, "Phụ lục").setSpacingAfter(0);
		paragraph(doc, ParagraphAlignment.CENTER, 14, true, false, "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ {{periodPhraseUpper}}")
			.setSpacingAfter(0);
		paragraph(doc, ParagraphAlignment.CENTER, 14, false, true,
				"(Kèm theo Báo cáo số {{documentNumber}} ngày {{documentDay}} của {{issuingBody}})");
		rule(doc, 2400);
		String[] header = { "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng",
				"Sản phẩm (số, ngày văn bản hoặc đường dẫn)", "Ghi chú" };
		String[] row = { "[annex.stt]", "[annex.content]", "[annex.lead]", "[annex.deadline]", "[annex.status]",
				"[annex.deliverable]", "[annex.notes]" };
		int[] widths = { 760, 4190, 2000, 1500, 1700, 2700, 1720 };
		XWPFTable table = table(doc, 2, header.length, widths, true);
		fillRow(table.getRow(0), header, 12, true, true);
		fillRow(table.getRow(1), row, 12, false, false);
		table.getRow(0).setRepeatHeader(true);
		table.getRow(1).setCantSplitRow(true);
	}

	// ---- building blocks

	private static XWPFTable table(XWPFDocument doc, int rows, int cols, int[] widths, boolean borders) {
		XWPFTable table = doc.createTable(rows, cols);
		table.setTableAlignment(TableRowAlign.CENTER);
		CTTblPr pr = table.getCTTbl().getTblPr();
		pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
		CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
		int sum = 0;
		for (int w : widths) {
			sum += w;
		}
		width.setW(BigInteger.valueOf(sum));
		width.setType(STTblWidth.DXA);
		if (!borders) {
			table.removeBorders();
		}
		else {
			table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
			table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
			table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
			table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
			table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
			table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
		}
		var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int w : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < cols; c++) {
				row.getCell(c).setWidth(String.valueOf(widths[c]));
			}
		}
		return table;
	}

	private static void fillRow(XWPFTableRow row, String[] texts, int size, boolean bold, boolean centred) {
		for (int c = 0; c < texts.length; c++) {
			XWPFTableCell cell = row.getCell(c);
			ParagraphAlignment align = centred || c != 1 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
			if (texts[c].startsWith("[annex.") && (c == 1 || c == 5 || c == 6)) {
				align = ParagraphAlignment.LEFT;
			}
			cellLine(cell, true, align, size, bold, false, texts[c]);
			cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
		}
	}

	private static XWPFParagraph cellLine(XWPFTableCell cell, boolean first, ParagraphAlignment align, int size,
			boolean bold, boolean italic, String text) {
		XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
		p.setAlignment(align);
		p.setSpacingAfter(0);
		p.setSpacingBefore(0);
		run(p, size, bold, italic, text);
		return p;
	}

	/** A short centred line under a heading, as the Decree draws it: a paragraph's bottom border, indented. */
	private static void cellRule(XWPFTableCell cell, int indent) {
		XWPFParagraph p = cell.addParagraph();
		ruleOf(p, indent);
	}

	private static void rule(XWPFDocument doc, int indent) {
		ruleOf(doc.createParagraph(), indent);
	}

	private static void ruleOf(XWPFParagraph p, int indent) {
		p.setIndentationLeft(indent);
		p.setIndentationRight(indent);
		p.setSpacingAfter(120);
		p.setSpacingBefore(0);
		var pr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
		CTBorder bottom = pr.addNewPBdr().addNewBottom();
		bottom.setVal(STBorder.SINGLE);
		bottom.setSz(BigInteger.valueOf(6));
		bottom.setSpace(BigInteger.ONE);
		bottom.setColor("000000");
		XWPFRun run = p.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(4);
	}

	private static XWPFParagraph heading(XWPFDocument doc, String text) {
		XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 14, true, false, text);
		p.setIndentationFirstLine(MM10);
		return p;
	}

	private static XWPFParagraph text(XWPFDocument doc, String text) {
		XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 14, false, false, text);
		p.setIndentationFirstLine(MM10);
		return p;
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, int size, boolean bold,
			boolean italic, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(align);
		p.setSpacingBefore(60);
		p.setSpacingAfter(60);
		run(p, size, bold, italic, text);
		return p;
	}

	private static void run(XWPFParagraph p, int size, boolean bold, boolean italic, String text) {
		XWPFRun run = p.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(text);
	}

	/** The placeholders of this template, for the test that keeps the shipped file in step. */
	static List<String> placeholders() {
		return List.of("{{issuingBodyUpper}}", "{{issuingBodyName}}", "{{documentNumber}}", "{{placeDate}}",
				"{{subject}}", "{{@recipientLine}}", "{{planTitle}}", "{{issuingBody}}", "{{periodPhrase}}", "{{from}}",
				"{{to}}", "{{asOf}}", "{{totalTasks}}", "{{doneTotal}}", "{{doneOnTime}}", "{{doneLate}}",
				"{{openInTime}}", "{{openOverdue}}", "{{notStarted}}", "{{percentDone}}", "{{@unitReports}}",
				"{{@shortcomings}}", "{{@nextSteps}}", "{{@recipients}}", "{{signerAuthority}}", "{{signerTitle}}",
				"{{signerName}}", "{{periodPhraseUpper}}", "{{documentDay}}", "[areas.name]", "[annex.content]");
	}

}
