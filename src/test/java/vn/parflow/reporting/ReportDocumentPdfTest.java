package vn.parflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The drafted .docx opens in LibreOffice (Debian's {@code libreoffice-writer}, installed by .ci/run) and prints as
 * a commune's report: converted to PDF, its text has the Decree 30 header, the figures and the annex, with the
 * Vietnamese letters intact. The PDF and, with poppler's {@code pdftoppm}, a PNG of each page are left in
 * {@code target/reports/} to look at. Skipped where LibreOffice is not installed.
 */
class ReportDocumentPdfTest {

	static final Path SOFFICE = Path.of("/usr/bin/soffice");

	static final Path OUT = Path.of("target/reports");

	@Test
	void shouldOpenInLibreOfficeAndPrintTheReport() throws Exception {
		assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice (libreoffice-writer) is not installed");
		Files.createDirectories(OUT);
		Path docx = OUT.resolve("bao-cao-quy-iii.docx");
		Files.write(docx, ReportDocx.render(DefaultReportTemplate.docx(), ReportDocumentRenderTest.DOCUMENT));
		Path profile = Files.createTempDirectory("lo-profile");

		run(List.of(SOFFICE.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
				"--outdir", OUT.toString(), docx.toString()));

		Path pdf = OUT.resolve("bao-cao-quy-iii.pdf");
		assertThat(pdf).exists();
		assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		Path pdftotext = Path.of("/usr/bin/pdftotext");
		if (Files.isExecutable(pdftotext)) {
			Path txt = OUT.resolve("bao-cao-quy-iii.txt");
			run(List.of(pdftotext.toString(), "-layout", pdf.toString(), txt.toString()));
			String text = Files.readString(txt);
			// a sentence may wrap anywhere: read the words as one run of text
			String words = text.replaceAll("\\s+", " ");
			assertThat(words).contains("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "Kết quả công tác cải cách hành chính quý III năm 2025",
					"Phòng Kinh tế: chưa gửi báo cáo", "Tỷ lệ nhiệm vụ hoàn thành: 33,3%", "TM. ỦY BAN NHÂN DÂN",
					"Nguyễn Văn Thắng", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ QUÝ III NĂM 2025", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
			// page 1 has no number; the second page starts with "2"
			String[] pages = text.split("\f");
			assertThat(pages.length).isGreaterThanOrEqualTo(2);
			assertThat(pages[1].strip()).startsWith("2");
		}
		Path pdftoppm = Path.of("/usr/bin/pdftoppm");
		if (Files.isExecutable(pdftoppm)) {
			run(List.of(pdftoppm.toString(), "-png", "-r", "60", pdf.toString(), OUT.resolve("bao-cao-quy-iii").toString()));
		}
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(OUT.resolve("soffice.log").toFile())
			.start();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
		assertThat(process.exitValue()).as("%s exit code", command.get(0)).isZero();
	}

}
