package vn.parflow.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a plan file as the officer has it (.docx, .xlsx or .yaml) into a {@link PlanDraft}. The format is decided by
 * the content, not the name. Bad input never throws: the draft carries an error naming the file, row and column.
 */
public final class PlanFileReader {

	private static final String WORD_MAIN = "wordprocessingml";

	private static final String EXCEL_MAIN = "spreadsheetml";

	private final PlanHeaderReader headerReader = new PlanHeaderReader();

	/**
	 * @param filename the name the user gave the file, used in messages only
	 * @param content  the file's bytes
	 */
	public PlanDraft read(String filename, byte[] content) {
		String name = filename == null || filename.isBlank() ? "(không tên)" : filename.strip();
		if (content == null || content.length == 0) {
			return failed("Tệp " + name + " trống, không có nội dung.");
		}
		try {
			FileMagic magic = FileMagic.valueOf(content);
			return switch (magic) {
				case OOXML -> readOfficeOpenXml(name, content);
				case OLE2 -> readOle2(name, content);
				case PDF -> notAPlan(name, "đây là tệp PDF; hãy dùng bản Word (.docx) của kế hoạch");
				case UNKNOWN -> readText(name, content);
				default -> notAPlan(name, "đây là tệp " + magic.name().toLowerCase(Locale.ROOT));
			};
		}
		catch (IOException | RuntimeException | XMLStreamException e) {
			if (isZipBomb(e)) {
				return corrupt(name, e);
			}
			if (e instanceof XMLStreamException || e.getCause() instanceof XMLStreamException) {
				// a DTD, an undeclared entity or broken XML inside the package: never resolved, never echoed
				return failed("Không đọc được tệp " + name + ": phần XML bên trong tệp không hợp lệ (có khai báo DTD "
						+ "hoặc thực thể lạ). Hãy mở tệp bằng Word/Excel và lưu lại.");
			}
			return failed("Không đọc được tệp " + name + ": tệp bị hỏng hoặc có nội dung không đọc được ("
					+ e.getMessage() + ").");
		}
	}

	private PlanDraft readOfficeOpenXml(String name, byte[] content) throws IOException, XMLStreamException {
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(new ByteArrayInputStream(content));
		}
		catch (ODFNotOfficeXmlFileException e) {
			return notAPlan(name, "đây là tệp OpenDocument (.odt/.ods); hãy lưu lại dạng .docx hoặc .xlsx");
		}
		catch (NotOfficeXmlFileException | InvalidFormatException | EmptyFileException | OpenXML4JRuntimeException e) {
			return corrupt(name, e);
		}
		catch (IOException e) {
			if (isZipBomb(e)) {
				return failed("Tệp " + name + " bị từ chối: nội dung nén giãn ra quá lớn so với kích thước tệp (có dấu "
						+ "hiệu \"bom nén\" - zip bomb). Hãy mở tệp bằng Word/Excel và lưu lại.");
			}
			return corrupt(name, e);
		}
		try {
			PackagePart main = mainPart(pkg);
			String type = main == null ? "" : main.getContentType();
			if (type.contains(WORD_MAIN)) {
				return new DocxPlanReader(headerReader).read(name, main);
			}
			if (type.contains(EXCEL_MAIN)) {
				try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
					return new XlsxPlanReader(headerReader).read(name, workbook);
				}
			}
			return notAPlan(name, type.contains("presentationml") ? "đây là tệp PowerPoint" : "tệp nén không phải Word hay Excel");
		}
		catch (POIXMLException e) {
			return corrupt(name, e);
		}
		catch (IOException e) {
			return isZipBomb(e) ? failed("Tệp " + name + " bị từ chối: nội dung nén giãn ra quá lớn (zip bomb).") : corrupt(name, e);
		}
		finally {
			pkg.revert();
		}
	}

	private static PackagePart mainPart(OPCPackage pkg) {
		for (String type : List.of(PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
			PackageRelationshipCollection relations = pkg.getRelationshipsByType(type);
			if (relations != null && relations.size() > 0) {
				return pkg.getPart(relations.getRelationship(0));
			}
		}
		return null;
	}

	private PlanDraft readOle2(String name, byte[] content) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			if (fs.getRoot().hasEntry("EncryptionInfo")) {
				return failed("Tệp " + name + " được đặt mật khẩu (mã hoá), không đọc được. Hãy mở bằng Word/Excel, bỏ "
						+ "mật khẩu rồi tải lên lại.");
			}
			if (fs.getRoot().hasEntry("WordDocument")) {
				return notAPlan(name, "đây là tệp Word 97-2003 (.doc); hãy mở bằng Word và lưu lại dạng .docx");
			}
			if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
				return notAPlan(name, "đây là tệp Excel 97-2003 (.xls); hãy mở bằng Excel và lưu lại dạng .xlsx");
			}
		}
		catch (IOException | RuntimeException e) {
			return corrupt(name, e);
		}
		return notAPlan(name, "đây là tệp Office cũ");
	}

	private PlanDraft readText(String name, byte[] content) {
		int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF ? 3 : 0;
		for (int i = start; i < Math.min(content.length, 8192); i++) {
			if (content[i] == 0) {
				return notAPlan(name, "tệp nhị phân");
			}
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
		}
		catch (CharacterCodingException e) {
			return notAPlan(name, "tệp văn bản không theo mã UTF-8");
		}
		try {
			return new YamlPlanReader().read(name, text);
		}
		catch (YamlPlanReader.NotAPlanException e) {
			return notAPlan(name, e.getMessage());
		}
	}

	private static boolean isZipBomb(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("zip bomb")
					|| message.contains("ZipSecureFile") || message.contains("Tried to allocate an array of length"))) {
				return true;
			}
		}
		return false;
	}

	private static PlanDraft notAPlan(String name, String detail) {
		return failed("Tệp " + name + " không phải .docx, .xlsx hay .yaml (" + detail + ").");
	}

	private static PlanDraft corrupt(String name, Exception e) {
		if (isZipBomb(e)) {
			return failed("Tệp " + name + " bị từ chối: nội dung nén giãn ra quá lớn so với kích thước tệp (có dấu hiệu "
					+ "\"bom nén\" - zip bomb). Hãy mở tệp bằng Word/Excel và lưu lại.");
		}
		return failed("Tệp " + name + " bị hỏng, không mở được như tệp .docx/.xlsx (" + e.getMessage() + ").");
	}

	private static PlanDraft failed(String message) {
		return new PlanDraft(null, null, null, null, null, null, null, null, null, List.of(), List.of(),
				List.of(ImportProblem.error(null, null, message)));
	}

}
