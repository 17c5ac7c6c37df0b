package vn.parflow.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.Principal;
import java.util.List;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments over HTTP: {@code POST /api/tasks/{taskId}/attachments} (multipart field {@code file}),
 * {@code GET /api/tasks/{taskId}/attachments}, {@code GET /api/attachments/{id}}. Refusals ({@link AttachmentRefused})
 * are problems with 400, 403, 404, 413 or 415.
 */
@RestController
class AttachmentController {

	private final AttachmentService attachments;

	AttachmentController(AttachmentService attachments) {
		this.attachments = attachments;
	}

	@PostMapping(path = "/api/tasks/{taskId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentView> upload(@PathVariable String taskId, @RequestParam(name = "file", required = false) MultipartFile file,
			Principal principal) throws IOException {
		if (file == null) {
			throw new AttachmentRefused(HttpStatus.BAD_REQUEST, "Hãy gửi tệp trong trường “file”.");
		}
		AttachmentView stored;
		try (InputStream in = file.getInputStream()) {
			stored = attachments.upload(principal.getName(), taskId, file.getOriginalFilename(), in);
		}
		return ResponseEntity.created(URI.create(stored.downloadPath())).body(stored);
	}

	@GetMapping("/api/tasks/{taskId}/attachments")
	List<AttachmentView> list(@PathVariable String taskId, Principal principal) {
		return attachments.list(principal.getName(), taskId);
	}

	@GetMapping("/api/attachments/{id}")
	ResponseEntity<Resource> download(@PathVariable String id, Principal principal) throws IOException {
		AttachmentService.Download download = attachments.download(principal.getName(), id);
		if (!Files.isRegularFile(download.file())) {
			throw new AttachmentRefused(HttpStatus.NOT_FOUND,
					"Tệp “%s” không còn trong kho lưu trữ.".formatted(download.attachment().name()));
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.attachment().contentType()))
			.contentLength(Files.size(download.file()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(download.attachment().name(), StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(new FileSystemResource(download.file()));
	}

}
