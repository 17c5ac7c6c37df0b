package vn.parflow.schedule;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.parflow.api.ApiErrors;

/**
 * The web slice, without database or engine. It brings its own {@link SliceConfiguration} (Spring Boot's "User
 * Configuration and Slicing"), so that neither the application's security configuration nor its beans behind it
 * (Camunda's identity service) are needed to test how phrases are answered.
 */
@WebMvcTest(ScheduleController.class)
class ScheduleControllerTest {

	@SpringBootConfiguration
	@Import({ ScheduleController.class, ScheduleConfiguration.class, ApiErrors.class })
	static class SliceConfiguration {

	}

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldExpandARecurringPhraseInsideThePlanPeriod() throws Exception {
		parse("""
				{"phrase": "Trước ngày 20 của tháng cuối quý", "periodStart": "2025-07-01", "periodEnd": "2025-12-31"}""")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.kind").value("RECURRING"))
				.andExpect(jsonPath("$.dueDates[0]").value("2025-09-19"))
				.andExpect(jsonPath("$.dueDates[1]").value("2025-12-19"))
				.andExpect(jsonPath("$.labels[0]").value("Quý III/2025"))
				.andExpect(jsonPath("$.reason").doesNotExist());
	}

	@Test
	void shouldReadAOneOffPhraseAndKeepTheRestOfTheCellAsNote() throws Exception {
		parse("""
				{"phrase": "Ban hành trong quý I năm 2026. Thực hiện rà soát", "periodStart": "2026-01-01", "periodEnd": "2026-12-31"}""")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.kind").value("ONE_OFF"))
				.andExpect(jsonPath("$.dueDates[0]").value("2026-03-31"))
				.andExpect(jsonPath("$.note").value("Thực hiện rà soát"));
	}

	@Test
	void shouldAnswerUnresolvedWithTheReason() throws Exception {
		parse("""
				{"phrase": "Khi có phát sinh", "periodStart": "2025-01-01", "periodEnd": "2025-12-31"}""")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.kind").value("UNRESOLVED"))
				.andExpect(jsonPath("$.dueDates").isEmpty())
				.andExpect(jsonPath("$.reason").value(containsString("Khi có phát sinh")));
	}

	@Test
	void shouldRefuseAMissingPhraseInVietnamese() throws Exception {
		parse("""
				{"periodStart": "2025-01-01", "periodEnd": "2025-12-31"}""")
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("Thiếu cụm từ thời gian (phrase)")))
				.andExpect(jsonPath("$.message").value(containsString("Thiếu cụm từ thời gian (phrase)")));
	}

	@Test
	void shouldRefuseADateThatIsNotADate() throws Exception {
		parse("""
				{"phrase": "Quý III/2025", "periodStart": "2025-02-30", "periodEnd": "2025-12-31"}""")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(containsString("2025-02-30")))
				.andExpect(jsonPath("$.detail").value(containsString("periodStart")));
	}

	@Test
	void shouldRefuseAMissingPeriodEnd() throws Exception {
		parse("""
				{"phrase": "Quý III/2025", "periodStart": "2025-01-01"}""")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(containsString("periodEnd")));
	}

	@Test
	void shouldRefuseAnEndBeforeTheStart() throws Exception {
		parse("""
				{"phrase": "Quý III/2025", "periodStart": "2025-12-31", "periodEnd": "2025-07-01"}""")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(containsString("đứng trước ngày bắt đầu")));
	}

	@Test
	void shouldRefuseABodyThatIsNotJson() throws Exception {
		parse("Quý III/2025")
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
				.andExpect(jsonPath("$.detail").value(containsString("không phải JSON hợp lệ dạng {\"phrase\"")));
	}

	@Test
	void shouldReadAReportingSentenceAndItsDeadlinesInTheYearAfter() throws Exception {
		rule("""
				{"sentence": "Báo cáo năm gửi trước ngày 10/01 của năm liền kề năm báo cáo", "periodStart": "2026-01-01", "periodEnd": "2026-12-31"}""")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.rules[0].yearly.nextYear").value(true))
				.andExpect(jsonPath("$.unread").isEmpty())
				.andExpect(jsonPath("$.reportDeadlines[0].period").value("Năm 2026"))
				.andExpect(jsonPath("$.reportDeadlines[0].due").value("2027-01-09"));
	}

	@Test
	void shouldKeepAWindowAsTheDataPeriodAndListAnUnreadSentence() throws Exception {
		rule("""
				{"sentence": "Số liệu báo cáo năm tính từ ngày 15/12 năm trước đến ngày 14/12 của năm báo cáo"}""")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.rules[0].dataPeriods[0].label").value("Năm"))
				.andExpect(jsonPath("$.rules[0].yearly").doesNotExist())
				.andExpect(jsonPath("$.reportDeadlines").isEmpty());
		rule("""
				{"sentence": "Báo cáo đột xuất gửi trong ngày 3 kể từ khi có yêu cầu"}""")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.rules").isEmpty())
				.andExpect(jsonPath("$.unread[0]").value("Báo cáo đột xuất gửi trong ngày 3 kể từ khi có yêu cầu"));
		rule("""
				{"sentence": " "}""")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(containsString("Thiếu câu về chế độ báo cáo")));
	}

	private ResultActions rule(String body) throws Exception {
		return mvc.perform(post("/api/schedule/rule").with(user("tuan.vhxh")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.characterEncoding("UTF-8")
			.content(body));
	}

	private ResultActions parse(String body) throws Exception {
		// a logged-in user's browser: the slice has Spring Security's defaults (login and CSRF); Parflow's own rules
		// for /api are tested over HTTP in vn.parflow.security.ApiSecurityIT
		return mvc.perform(post("/api/schedule/parse").with(user("tuan.vhxh")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.characterEncoding("UTF-8")
			.content(body));
	}

}
