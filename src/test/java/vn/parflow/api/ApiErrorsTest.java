package vn.parflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring MVC's own refusals under {@code /api}, which come before or around any controller, answered as Parflow's
 * problems; and a request outside {@code /api} left to its own handling. Security is left out of the slice
 * ({@code addFilters = false}; the real chain is proved in {@code ApiSecurityIT}).
 */
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = { ApiErrors.class, ApiErrorsTest.Probe.class, ApiErrorsTest.Page.class })
class ApiErrorsTest {

	record Phrase(String phrase) {
	}

	@RestController
	static class Probe {

		@PostMapping(path = "/api/probe", consumes = MediaType.APPLICATION_JSON_VALUE)
		@BodyExample("{\"phrase\": \"Quý III/2025\"}")
		String probe(@RequestBody Phrase phrase) {
			return phrase.phrase();
		}

		@GetMapping("/api/probe/year")
		int year(@RequestParam int year) {
			return year;
		}

		@GetMapping("/api/probe/broken")
		String broken() {
			throw new IllegalStateException("a bug, in English, with internals");
		}

	}

	@Controller
	static class Page {

		@GetMapping("/probe-page")
		@ResponseBody
		String page() {
			throw new IllegalStateException("a page's bug");
		}

	}

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldAnswerAnUnknownApiPathWith404InVietnamese() throws Exception {
		mvc.perform(get("/api/khong-co"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Không tìm thấy"))
			.andExpect(jsonPath("$.detail").value("Không có địa chỉ GET /api/khong-co trong API của Parflow."))
			.andExpect(jsonPath("$.message").value("Không có địa chỉ GET /api/khong-co trong API của Parflow."))
			.andExpect(jsonPath("$.instance").value("/api/khong-co"));
	}

	@Test
	void shouldAnswerAMethodTheAddressDoesNotTakeWith405AndTheMethodsItTakes() throws Exception {
		mvc.perform(delete("/api/probe"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Allow", "POST"))
			.andExpect(jsonPath("$.title").value("Phương thức không được hỗ trợ"))
			.andExpect(jsonPath("$.detail").value("Địa chỉ /api/probe không nhận phương thức DELETE; chỉ nhận POST."));
	}

	@Test
	void shouldAnswerAContentTypeTheAddressDoesNotTakeWith415() throws Exception {
		mvc.perform(post("/api/probe").contentType(MediaType.TEXT_PLAIN).content("Quý III/2025"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail")
				.value("Địa chỉ /api/probe không nhận nội dung kiểu text/plain; hãy gửi application/json."));
	}

	@Test
	void shouldAnswerABodyThatIsNotJsonWith400AndTheBodyExpected() throws Exception {
		mvc.perform(post("/api/probe").contentType(MediaType.APPLICATION_JSON).content("{\"phrase\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail")
				.value("Nội dung yêu cầu không phải JSON hợp lệ dạng {\"phrase\": \"Quý III/2025\"}."));
	}

	@Test
	void shouldAnswerAParameterOfTheWrongTypeOrMissingWith400() throws Exception {
		mvc.perform(get("/api/probe/year").param("year", "năm nay"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail")
				.value("Tham số “year” = “năm nay” không đọc được: cần một số nguyên, ví dụ 2026."));
		mvc.perform(get("/api/probe/year"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Thiếu tham số “year”."));
	}

	@Test
	void shouldAnswerABugWith500WithoutItsInternals() throws Exception {
		mvc.perform(get("/api/probe/broken"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Lỗi máy chủ"))
			.andExpect(jsonPath("$.detail").value(containsString("Máy chủ gặp lỗi khi xử lý yêu cầu")))
			.andExpect(content().string(not(containsString("internals"))));
	}

	@Test
	void shouldAnswerEvenWhenTheClientAsksForAnotherFormat() throws Exception {
		mvc.perform(get("/api/khong-co.ics").accept(MediaType.parseMediaType("text/calendar")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void shouldLeaveRequestsOutsideTheApiToTheirOwnHandling() {
		assertThatThrownBy(() -> mvc.perform(get("/probe-page")))
			.hasRootCauseInstanceOf(IllegalStateException.class);
	}

	@Test
	void shouldFormatSizesAsAPersonReadsThem() {
		assertThat(UploadLimit.format(DataSize.parse("20MB"))).isEqualTo("20 MB");
		assertThat(UploadLimit.format(DataSize.parse("1536KB"))).isEqualTo("1,5 MB");
		assertThat(UploadLimit.format(DataSize.parse("512KB"))).isEqualTo("512 KB");
	}

}
