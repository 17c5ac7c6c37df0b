package vn.parflow.attachment;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file larger than the server takes at all ({@code spring.servlet.multipart.max-file-size}) is refused before any
 * controller sees it; for attachments the refusal still says why. Other uploads are left to their own handling.
 */
@RestControllerAdvice
class UploadTooLarge {

	private final AttachmentProperties properties;

	UploadTooLarge(AttachmentProperties properties) {
		this.properties = properties;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request)
			throws MaxUploadSizeExceededException {
		String path = request.getRequestURI();
		if (!(path.startsWith(request.getContextPath() + "/api/tasks/") && path.endsWith("/attachments"))) {
			throw ex;
		}
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("message",
				"Tệp quá lớn: mỗi tệp đính kèm tối đa %d MB.".formatted(properties.maxSize().toMegabytes())));
	}

}
