package vn.parflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.parflow.reporting.DocxTemplate.Line;
import vn.parflow.reporting.DocxTemplate.Row;

/** Filling a template an administrator edited in Word, and the shipped template kept in step with the built-in one. */
class DocxTemplateTest {

	@Test
	void shouldFillAPlaceholderThatWordSplitOverSeveralRunsKeepingTheFirstRunsFormat() throws IOException {
		byte[] template;
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph p = doc.createParagraph();
			p.createRun().setText("Kính gửi: {{recip");
			XWPFRun second = p.createRun();
			second.setText("ient}}; hạn {{due}} ({{unknown}})");
			second.setItalic(true);
			p.getRuns().get(0).setBold(true);
			doc.createParagraph().createRun().setText("{{@lines}}");
			XWPFTable table = doc.createTable(2, 2);
			table.getRow(0).getCell(0).setText("STT");
			table.getRow(1).getCell(0).setText("[rows.n]");
			table.getRow(1).getCell(1).setText("[rows.text]");
			doc.write(out);
			template = out.toByteArray();
		}

		byte[] filled = DocxTemplate.fill(template, Map.of("recipient", "Sở Nội vụ", "due", "09/09/2025"),
				Map.of("lines", List.of(Line.bold("1. Phòng Kinh tế"), Line.plain("- Kết quả: đạt"))),
				Map.of("rows", List.of(new Row(Map.of("n", "1", "text", "Một"), false),
						new Row(Map.of("n", "2", "text", "Hai"), false))));

		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(filled))) {
			XWPFParagraph p = doc.getParagraphs().get(0);
			assertThat(p.getText()).isEqualTo("Kính gửi: Sở Nội vụ; hạn 09/09/2025 ({{unknown}})");
			assertThat(p.getRuns().get(0).text()).isEqualTo("Kính gửi: Sở Nội vụ");
			assertThat(p.getRuns().get(0).isBold()).isTrue();
			assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("1. Phòng Kinh tế");
			assertThat(doc.getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
			assertThat(doc.getParagraphs().get(2).getText()).isEqualTo("- Kết quả: đạt");
			XWPFTable table = doc.getTables().get(0);
			assertThat(table.getRows()).hasSize(3);
			assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("Hai");
		}
	}

	@Test
	void shouldShipATemplateWithEveryPlaceholderOfTheBuiltInOne() throws IOException {
		byte[] shipped = Files.readAllBytes(Path.of("config/templates/bao-cao-cchc.docx"));
		StringBuilder text = new StringBuilder();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(shipped))) {
			doc.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
			doc.getTables().forEach(t -> text.append(ReportDocumentRenderTest.text(t)).append('\n'));
		}
		assertThat(text.toString()).contains(DefaultReportTemplate.placeholders());

		byte[] filled = ReportDocx.render(shipped, ReportDocumentRenderTest.DOCUMENT);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(filled))) {
			assertThat(ReportDocumentIT.paragraphs(doc)).contains("Kết quả công tác cải cách hành chính quý III năm 2025")
				.doesNotContain("{{");
		}
	}

}
