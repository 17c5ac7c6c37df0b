package vn.parflow.reminder;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.Principal;
import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import vn.parflow.api.ApiErrors;
import vn.parflow.directory.PersonPreferences;

/**
 * How the digest setting and the outbox refuse, on the web slice with the services mocked. Security is left out of
 * the slice ({@code addFilters = false}): the application's configuration needs the engine's identity service, and
 * that only administrators open the outbox is proved with the real filter chain in {@code EngineAttacksIT}.
 */
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = { DigestController.class, OutboxController.class, ApiErrors.class,
		ReminderControllersTest.Clocks.class })
class ReminderControllersTest {

	/** The clock the controllers read (a plain class: no configuration that an integration test could find). */
	static class Clocks {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

	private static final Principal TUAN = () -> "tuan.vhxh";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private PersonPreferences preferences;

	@MockitoBean
	private OutboxStore store;

	@MockitoBean
	private MailDispatcher dispatcher;

	@Test
	void shouldExplainWhatTheDigestSettingNeeds() throws Exception {
		mvc.perform(digest("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(
					"Hãy gửi {\"enabled\": true} để nhận hoặc {\"enabled\": false} để thôi nhận thư tổng hợp hằng ngày."));
		mvc.perform(digest("có"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(
					"Nội dung yêu cầu không phải JSON hợp lệ dạng {\"enabled\": true} hoặc {\"enabled\": false}."));
	}

	@Test
	void shouldAnswer404ForAPersonNotInTheDirectoryAnd401WithoutOne() throws Exception {
		given(preferences.dailyDigest("tuan.vhxh"))
			.willThrow(new IllegalArgumentException("Không có người dùng “tuan.vhxh” trong danh bạ."));

		mvc.perform(get("/api/me/digest").principal(TUAN))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Không có người dùng “tuan.vhxh” trong danh bạ."));
		mvc.perform(get("/api/me/digest"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.message").value("Hãy đăng nhập để đổi cài đặt thư của mình."));
	}

	@Test
	void shouldRefuseAnUnknownStatusAndAPageOutOfRange() throws Exception {
		mvc.perform(get("/api/outbox").param("status", "LOST"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Trạng thái “LOST” không có: chọn QUEUED, SENDING, SENT hoặc FAILED."));
		mvc.perform(get("/api/outbox").param("size", "201"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Trang (page) phải từ 0 trở lên, cỡ trang (size) từ 1 đến 200."));
	}

	@Test
	void shouldAnswer404ForAnUnknownMailAnd409ForOneThatDidNotFail() throws Exception {
		OutboxEntry sent = mock(OutboxEntry.class);
		given(store.find(7)).willReturn(Optional.of(sent));
		given(store.requeue(eq(7L), any())).willReturn(false);

		mvc.perform(get("/api/outbox/42"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Không có thư mã 42 trong hộp thư đi."));
		mvc.perform(post("/api/outbox/42/retry"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Không có thư mã 42 trong hộp thư đi."));
		mvc.perform(post("/api/outbox/7/retry"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Chỉ gửi lại được thư ở trạng thái FAILED (không gửi được)."));
	}

	private static RequestBuilder digest(String body) {
		return put("/api/me/digest").contentType(MediaType.APPLICATION_JSON).content(body).principal(TUAN);
	}

}
