package vn.parflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import vn.parflow.plan.ImportProblem.Severity;

/**
 * Files that are not a plan, or are broken: each gets one clear Vietnamese error naming the file, never an
 * exception. The small Word files here are made with POI only for these error cases; real plans are the
 * LibreOffice fixtures of {@link DocxPlanReaderTest}.
 */
class PlanFileReaderTest {

	static final String CONTENT_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
			+ "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
			+ "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
			+ "officedocument.wordprocessingml.document.main+xml\"/></Types>";


	private final PlanFileReader reader = new PlanFileReader();

	@Test
	void shouldRefuseAnEmptyFile() {
		assertOneError(reader.read("ke-hoach.docx", new byte[0]), "ke-hoach.docx", "trống");
	}

	@Test
	void shouldRefuseAPdfByItsContentWhateverItsName() {
		byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);

		assertOneError(reader.read("ke-hoach.docx", pdf), "Tệp ke-hoach.docx không phải .docx, .xlsx hay .yaml", "PDF");
	}

	@Test
	void shouldRefuseAnOldWordDocumentAskingToSaveItAsDocx() throws IOException {
		ByteArrayOutputStream doc = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
			fs.writeFilesystem(doc);
		}

		assertOneError(reader.read("ke-hoach.doc", doc.toByteArray()), "Tệp ke-hoach.doc không phải .docx, .xlsx hay .yaml",
				"Word 97-2003", "lưu lại dạng .docx");
	}

	@Test
	void shouldRefuseABinaryFile() {
		byte[] binary = new byte[2048];
		new Random(7).nextBytes(binary);
		binary[0] = 0x7f;
		binary[10] = 0;

		assertOneError(reader.read("anh.png", binary), "Tệp anh.png không phải .docx, .xlsx hay .yaml");
	}

	@Test
	void shouldReportACorruptZipNamingTheFile() {
		byte[] corrupt = new byte[4096];
		new Random(42).nextBytes(corrupt);
		corrupt[0] = 'P';
		corrupt[1] = 'K';
		corrupt[2] = 3;
		corrupt[3] = 4;

		assertOneError(reader.read("ke-hoach-hong.docx", corrupt), "Tệp ke-hoach-hong.docx bị hỏng");
	}

	@Test
	void shouldRefuseAZipBombKeepingPoisLimits() throws IOException {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
					+ "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 20; i++) {
				zip.write(spaces);
			}
		}

		assertOneError(reader.read("bom.docx", bomb.toByteArray()), "Tệp bom.docx bị từ chối", "zip bomb");
	}

	@Test
	void shouldRefuseAnEntryLargerThanPoiReadsAsAZipBombInVietnamese() throws IOException {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] letters = new byte[1 << 20];
			java.util.Arrays.fill(letters, (byte) 'A');
			for (int i = 0; i < 120; i++) {
				zip.write(letters);
			}
		}

		PlanDraft draft = reader.read("bom-lon.docx", bomb.toByteArray());
		assertOneError(draft, "Tệp bom-lon.docx bị từ chối", "zip bomb");
		assertThat(draft.problems().get(0).message()).doesNotContain("Tried to allocate");
	}

	@Test
	void shouldNeverResolveAnExternalEntityInsideADocx() throws IOException {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(docx)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("_rels/.rels"));
			zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
					+ "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
					+ "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
					+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
					+ "<w:r><w:t>KẾ HOẠCH &xxe;</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
		}

		PlanDraft draft = reader.read("xxe.docx", docx.toByteArray());
		assertOneError(draft, "Không đọc được tệp xxe.docx", "DTD");
		assertThat(draft.toString()).doesNotContain("root:");
	}

	@Test
	void shouldRefuseAPasswordProtectedFile() throws Exception {
		ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("matkhau");
			try (OPCPackage docx = OPCPackage.open(new ByteArrayInputStream(docx(List.of(List.of("TT", "Nội dung nhiệm vụ")))));
					OutputStream out = encryptor.getDataStream(fs)) {
				docx.save(out);
			}
			fs.writeFilesystem(encrypted);
		}

		assertOneError(reader.read("ke-hoach.docx", encrypted.toByteArray()), "Tệp ke-hoach.docx được đặt mật khẩu");
	}

	@Test
	void shouldRefuseAWordFileWithoutAnAppendixTable() throws IOException {
		XWPFDocument document = new XWPFDocument();
		document.createParagraph().createRun().setText("KẾ HOẠCH");
		document.createParagraph().createRun().setText("Cải cách hành chính nhà nước xã Việt Khê năm 2025");

		PlanDraft draft = reader.read("khong-bang.docx", bytes(document));

		assertThat(errors(draft)).singleElement().extracting(ImportProblem::message).asString()
				.contains("Tệp khong-bang.docx không có bảng danh mục nhiệm vụ");
		assertThat(draft.tasks()).isEmpty();
	}

	@Test
	void shouldRefuseATableWithoutALeadColumnNamingTheTaskColumnItHas() throws IOException {
		byte[] file = docx(List.of(List.of("STT", "Nhiệm vụ thực hiện", "Thời gian"),
				List.of("1", "Ban hành Kế hoạch", "Quý I năm 2025")));

		PlanDraft draft = reader.read("thieu-cot.docx", file);

		assertThat(errors(draft)).singleElement().extracting(ImportProblem::message).asString()
				.contains("thieu-cot.docx").contains("\"Nhiệm vụ thực hiện\"").contains("không có cột cơ quan chủ trì");
	}

	@Test
	void shouldReadATenThousandRowFileQuicklyAndRefuseItWithOneMessage() throws IOException {
		StringBuilder table = new StringBuilder("<w:tbl>").append(row("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian"));
		for (int i = 1; i <= 10_000; i++) {
			table.append(row(String.valueOf(i), "Nhiệm vụ số " + i, "Phòng Kinh tế", "Quý IV/2025"));
		}
		byte[] file = rawDocx(paragraph("KẾ HOẠCH") + paragraph("Cải cách hành chính nhà nước xã Việt Khê năm 2025")
				+ table.append("</w:tbl>"));

		long start = System.nanoTime();
		PlanDraft draft = reader.read("muoi-nghin-dong.docx", file);
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(errors(draft)).singleElement().extracting(ImportProblem::message).asString()
				.contains("muoi-nghin-dong.docx").contains("10.000 dòng").contains("2.000 dòng");
		assertThat(draft.tasks()).isEmpty();
		assertThat(took).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void shouldReadYamlByItsContentWhateverItsName() {
		String yaml = """
				title: Kế hoạch cải cách hành chính xã An Bình năm 2026
				periodStart: 2026-01-01
				periodEnd: 2026-12-31
				tasks:
				  - number: "1"
				    content: Ban hành Kế hoạch
				    lead: Phòng Văn hóa - Xã hội
				""";

		PlanDraft draft = reader.read("ke-hoach.txt", yaml.getBytes(StandardCharsets.UTF_8));

		assertThat(errors(draft)).isEmpty();
		assertThat(draft.tasks()).singleElement().extracting(PlanDraft.TaskRow::lead).isEqualTo("Phòng Văn hóa - Xã hội");
	}

	@Test
	void shouldRefusePlainTextThatIsNotAPlan() {
		byte[] text = "Kính gửi: Ủy ban nhân dân xã.\nNội dung công văn.".getBytes(StandardCharsets.UTF_8);

		assertOneError(reader.read("cong-van.txt", text), "Tệp cong-van.txt không phải .docx, .xlsx hay .yaml");
	}

	@Test
	void shouldRefuseAnExcelFileWithoutATaskTable() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Danh sách cán bộ");
			workbook.write(out);
		}

		PlanDraft draft = reader.read("danh-sach.xlsx", out.toByteArray());

		assertThat(errors(draft)).extracting(ImportProblem::message)
				.anySatisfy(message -> assertThat(message).contains("Tệp danh-sach.xlsx không có bảng danh mục nhiệm vụ"));
	}

	private static void assertOneError(PlanDraft draft, String... parts) {
		assertThat(draft.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.severity()).isEqualTo(Severity.ERROR);
			assertThat(problem.message()).contains(parts);
		});
		assertThat(draft.tasks()).isEmpty();
	}

	private static List<ImportProblem> errors(PlanDraft draft) {
		return draft.problems().stream().filter(problem -> problem.severity() == Severity.ERROR).toList();
	}

	/** A Word file whose only table has these rows (first row = header). */
	private static byte[] docx(List<List<String>> rows) throws IOException {
		XWPFDocument document = new XWPFDocument();
		document.createParagraph().createRun().setText("KẾ HOẠCH");
		document.createParagraph().createRun().setText("Cải cách hành chính nhà nước xã Việt Khê năm 2025");
		XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.getRow(r);
			for (int c = 0; c < rows.get(r).size(); c++) {
				row.getCell(c).setText(rows.get(r).get(c));
			}
		}
		return bytes(document);
	}

	/** A Word file written directly (POI's own writer is slow for 10 000 rows): the three parts Word needs. */
	private static byte[] rawDocx(CharSequence body) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/"
					+ "2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
					+ "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName="
					+ "\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
					+ "document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("_rels/.rels"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
					+ "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
					+ "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
					.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
					+ "wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	private static String paragraph(String text) {
		return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
	}

	private static String row(String... cells) {
		StringBuilder row = new StringBuilder("<w:tr>");
		for (String cell : cells) {
			row.append("<w:tc>").append(paragraph(cell)).append("</w:tc>");
		}
		return row.append("</w:tr>").toString();
	}

	private static byte[] bytes(XWPFDocument document) throws IOException {
		try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.write(out);
			return out.toByteArray();
		}
	}

}
