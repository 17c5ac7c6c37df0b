package vn.parflow.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileKindTest {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(textBlock = """
			bao-cao.pdf,   PDF
			bao-cao.PDF,   PDF
			ke-hoach.doc,  DOC
			ke-hoach.docx, DOCX
			so-lieu.xls,   XLS
			so-lieu.xlsx,  XLSX
			van-ban.odt,   ODT
			anh.png,       PNG
			anh.jpg,       JPEG
			anh.JPEG,      JPEG
			anh.gif,       GIF
			anh.webp,      WEBP
			""")
	void shouldTakeTheKindsOfFileAPlanIsDeliveredIn(String name, FileKind kind) {
		assertThat(FileKind.byName(name)).contains(kind);
	}

	@ParameterizedTest
	@CsvSource({ "setup.exe", "script.js", "trang.html", "bao-cao.docm", "ke-hoach", "anh.svg" })
	void shouldNotTakeOtherKinds(String name) {
		assertThat(FileKind.byName(name)).isEmpty();
	}

	@Test
	void shouldRecogniseEachKindByItsContent() throws IOException {
		assertThat(FileKind.sniff(write("a", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1))))
			.contains(FileKind.PDF);
		assertThat(FileKind.sniff(write("b", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 })))
			.contains(FileKind.PNG);
		assertThat(FileKind.sniff(write("c", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0 })))
			.contains(FileKind.JPEG);
		assertThat(FileKind.sniff(write("d", "GIF89a\1\0\1\0".getBytes(StandardCharsets.ISO_8859_1))))
			.contains(FileKind.GIF);
		assertThat(FileKind.sniff(write("e", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))))
			.contains(FileKind.WEBP);
		assertThat(FileKind.sniff(write("f", docx()))).contains(FileKind.DOCX);
		assertThat(FileKind.sniff(write("g", xlsx()))).contains(FileKind.XLSX);
		assertThat(FileKind.sniff(write("h", xls()))).contains(FileKind.XLS);
		assertThat(FileKind.sniff(write("i", ole2("WordDocument")))).contains(FileKind.DOC);
		assertThat(FileKind.sniff(write("j", odt()))).contains(FileKind.ODT);
	}

	@Test
	void shouldRecogniseNothingInAProgramOrAPageRenamedAsADocument() throws IOException {
		assertThat(FileKind.sniff(write("exe", "MZ\u0090\0\3\0\0\0".getBytes(StandardCharsets.ISO_8859_1)))).isEmpty();
		assertThat(FileKind.sniff(write("html", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))))
			.isEmpty();
		assertThat(FileKind.sniff(write("zip", zip("payload.exe", "MZ")))).isEmpty();
		assertThat(FileKind.sniff(write("ole", ole2("SomethingElse")))).isEmpty();
		assertThat(FileKind.sniff(write("empty", new byte[0]))).isEmpty();
	}

	@Test
	void shouldRefuseOfficeFilesWithMacros() throws IOException {
		ByteArrayOutputStream withMacro = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(withMacro)) {
			entry(zip, "[Content_Types].xml", "<Types/>");
			entry(zip, "word/document.xml", "<w:document/>");
			entry(zip, "word/vbaProject.bin", "macro");
		}

		assertThat(FileKind.sniff(write("macro", withMacro.toByteArray()))).isEmpty();
		assertThat(FileKind.sniff(write("oldmacro", ole2("WordDocument", "Macros")))).isEmpty();
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(dir.resolve(name), content);
	}

	private static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Báo cáo kết quả");
			document.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] xlsx() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(98);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] xls() throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(98);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] ole2(String... streams) throws IOException {
		try (POIFSFileSystem ole = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String stream : streams) {
				ole.createDocument(new java.io.ByteArrayInputStream(new byte[600]), stream);
			}
			ole.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	private static byte[] odt() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
			entry(zip, "content.xml", "<office:document-content/>");
		}
		return out.toByteArray();
	}

	private static byte[] zip(String name, String content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, name, content);
		}
		return out.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		OutputStream out = zip;
		out.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
