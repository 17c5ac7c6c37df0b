package vn.parflow.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import vn.parflow.api.ApiErrors;
import vn.parflow.directory.Directory;
import vn.parflow.directory.Directory.Member;
import vn.parflow.directory.Role;

/**
 * How the reporting API refuses (report cycles and report documents), on the web slice with the services mocked.
 * Security is left out of the slice ({@code addFilters = false}): the application's configuration needs the
 * engine's identity service, and who may call what is proved with the real filter chain in {@code ReportCycleIT}
 * and {@code ReportDocumentIT}.
 */
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = { ReportCycleController.class, ReportDocumentController.class, ApiErrors.class })
class ReportingControllersTest {

	private static final Principal LAN = () -> "lan.qtkh";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ReportCycles cycles;

	@MockitoBean
	private ReportingPlans plans;

	@MockitoBean
	private Directory directory;

	@MockitoBean
	private ReportDocuments documents;

	@Test
	void shouldAnswer404ForTheCyclesOfAnUnknownPlan() throws Exception {
		mvc.perform(get("/api/plans/KH-LA/report-cycles"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Không có kế hoạch mã “KH-LA”."));
	}

	@Test
	void shouldLetOnlyPlanAdministratorsOpenACycle() throws Exception {
		mvc.perform(open("{\"report\": \"Báo cáo quý\", \"period\": \"Quý III\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Không có quyền"))
			.andExpect(jsonPath("$.message").value("Chỉ quản trị kế hoạch mới mở được kỳ báo cáo."));
	}

	@Test
	void shouldAskForTheReportAndPeriodAndRefuseACycleThatCannotOpen() throws Exception {
		planAdministrator();
		given(cycles.open("KH-2026", "Báo cáo quý", "Quý V"))
			.willThrow(new IllegalArgumentException("Kế hoạch KH-2026 không có kỳ “Quý V” của “Báo cáo quý”."));

		mvc.perform(open("{\"report\": \"Báo cáo quý\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("tên báo cáo (report) và kỳ (period)")));
		mvc.perform(open("{\"report\": \"Báo cáo quý\", \"period\": \"Quý V\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Kế hoạch KH-2026 không có kỳ “Quý V” của “Báo cáo quý”."));
	}

	@Test
	void shouldAnswer404ForAReportDocumentThatIsNotThere() throws Exception {
		given(documents.target("KH-2026", "bao-cao-quy", "quy-iii"))
			.willReturn(Optional.of(new ReportDocuments.Target(null, null, Optional.empty())));

		mvc.perform(get("/api/plans/KH-2026/reports/bao-cao-quy/quy-iii.pdf"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Chỉ có bản .docx và .xlsx")));
		mvc.perform(get("/api/plans/KH-2026/reports/bao-cao-quy/quy-v.docx"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("không có báo cáo “bao-cao-quy/quy-v”")));
		mvc.perform(get("/api/plans/KH-2026/reports/bao-cao-quy/quy-v/approved.docx"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Kế hoạch KH-2026 không có báo cáo “bao-cao-quy/quy-v”."));
		mvc.perform(get("/api/plans/KH-2026/reports/bao-cao-quy/quy-iii/approved.xlsx"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("chưa được lãnh đạo duyệt")));
	}

	private void planAdministrator() {
		given(directory.activePerson("lan.qtkh")).willReturn(Optional.of(new Member("lan.qtkh", "Nguyễn Thị Lan",
				"lan@example.vn", true, false, Set.of(), Set.of(Role.PLAN_ADMIN))));
	}

	private static RequestBuilder open(String body) {
		return post("/api/plans/KH-2026/report-cycles").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.principal(LAN);
	}

}
