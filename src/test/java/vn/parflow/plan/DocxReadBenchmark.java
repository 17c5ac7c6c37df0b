package vn.parflow.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

/**
 * Import time of a 100-row plan (.docx): the Việt Khê fixture (made by LibreOffice) with its task rows copied until
 * the appendix has 100 tasks, read 20 times after a warm-up; prints the median. Not a test:
 * <pre>
 * mvn -q test-compile &amp;&amp; java -cp "target/test-classes:target/classes:$(cat cp.txt)" vn.parflow.plan.DocxReadBenchmark
 * </pre>
 */
public final class DocxReadBenchmark {

	private static final int TASKS = 100;

	private static final int RUNS = 20;

	private DocxReadBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		byte[] file = hundredRowPlan();
		if (args.length > 0) {
			// keep the file, to time the whole import through the API: curl -F file=@… /api/plans/import
			java.nio.file.Files.write(java.nio.file.Path.of(args[0]), file);
		}
		PlanFileReader reader = new PlanFileReader();
		PlanDraft first = reader.read("benchmark-100.docx", file);
		System.out.printf("tệp %,d byte, %d nhiệm vụ, %d vấn đề%n", file.length, first.tasks().size(), first.problems().size());
		for (int i = 0; i < 30; i++) {
			reader.read("benchmark-100.docx", file);
		}
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			reader.read("benchmark-100.docx", file);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		double median = (nanos[RUNS / 2 - 1] + nanos[RUNS / 2]) / 2e6;
		System.out.printf("đọc .docx 100 dòng: trung vị %.1f ms (nhanh nhất %.1f ms, chậm nhất %.1f ms, %d lần)%n", median,
				nanos[0] / 1e6, nanos[RUNS - 1] / 1e6, RUNS);
	}

	/** The Việt Khê fixture with task rows repeated (renumbered) until the appendix has {@value #TASKS} tasks. */
	static byte[] hundredRowPlan() throws IOException {
		try (InputStream in = DocxReadBenchmark.class.getResourceAsStream("/fixtures/plans/viet-khe-2025-h2.docx");
				XWPFDocument document = new XWPFDocument(in)) {
			XWPFTable table = document.getTables().stream().filter(t -> t.getRows().size() > 20).findFirst().orElseThrow();
			List<XWPFTableRow> taskRows = table.getRows().stream()
					.filter(row -> row.getTableCells().size() == 6 && row.getCell(0).getText().strip().matches("\\d+")
							&& !row.getCell(2).getText().isBlank())
					.toList();
			int tasks = 45;
			int number = 42;
			for (int i = 0; tasks < TASKS; i++, tasks++) {
				XWPFTableRow source = taskRows.get(i % taskRows.size());
				CTRow copy = (CTRow) source.getCtRow().copy();
				XWPFTableRow row = new XWPFTableRow(copy, table);
				row.getCell(0).getParagraphs().get(0).getRuns().forEach(run -> run.setText("", 0));
				row.getCell(0).getParagraphs().get(0).getRuns().get(0).setText(String.valueOf(++number), 0);
				table.addRow(row);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
	}

}
