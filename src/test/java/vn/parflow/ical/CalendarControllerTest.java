package vn.parflow.ical;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.parflow.api.ApiErrors;

/**
 * How the calendars refuse, on the web slice with the services mocked. Security is left out of the slice
 * ({@code addFilters = false}): the application's configuration needs the engine's identity service, and that the
 * personal feed needs no login while the rest does is proved with the real filter chain in {@code CalendarFeedIT}.
 */
@WebMvcTest(properties = "parflow.base-url=https://parflow.example")
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = { CalendarController.class, ApiErrors.class, CalendarControllerTest.Clocks.class })
class CalendarControllerTest {

	/** The clock the controllers read (a plain class: no configuration that an integration test could find). */
	static class Clocks {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CalendarService calendars;

	@MockitoBean
	private CalendarTokens tokens;

	@Test
	void shouldAnswer404ForTheCalendarOfAnUnknownPlanAndARevokedFeed() throws Exception {
		mvc.perform(get("/api/plans/KH-LA/calendar"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Không có kế hoạch mã “KH-LA”."));
		mvc.perform(get("/api/plans/KH-LA/calendar.ics").accept(CalendarController.CALENDAR))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Không có kế hoạch mã “KH-LA”."));
		mvc.perform(get("/api/calendar/da-thu-hoi.ics"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("không có hoặc đã bị thu hồi")));
	}

	@Test
	void shouldAskToLogInForAPersonalFeed() throws Exception {
		mvc.perform(post("/api/me/calendar-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Hãy đăng nhập để tạo lịch cá nhân."));
	}

}
