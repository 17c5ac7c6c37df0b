package vn.parflow.attachment;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.security.Principal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.parflow.api.ApiErrors;

/**
 * How uploads and downloads are refused, on the web slice with the service mocked. Security is left out of the
 * slice ({@code addFilters = false}): the application's configuration needs the engine's identity service, and who
 * may call what is proved with the real filter chain in {@code ApiSecurityIT} and {@code UnitIsolationIT}.
 */
@WebMvcTest(AttachmentController.class)
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = { AttachmentController.class, ApiErrors.class })
class AttachmentControllerTest {

	private static final Principal TUAN = () -> "tuan.vhxh";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private AttachmentService attachments;

	@Test
	void shouldAnswerTheServicesRefusalWithItsStatusAndReason() throws Exception {
		given(attachments.upload(eq("tuan.vhxh"), eq("task-1"), eq("cai-dat.exe"), any()))
			.willThrow(new AttachmentRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Không nhận tệp “cai-dat.exe”: chỉ nhận PDF."));
		given(attachments.list("tuan.vhxh", "task-1"))
			.willThrow(new AttachmentRefused(HttpStatus.FORBIDDEN, "Bạn không được xem các tệp của việc này."));

		mvc.perform(multipart("/api/tasks/task-1/attachments")
			.file(new MockMultipartFile("file", "cai-dat.exe", "application/octet-stream", new byte[] { 'M', 'Z' }))
			.principal(TUAN))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Kiểu nội dung không được hỗ trợ"))
			.andExpect(jsonPath("$.detail").value("Không nhận tệp “cai-dat.exe”: chỉ nhận PDF."))
			.andExpect(jsonPath("$.message").value("Không nhận tệp “cai-dat.exe”: chỉ nhận PDF."));
		mvc.perform(get("/api/tasks/task-1/attachments").principal(TUAN))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Bạn không được xem các tệp của việc này."));
	}

	@Test
	void shouldAskForTheFileWhenNoneIsSent() throws Exception {
		mvc.perform(multipart("/api/tasks/task-1/attachments").param("note", "không có tệp").principal(TUAN))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Hãy gửi tệp trong trường “file”."));
	}

	@Test
	void shouldAnswer404WhenTheStoredFileIsGone() throws Exception {
		AttachmentView view = new AttachmentView("a-1", "task-1", "pi-1", 1L, "Báo cáo.pdf", "application/pdf", 10,
				"sha", "mai.vp", Instant.parse("2026-03-02T01:00:00Z"), "/api/attachments/a-1");
		given(attachments.download("tuan.vhxh", "a-1"))
			.willReturn(new AttachmentService.Download(view, Path.of("target/khong-co/a-1")));

		mvc.perform(get("/api/attachments/a-1").principal(TUAN))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("“Báo cáo.pdf” không còn trong kho lưu trữ")));
	}

}
