package vn.parflow.calendar;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.parflow.api.ApiErrors;

/** {@code GET /api/calendar/days-off} on the web slice, with the shipped table. */
@WebMvcTest(DaysOffController.class)
class DaysOffControllerTest {

	@SpringBootConfiguration
	@Import({ DaysOffController.class, ApiErrors.class })
	static class SliceConfiguration {

		@Bean
		WorkingDays workingDays() {
			return WorkingDays.read("config/calendar/days-off.yaml");
		}

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
		}

	}

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldListTheDaysOffOf2026WithVietnameseNames() throws Exception {
		mvc.perform(get("/api/calendar/days-off").param("year", "2026").with(user("tuan.vhxh")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2026))
			.andExpect(jsonPath("$.announced").value(false))
			.andExpect(jsonPath("$.daysOff[1].date").value("2026-02-16"))
			.andExpect(jsonPath("$.daysOff[1].day").value("16/02/2026"))
			.andExpect(jsonPath("$.daysOff[1].weekday").value("Thứ Hai"))
			.andExpect(jsonPath("$.daysOff[1].name").value("Tết Nguyên đán"))
			.andExpect(jsonPath("$.daysOff[7].name").value("Giỗ Tổ Hùng Vương (nghỉ bù)"))
			.andExpect(jsonPath("$.breaks[1].text").value("Tết Nguyên đán (14/02/2026 – 22/02/2026)"))
			.andExpect(jsonPath("$.breaks[1].days").value(9));
	}

	@Test
	void shouldListTheSaturdayWorkedIn2025() throws Exception {
		mvc.perform(get("/api/calendar/days-off").param("year", "2025").with(user("tuan.vhxh")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.announced").value(true))
			.andExpect(jsonPath("$.workingDays[0].day").value("26/04/2025"))
			.andExpect(jsonPath("$.workingDays[0].weekday").value("Thứ Bảy"));
	}

	@Test
	void shouldTakeThisYearWithoutAYear() throws Exception {
		mvc.perform(get("/api/calendar/days-off").with(user("tuan.vhxh")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2026));
	}

	@Test
	void shouldAnswer404InVietnameseForAYearNotInTheTable() throws Exception {
		mvc.perform(get("/api/calendar/days-off").param("year", "2031").with(user("tuan.vhxh")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Lịch ngày nghỉ chưa có năm 2031")))
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("Lịch ngày nghỉ chưa có năm 2031")));
		mvc.perform(get("/api/calendar/days-off").param("year", "hai nghìn").with(user("tuan.vhxh")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Tham số “year” = “hai nghìn” không đọc được: cần một số nguyên, ví dụ 2026."));
	}

	@Test
	void shouldRefuseAnonymousCallers() throws Exception {
		mvc.perform(get("/api/calendar/days-off").param("year", "2026")).andExpect(status().isUnauthorized());
	}

}
