package vn.parflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.parflow.plan.ImportProblem.Severity;

/** The head of a plan as the five seeds write it. */
class PlanHeaderReaderTest {

	private final PlanHeaderReader reader = new PlanHeaderReader();

	private final List<ImportProblem> problems = new ArrayList<>();

	@Test
	void shouldReadTheHeadOfAPlanWithAnIssuingBodyBlockAndABlankDecision() {
		PlanHeaderReader.Header header = reader.read("viet-khe.docx", List.of("ỦY BAN NHÂN DÂN", "XÃ VIỆT KHÊ",
				"CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH",
				"Cải cách hành chính nhà nước xã Việt Khê 6 tháng cuối năm 2025",
				"(Kèm theo Quyết định số       /QĐ-UBND ngày      /7/2025", "của Chủ tịch Ủy ban nhân dân xã Việt Khê)",
				"I. MỤC ĐÍCH, YÊU CẦU"), "", problems);

		assertThat(header.title()).isEqualTo("Kế hoạch cải cách hành chính nhà nước xã Việt Khê 6 tháng cuối năm 2025");
		assertThat(header.issuingBody()).isEqualTo("Ủy ban nhân dân xã Việt Khê");
		assertThat(header.locality()).isEqualTo("xã Việt Khê");
		assertThat(header.periodStart()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(header.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(header.decisionNumber()).isNull();
		assertThat(header.decisionDate()).isNull();
		assertThat(header.code()).isEqualTo("VIETKHE-2025-H2");
	}

	@Test
	void shouldReadAFilledInDecisionNumberAndDate() {
		PlanHeaderReader.Header header = reader.read("le-loi.docx", List.of("ỦY BAN NHÂN DÂN", "PHƯỜNG LÊ LỢI",
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH", "Cải cách hành chính nhà nước phường Lê Lợi năm 2025",
				"(Kèm theo Quyết định số 25 /QĐ-UBND", "ngày 20/01/2025 của Ủy ban nhân dân phường)"), "", problems);

		assertThat(header.decisionNumber()).isEqualTo("25/QĐ-UBND");
		assertThat(header.decisionDate()).isEqualTo(LocalDate.of(2025, 1, 20));
		assertThat(header.issuingBody()).isEqualTo("Ủy ban nhân dân phường Lê Lợi");
		assertThat(header.code()).isEqualTo("LELOI-2025");
	}

	@Test
	void shouldFindTheLocalityInTheOpeningSentenceWhenTheHeadHasNone() {
		PlanHeaderReader.Header header = reader.read("anh-son.docx", List.of("KẾ HOẠCH", "Cải cách hành chính năm 2025",
				"Thực hiện Kế hoạch số 04/KH-UBND ngày 03/01/2025 của Ủy ban nhân dân thị xã Nghi Sơn về ban hành Kế hoạch "
						+ "cải cách hành hình năm 2025. Ủy ban nhân dân xã Anh Sơn ban hành kế hoạch cải cách hành chính năm "
						+ "2025 như sau:"), "", problems);

		assertThat(header.title()).isEqualTo("Kế hoạch cải cách hành chính năm 2025");
		assertThat(header.locality()).isEqualTo("xã Anh Sơn");
		assertThat(header.code()).isEqualTo("ANHSON-2025");
		assertThat(header.decisionNumber()).isNull();
	}

	@Test
	void shouldReportAPeriodItCannotReadInsteadOfGuessing() {
		PlanHeaderReader.Header header = reader.read("ke-hoach.docx", List.of("KẾ HOẠCH", "Cải cách hành chính nhà nước"),
				"", problems);

		assertThat(header.periodStart()).isNull();
		assertThat(problems).anySatisfy(problem -> {
			assertThat(problem.severity()).isEqualTo(Severity.ERROR);
			assertThat(problem.message()).contains("Không đọc được kỳ kế hoạch");
		});
	}

	@Test
	void shouldPutTheReportingRegimeOfTheBodyIntoTheRules() {
		String body = "8. Trách nhiệm chung.\nTrưởng các phòng chuyên môn, các đơn vị có liên quan chỉ đạo thực hiện nghiêm "
				+ "chế độ thông tin báo cáo kết quả tham mưu, thực hiện công tác cải cách hành chính theo định kỳ ( Báo cáo "
				+ "quý, báo cáo 6 tháng gửi trước ngày 10 tháng cuối của quý, báo cáo năm gửi trước ngày 10/12) về Sở Nội vụ "
				+ "để tổng hợp, báo cáo UBND thành phố và Bộ Nội vụ.";

		PlanHeaderReader.Header header = reader.read("viet-khe.docx", List.of("KẾ HOẠCH", "Cải cách hành chính năm 2025"),
				body, problems);

		assertThat(header.reportingRules()).singleElement().satisfies(rule -> {
			assertThat(rule.quarterly().dayOfLastMonth()).isEqualTo(10);
			assertThat(rule.yearly().day()).isEqualTo(java.time.MonthDay.of(12, 10));
			assertThat(rule.recipient()).isEqualTo("Sở Nội vụ");
		});
	}

	@Test
	void shouldWarnAboutAReportingSentenceItCannotRead() {
		String body = "Định kỳ báo cáo tình hình, kết quả thực hiện cải cách hành chính tại xã về UBND thị xã.";

		reader.read("anh-son.docx", List.of("KẾ HOẠCH", "Cải cách hành chính năm 2025"), body, problems);

		assertThat(problems).anySatisfy(problem -> {
			assertThat(problem.severity()).isEqualTo(Severity.WARNING);
			assertThat(problem.message()).startsWith("Chưa đọc được chế độ báo cáo: Định kỳ báo cáo tình hình");
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Cải cách hành chính nhà nước xã Việt Khê 6 tháng cuối năm 2025 | 2025-07-01 | 2025-12-31
			Cải cách hành chính nhà nước xã sáu tháng cuối năm 2025         | 2025-07-01 | 2025-12-31
			Kế hoạch cải cách hành chính 6 tháng đầu năm 2026               | 2026-01-01 | 2026-06-30
			Cải cách hành chính nhà nước phường Lê Lợi năm 2025              | 2025-01-01 | 2025-12-31
			Kế hoạch cải cách hành chính nhà nước xã Vĩnh Bảo năm 2026       | 2026-01-01 | 2026-12-31
			DANH MỤC NHIỆM VỤ CỤ THỂ 6 THÁNG CUỐI NĂM 2025                   | 2025-07-01 | 2025-12-31
			Kế hoạch cải cách hành chính giai đoạn 2026 - 2030               | 2026-01-01 | 2030-12-31
			""")
	void shouldReadThePeriodOfAPlanFromItsTitle(String title, LocalDate start, LocalDate end) {
		assertThat(PlanHeaderReader.periodIn(title)).containsExactly(start, end);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Trên đây là Kế hoạch (qua phòng Văn hoá - Xã hội) để tổng hợp chung xem xét, quyết định./.       | Phòng Văn hoá - Xã hội
			báo cáo Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội để tổng hợp chung) xem xét, quyết định.   | Phòng Văn hóa - Xã hội
			về Ủy ban nhân dân xã (**qua Phòng Văn hóa - Xã hội xã**) để tổng hợp                             | Phòng Văn hóa - Xã hội xã
			báo cáo Ủy ban nhân dân phường (qua công chức Văn phòng - Thống kê) xem xét, quyết định.          | Công chức Văn phòng - Thống kê
			Ủy ban nhân dân xã giao Phòng Văn hóa - Xã hội làm đầu mối theo dõi.                             | Phòng Văn hóa - Xã hội
			Các phòng báo cáo kết quả về Ủy ban nhân dân xã.                                                 |
			""")
	void shouldFindTheCoordinatingOfficeNamedInTheBody(String body, String expected) {
		assertThat(PlanHeaderReader.coordinatingUnit(body)).isEqualTo(expected);
	}

	@Test
	void shouldNotDoubleKeHoachWhenTheTitleLineStartsWithIt() {
		assertThat(PlanHeaderReader.title(List.of("KẾ HOẠCH", "Kế hoạch thực hiện Chương trình chuyển đổi số năm 2026")))
			.isEqualTo("Kế hoạch thực hiện Chương trình chuyển đổi số năm 2026");
		assertThat(PlanHeaderReader.title(List.of("KẾ HOẠCH", "KẾ HOẠCH PHÒNG THỦ DÂN SỰ NĂM 2026")))
			.isEqualTo("Kế hoạch PHÒNG THỦ DÂN SỰ NĂM 2026");
		assertThat(PlanHeaderReader.title(List.of("KẾ HOẠCH", "Cải cách hành chính năm 2026")))
			.isEqualTo("Kế hoạch cải cách hành chính năm 2026");
	}

	@Test
	void shouldTakeATitleLineThatStartsWithKeHoachWhenThereIsNoKeHoachLine() {
		assertThat(PlanHeaderReader.title(List.of("ỦY BAN NHÂN DÂN", "XÃ AN HÒA",
				"Kế hoạch hành động quốc gia về phòng, chống thiên tai xã An Hòa năm 2026")))
			.isEqualTo("Kế hoạch hành động quốc gia về phòng, chống thiên tai xã An Hòa năm 2026");
		assertThat(PlanHeaderReader.title(List.of("Kế hoạch số 12/KH-UBND ngày 03/01/2026")))
			.as("a cited plan is no title").isNull();
	}

}
