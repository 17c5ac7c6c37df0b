package vn.parflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

import vn.parflow.plan.ImportProblem.Severity;
import vn.parflow.plan.PlanDraft.TaskRow;

class YamlPlanReaderTest {

	private final YamlPlanReader reader = new YamlPlanReader();

	private static final String HEAD = """
			code: ANBINH-2026
			title: Kế hoạch cải cách hành chính nhà nước xã An Bình năm 2026
			issuingBody: Ủy ban nhân dân xã An Bình
			locality: xã An Bình
			periodStart: 2026-01-01
			periodEnd: 2026-12-31
			decisionNumber: 12/QĐ-UBND
			decisionDate: 2026-01-15
			coordinatingUnit: Phòng Văn hóa - Xã hội
			""";

	@Test
	void shouldReadMonthlyRulesNextYearDaysDataPeriodsAndSectionsThatAreNoReformArea() throws Exception {
		PlanDraft draft = reader.read("an-binh.yaml", HEAD + """
				reportingRules:
				  - report: Báo cáo chuyển đổi số
				    monthly: {day: 15, before: true}
				    yearly: {day: "10/01", before: true, nextYear: true}
				    dataPeriods:
				      - {label: Năm, from: "15/12", fromPreviousYear: true, to: "14/12"}
				tasks:
				  - number: 1
				    section: "B. BẢO ĐẢM AN TOÀN THÔNG TIN"
				    content: Rà soát lỗ hổng máy trạm
				    lead: Văn phòng HĐND và UBND
				  - number: 1
				    section: "C. PHÁT TRIỂN DỮ LIỆU"
				    content: Số hóa hồ sơ hộ tịch
				    lead: Công chức Tư pháp - Hộ tịch
				""");

		assertThat(draft.problems()).isEmpty();
		var rule = draft.reportingRules().get(0);
		assertThat(rule.monthly()).isEqualTo(new vn.parflow.schedule.ReportingRule.MonthlyRule(15, true));
		assertThat(rule.yearly().nextYear()).isTrue();
		assertThat(rule.dataPeriods()).singleElement().satisfies(window -> {
			assertThat(window.label()).isEqualTo("Năm");
			assertThat(window.fromPreviousYear()).isTrue();
		});
		assertThat(draft.tasks()).extracting(PlanDraft.TaskRow::section).containsExactly("B", "C");
		assertThat(draft.tasks()).extracting(PlanDraft.TaskRow::area).containsOnlyNulls();
		assertThat(PlanImportService.numbers(draft.tasks(), new java.util.ArrayList<>()).values())
			.containsExactly("B.1", "C.1");
	}

	@Test
	void shouldReadAPlanWrittenByHand() throws Exception {
		PlanDraft draft = reader.read("an-binh.yaml", HEAD + """
				reportingRules:
				  - report: Báo cáo công tác cải cách hành chính
				    quarterly: {dayOfLastMonth: 10, before: true}
				    yearly: {day: "10/12", before: true}
				    recipient: Sở Nội vụ
				  - report: Báo cáo kiểm soát thủ tục hành chính
				    dates:
				      - {label: Báo cáo quý I, day: "15/3"}
				tasks:
				  - number: 1
				    area: CHI_DAO_DIEU_HANH
				    content: Ban hành Kế hoạch cải cách hành chính năm 2026
				    lead: Phòng Văn hóa - Xã hội
				    coordinating: [Các phòng, ban, đơn vị có liên quan]
				    time: Trong tháng 01/2026
				    deliverables: [Kế hoạch của UBND xã]
				  - number: "1.1"
				    area: Cải cách thể chế
				    content: Rà soát văn bản
				    lead: Công chức Tư pháp - Hộ tịch
				    coordinating: Các phòng, ban, đơn vị có liên quan
				    notes: null
				""");

		assertThat(draft.problems()).isEmpty();
		assertThat(draft.code()).isEqualTo("ANBINH-2026");
		assertThat(draft.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(draft.decisionDate()).isEqualTo(LocalDate.of(2026, 1, 15));
		assertThat(draft.reportingRules()).hasSize(2);
		assertThat(draft.reportingRules().get(0).quarterly().dayOfLastMonth()).isEqualTo(10);
		assertThat(draft.reportingRules().get(0).yearly().day()).isEqualTo(MonthDay.of(12, 10));
		assertThat(draft.reportingRules().get(1).dates()).singleElement().satisfies(date -> {
			assertThat(date.day()).isEqualTo(MonthDay.of(3, 15));
			assertThat(date.before()).isFalse();
		});
		assertThat(draft.tasks()).extracting(TaskRow::number).containsExactly("1", "1.1");
		assertThat(draft.tasks().get(1).area()).isEqualTo(ReformArea.THE_CHE);
		assertThat(draft.tasks().get(1).coordinating()).containsExactly("Các phòng, ban, đơn vị có liên quan");
		assertThat(draft.tasks().get(0).row()).isEqualTo(19);
	}

	@Test
	void shouldNameTheLineIndexAndNumberOfATaskWithoutLead() throws Exception {
		PlanDraft draft = reader.read("an-binh.yaml", HEAD + """
				tasks:
				  - number: "1"
				    content: Ban hành Kế hoạch
				    lead: Phòng Văn hóa - Xã hội
				  - number: "2"
				    content: Xây dựng báo cáo
				""");

		assertThat(draft.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.severity()).isEqualTo(Severity.ERROR);
			assertThat(problem.row()).isEqualTo(14);
			assertThat(problem.column()).isEqualTo("lead");
			assertThat(problem.message()).contains("Dòng 14").contains("nhiệm vụ thứ 2 (số 2)").contains("Thiếu cơ quan chủ trì");
		});
	}

	@Test
	void shouldRefuseAnAreaThatIsNoneOfTheSevenNamingItsLine() throws Exception {
		PlanDraft draft = reader.read("an-binh.yaml", HEAD + """
				tasks:
				  - number: "1"
				    area: NHIEM_VU_KHAC
				    content: Ban hành Kế hoạch
				    lead: Phòng Văn hóa - Xã hội
				""");

		assertThat(draft.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.severity()).isEqualTo(Severity.ERROR);
			assertThat(problem.row()).isEqualTo(12);
			assertThat(problem.column()).isEqualTo("area");
			assertThat(problem.message()).contains("NHIEM_VU_KHAC");
		});
	}

	@Test
	void shouldRefuseADateThatIsNotADate() throws Exception {
		PlanDraft draft = reader.read("an-binh.yaml", HEAD.replace("periodEnd: 2026-12-31", "periodEnd: 31/12/2026") + """
				tasks:
				  - {number: "1", content: Ban hành Kế hoạch, lead: Phòng Văn hóa - Xã hội}
				""");

		assertThat(draft.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.row()).isEqualTo(6);
			assertThat(problem.column()).isEqualTo("periodEnd");
			assertThat(problem.message()).contains("31/12/2026").contains("yyyy-MM-dd");
		});
	}

	@Test
	void shouldReportASyntaxErrorWithItsLine() throws Exception {
		PlanDraft draft = reader.read("an-binh.yaml", HEAD + """
				tasks:
				  - number: "1"
				    content: [Ban hành Kế hoạch
				""");

		assertThat(draft.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.severity()).isEqualTo(Severity.ERROR);
			assertThat(problem.message()).contains("an-binh.yaml").contains("lỗi cú pháp YAML ở dòng");
			assertThat(problem.row()).isNotNull();
		});
	}

	@Test
	void shouldRequireSayingWhetherAReportDayIsBeforeOrOn() throws Exception {
		PlanDraft draft = reader.read("an-binh.yaml", HEAD + """
				reportingRules:
				  - report: Báo cáo công tác cải cách hành chính
				    yearly: {day: "10/12"}
				tasks:
				  - {number: "1", content: Ban hành Kế hoạch, lead: Phòng Văn hóa - Xã hội}
				""");

		assertThat(draft.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.column()).isEqualTo("yearly.before");
			assertThat(problem.row()).isEqualTo(12);
		});
		assertThat(draft.reportingRules().get(0).yearly()).isNull();
	}

	@Test
	void shouldWarnAboutAFieldItDoesNotKnow() throws Exception {
		PlanDraft draft = reader.read("an-binh.yaml", HEAD + """
				tasks:
				  - {number: "1", content: Ban hành Kế hoạch, lead: Phòng Văn hóa - Xã hội, leader: Ông A}
				""");

		assertThat(draft.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.severity()).isEqualTo(Severity.WARNING);
			assertThat(problem.column()).isEqualTo("leader");
		});
	}

	@Test
	void shouldSayATextThatIsNoPlanIsNotAPlan() {
		assertThatThrownBy(() -> reader.read("ghi-chu.txt", "Chỉ là một dòng chữ")).isInstanceOf(YamlPlanReader.NotAPlanException.class);
	}

}
