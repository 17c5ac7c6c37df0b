package vn.parflow.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty Excel template a commune officer fills in when the plan is not in Word: Vietnamese headers, a title and
 * a period row, one section row and one example task, and a sheet "Hướng dẫn" that explains every column.
 * Reading the template back gives one task and no errors.
 */
public final class PlanTemplate {

	static final List<String> HEADERS = List.of("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
			"Thời gian thực hiện/hoàn thành", "Sản phẩm", "Ghi chú");

	private static final int[] WIDTHS = { 6, 60, 28, 34, 24, 34, 30 };

	private static final List<List<String>> GUIDE = List.of(
			List.of("Cột", "Cách ghi"),
			List.of("Dòng tên kế hoạch", "Ghi tên kế hoạch như trên văn bản, có địa bàn và kỳ kế hoạch: \"Cải cách hành "
					+ "chính nhà nước xã An Bình năm 2026\" hoặc \"… 6 tháng cuối năm 2025\"."),
			List.of("Dòng kỳ kế hoạch", "\"năm 2026\", \"6 tháng đầu năm 2026\" hoặc \"6 tháng cuối năm 2026\"."),
			List.of("Dòng chế độ báo cáo", "Chép nguyên câu chế độ báo cáo của kế hoạch, ví dụ \"báo cáo quý, báo cáo 6 "
					+ "tháng gửi trước ngày 10 tháng cuối của quý, báo cáo năm gửi trước ngày 10/12\"."),
			List.of("Dòng mục (I, II, …)", "Một dòng cho mỗi lĩnh vực cải cách hành chính, bắt đầu bằng số La Mã: "
					+ "\"I. Công tác chỉ đạo, điều hành\", \"II. Cải cách thể chế\", \"III. Cải cách thủ tục hành chính\", "
					+ "\"IV. Cải cách tổ chức bộ máy\", \"V. Cải cách chế độ công vụ\", \"VI. Cải cách tài chính công\", "
					+ "\"VII. Xây dựng và phát triển chính quyền điện tử, chính quyền số\". Các nhiệm vụ bên dưới thuộc "
					+ "lĩnh vực đó."),
			List.of("TT", "Số thứ tự của nhiệm vụ (1, 2, 3 …). Dòng không ghi số ngay dưới nhiệm vụ 6 là việc con của "
					+ "nhiệm vụ đó và được đánh số 6.1, 6.2 …"),
			List.of("Nội dung nhiệm vụ", "Bắt buộc. Việc phải làm, ghi như trong kế hoạch."),
			List.of("Cơ quan chủ trì", "Bắt buộc. Một phòng, ban, đơn vị hoặc một chức danh công chức chịu trách nhiệm "
					+ "chính: \"Phòng Văn hóa - Xã hội\", \"Công chức Tư pháp - Hộ tịch\"."),
			List.of("Cơ quan phối hợp", "Có thể để trống. Nhiều đơn vị thì ngăn cách bằng dấu chấm phẩy (;) hoặc ghi "
					+ "mỗi đơn vị một dòng bắt đầu bằng \"-\". Cụm chung như \"Các phòng, ban, đơn vị có liên quan\" "
					+ "được giữ nguyên."),
			List.of("Thời gian thực hiện/hoàn thành", "Ghi như trong kế hoạch: \"Trong tháng 7/2025\", \"Quý III, "
					+ "IV/2025\", \"Trước ngày 10/12/2025\", \"Hàng quý\", \"Thường xuyên\". Cụm không đọc được ngày sẽ "
					+ "được đưa cho người phụ trách đặt hạn, không bị đoán."),
			List.of("Sản phẩm", "Kết quả phải nộp. Nhiều sản phẩm thì ngăn cách bằng dấu chấm phẩy (;)."),
			List.of("Ghi chú", "Có thể để trống: yêu cầu khi nghiệm thu (\"Tính tỷ lệ % …\")."),
			List.of("Giới hạn", "Tối đa " + AppendixTableParser.count(AppendixTableParser.MAX_TASK_ROWS) + " dòng nhiệm vụ trong một tệp."));

	private PlanTemplate() {
	}

	/** The template workbook's bytes (.xlsx). */
	public static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle titleStyle = workbook.createCellStyle();
			titleStyle.setFont(bold);
			titleStyle.setAlignment(HorizontalAlignment.CENTER);
			CellStyle centered = workbook.createCellStyle();
			centered.setAlignment(HorizontalAlignment.CENTER);
			CellStyle header = bordered(workbook.createCellStyle());
			header.setFont(bold);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setWrapText(true);
			CellStyle section = bordered(workbook.createCellStyle());
			section.setFont(bold);
			CellStyle body = bordered(workbook.createCellStyle());
			body.setWrapText(true);
			body.setVerticalAlignment(VerticalAlignment.TOP);

			Sheet plan = workbook.createSheet("Kế hoạch");
			int last = HEADERS.size() - 1;
			text(plan, 0, "KẾ HOẠCH", titleStyle, last);
			text(plan, 1, "Cải cách hành chính nhà nước xã An Bình năm 2026", titleStyle, last);
			text(plan, 2, "Kỳ kế hoạch: năm 2026", centered, last);
			text(plan, 3, "Chế độ báo cáo: báo cáo quý, báo cáo 6 tháng gửi trước ngày 10 tháng cuối của quý, báo cáo "
					+ "năm gửi trước ngày 10/12.", null, last);

			Row headerRow = plan.createRow(5);
			for (int c = 0; c < HEADERS.size(); c++) {
				headerRow.createCell(c).setCellValue(HEADERS.get(c));
				headerRow.getCell(c).setCellStyle(header);
			}
			Row sectionRow = plan.createRow(6);
			for (int c = 0; c < HEADERS.size(); c++) {
				sectionRow.createCell(c).setCellStyle(section);
			}
			sectionRow.getCell(0).setCellValue("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
			plan.addMergedRegion(new CellRangeAddress(6, 6, 0, last));
			List<String> example = List.of("1", "Ban hành Kế hoạch cải cách hành chính năm 2026", "Phòng Văn hóa - Xã hội",
					"Các phòng, ban, đơn vị có liên quan", "Trong tháng 01/2026", "Kế hoạch của UBND xã", "");
			Row exampleRow = plan.createRow(7);
			for (int c = 0; c < example.size(); c++) {
				exampleRow.createCell(c).setCellValue(example.get(c));
				exampleRow.getCell(c).setCellStyle(body);
			}
			for (int c = 0; c < WIDTHS.length; c++) {
				plan.setColumnWidth(c, WIDTHS[c] * 256);
			}
			plan.createFreezePane(0, 6);

			Sheet guide = workbook.createSheet("Hướng dẫn");
			for (int r = 0; r < GUIDE.size(); r++) {
				Row row = guide.createRow(r);
				for (int c = 0; c < 2; c++) {
					row.createCell(c).setCellValue(GUIDE.get(r).get(c));
					row.getCell(c).setCellStyle(r == 0 ? header : body);
				}
			}
			guide.setColumnWidth(0, 30 * 256);
			guide.setColumnWidth(1, 110 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Không tạo được tệp mẫu kế hoạch", e);
		}
	}

	private static void text(Sheet sheet, int row, String text, CellStyle style, int lastColumn) {
		Row created = sheet.createRow(row);
		created.createCell(0).setCellValue(text);
		if (style != null) {
			created.getCell(0).setCellStyle(style);
		}
		sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastColumn));
	}

	private static CellStyle bordered(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

}
