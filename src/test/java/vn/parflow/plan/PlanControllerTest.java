package vn.parflow.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import vn.parflow.api.ApiErrors;
import vn.parflow.plan.PlanImportReport.Outcome;
import vn.parflow.plan.PlanImportReport.Problem;

/**
 * How the plan API refuses, on the web slice with the services mocked. Security is left out of the slice
 * ({@code addFilters = false}): the application's security configuration needs the engine's identity service, and
 * who may call what is proved with the real filter chain in {@code ApiSecurityIT}; here the caller is a principal
 * set on the request.
 */
@WebMvcTest(PlanController.class)
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = { PlanController.class, ApiErrors.class })
@ImportAutoConfiguration(MultipartAutoConfiguration.class)
class PlanControllerTest {

	private static final Principal ADMIN = () -> "admin";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private PlanImportService importer;

	@MockitoBean
	private PlanQueries queries;

	@MockitoBean
	private PlanProgress progress;

	@Test
	void shouldRefuseAPlanWithErrorsWith422AndEveryProblemByRowAndColumn() throws Exception {
		given(importer.importPlan(any())).willReturn(report(Outcome.INVALID,
				new Problem(14, "Cơ quan chủ trì", "Dòng 14: không tìm thấy đơn vị “Phòng Tư pháp huyện Mộc Châu”."),
				new Problem(15, "Thời gian", "Dòng 15: thiếu thời gian.")));

		mvc.perform(upload("ke-hoach.yaml"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Kế hoạch chưa nhập được"))
			.andExpect(jsonPath("$.detail").value(startsWith("Chưa lưu gì: tệp có 2 lỗi")))
			.andExpect(jsonPath("$.message").value(startsWith("Chưa lưu gì: tệp có 2 lỗi")))
			.andExpect(jsonPath("$.errors[0].row").value(14))
			.andExpect(jsonPath("$.errors[0].column").value("Cơ quan chủ trì"))
			.andExpect(jsonPath("$.planTitle").value("Kế hoạch cải cách hành chính năm 2026"))
			.andExpect(jsonPath("$.periodStart").value("2026-01-01"));
	}

	@Test
	void shouldRefuseATakenCodeWith409SayingSo() throws Exception {
		given(importer.importPlan(any()))
			.willReturn(report(Outcome.CONFLICT, new Problem(null, "code", "Đã có kế hoạch mã KH-2026.")));

		mvc.perform(upload("ke-hoach.yaml"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Chưa lưu gì: Đã có kế hoạch mã KH-2026."))
			.andExpect(jsonPath("$.outcome").value("CONFLICT"));
	}

	@Test
	void shouldAskForTheFileWhenNoneIsSent() throws Exception {
		mvc.perform(multipart("/api/plans/import").param("code", "KH-2026").principal(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("trong trường “file”")));
	}

	@Test
	void shouldSayTheServersUploadLimitWhenAFileIsTooLarge() throws Exception {
		given(importer.importPlan(any())).willThrow(new MaxUploadSizeExceededException(20L * 1024 * 1024));

		mvc.perform(upload("ke-hoach.docx"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Tệp quá lớn"))
			.andExpect(jsonPath("$.detail").value("Tệp quá lớn: máy chủ nhận mỗi tệp tối đa 20 MB."));
	}

	@Test
	void shouldAnswer404ForAnUnknownPlanSayingWhichOne() throws Exception {
		for (String path : List.of("/api/plans/KH-LA", "/api/plans/KH-LA/tasks", "/api/plans/KH-LA/progress")) {
			mvc.perform(get(path))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.title").value("Không tìm thấy"))
				.andExpect(jsonPath("$.detail").value("Không có kế hoạch mã “KH-LA”."))
				.andExpect(jsonPath("$.instance").value(path));
		}
	}

	@Test
	void shouldRefuseAProgressPeriodThatIsNotOneWith400() throws Exception {
		given(queries.exists("KH-2026")).willReturn(true);

		mvc.perform(get("/api/plans/KH-2026/progress").param("from", "2026-07-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("ngày cuối kỳ (to)")));
		mvc.perform(get("/api/plans/KH-2026/progress").param("from", "01/07/2026").param("to", "2026-09-30"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("“from” = “01/07/2026” không phải ngày")));
		mvc.perform(get("/api/plans/KH-2026/progress").param("from", "2026-09-30").param("to", "2026-07-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("ở trước ngày đầu kỳ")));
	}

	private static RequestBuilder upload(String name) {
		return multipart("/api/plans/import")
			.file(new MockMultipartFile("file", name, "application/octet-stream",
					"code: KH-2026".getBytes(StandardCharsets.UTF_8)))
			.principal(ADMIN);
	}

	private static PlanImportReport report(Outcome outcome, Problem... errors) {
		return new PlanImportReport(outcome, "KH-2026", "Kế hoạch cải cách hành chính năm 2026",
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 0, List.of(), List.of(), List.of(),
				List.of(errors), List.of());
	}

}
