package vn.parflow.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The kinds of file Parflow takes as deliverables and attachments, recognised by their name's extension and, to be
 * believed, by their content: PDF, Word (.doc, .docx), Excel (.xls, .xlsx), OpenDocument text (.odt) and images
 * (PNG, JPEG, GIF, WebP). Office files with macros are not taken. Plain logic, tested on bytes.
 */
enum FileKind {

	PDF("application/pdf", "pdf"),
	DOC("application/msword", "doc"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLS("application/vnd.ms-excel", "xls"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	ODT("application/vnd.oasis.opendocument.text", "odt"),
	PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg", "jpeg"),
	GIF("image/gif", "gif"),
	WEBP("image/webp", "webp");

	static final String ALLOWED = "PDF, Word (.doc, .docx), Excel (.xls, .xlsx), OpenDocument (.odt) và ảnh (.png,"
			+ " .jpg, .jpeg, .gif, .webp)";

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private final String contentType;

	private final List<String> extensions;

	FileKind(String contentType, String... extensions) {
		this.contentType = contentType;
		this.extensions = List.of(extensions);
	}

	String contentType() {
		return contentType;
	}

	List<String> extensions() {
		return extensions;
	}

	/** The kind a file name claims by its extension, if Parflow takes that kind. */
	static Optional<FileKind> byName(String name) {
		int dot = name == null ? -1 : name.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(kind -> kind.extensions.contains(extension)).findFirst();
	}

	/** What the file really is, by its content; empty for anything else (or an Office file with macros). */
	static Optional<FileKind> sniff(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(16);
		}
		if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(head, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, "GIF87a".getBytes(StandardCharsets.US_ASCII))
				|| startsWith(head, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(GIF);
		}
		if (head.length >= 12 && startsWith(head, "RIFF".getBytes(StandardCharsets.US_ASCII))
				&& new String(head, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
			return Optional.of(WEBP);
		}
		if (startsWith(head, OLE2)) {
			return oldOffice(file);
		}
		if (startsWith(head, new byte[] { 'P', 'K', 3, 4 })) {
			return zipped(file);
		}
		return Optional.empty();
	}

	/** Word 97–2003 keeps a "WordDocument" stream, Excel 97–2003 a "Workbook" (or "Book"); macros sit in "Macros"/"_VBA_PROJECT_CUR". */
	private static Optional<FileKind> oldOffice(Path file) {
		try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = ole.getRoot();
			if (root.hasEntry("Macros") || root.hasEntry("_VBA_PROJECT_CUR")) {
				return Optional.empty();
			}
			if (root.hasEntry("WordDocument")) {
				return Optional.of(DOC);
			}
			if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
				return Optional.of(XLS);
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** The entries' names tell the kind (read from the central directory: nothing is unpacked). */
	private static Optional<FileKind> zipped(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Set<String> names = new HashSet<>();
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				names.add(entries.nextElement().getName());
			}
			if (names.stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
				return Optional.empty();
			}
			ZipEntry mimetype = zip.getEntry("mimetype");
			if (mimetype != null && mimetype.getSize() >= 0 && mimetype.getSize() < 200) {
				try (InputStream in = zip.getInputStream(mimetype)) {
					String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
					return ODT.contentType.equals(type) ? Optional.of(ODT) : Optional.empty();
				}
			}
			if (!names.contains("[Content_Types].xml")) {
				return Optional.empty();
			}
			if (names.contains("word/document.xml")) {
				return Optional.of(DOCX);
			}
			if (names.contains("xl/workbook.xml")) {
				return Optional.of(XLSX);
			}
			return Optional.empty();
		}
		catch (ZipException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
