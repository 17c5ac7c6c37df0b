package vn.parflow.reporting;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.parflow.reporting.ReportDocuments.Generated;
import vn.parflow.reporting.ReportDocuments.Kind;

/**
 * The consolidated report's documents: the draft as of now ({@code …/{period}.docx}, {@code …/{period}.xlsx}) and
 * the version the leader approved ({@code …/{period}/approved.docx}, {@code …/approved.xlsx}), with the slugs of the
 * Quartz job keys.
 */
@RestController
class ReportDocumentController {

	private final ReportDocuments documents;

	ReportDocumentController(ReportDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/api/plans/{code}/reports/{report}/{file:.+}")
	ResponseEntity<byte[]> draft(@PathVariable String code, @PathVariable String report, @PathVariable String file) {
		Optional<Kind> kind = kind(file);
		if (kind.isEmpty()) {
			throw notFound("Chỉ có bản .docx và .xlsx của báo cáo (ví dụ …/quy-iii.docx).");
		}
		String period = file.substring(0, file.lastIndexOf('.'));
		return documents.draft(code, report, period, kind.get())
			.map(ReportDocumentController::download)
			.orElseThrow(() -> notFound(
					"Kế hoạch %s không có báo cáo “%s/%s” (xem GET /api/plans/%s/report-cycles và chế độ báo cáo của kế hoạch)."
						.formatted(code, report, period, code)));
	}

	@GetMapping("/api/plans/{code}/reports/{report}/{period}/{file:approved\\.(?:docx|xlsx)}")
	ResponseEntity<byte[]> approved(@PathVariable String code, @PathVariable String report, @PathVariable String period,
			@PathVariable String file) {
		Kind kind = kind(file).orElseThrow();
		if (documents.target(code, report, period).isEmpty()) {
			throw notFound("Kế hoạch %s không có báo cáo “%s/%s”.".formatted(code, report, period));
		}
		return documents.approved(code, report, period, kind)
			.map(ReportDocumentController::download)
			.orElseThrow(() -> notFound("Báo cáo “%s/%s” của kế hoạch %s chưa được lãnh đạo duyệt: chưa có bản đã duyệt."
				.formatted(report, period, code)));
	}

	private static Optional<Kind> kind(String file) {
		if (file.endsWith(".docx")) {
			return Optional.of(Kind.DOCX);
		}
		if (file.endsWith(".xlsx")) {
			return Optional.of(Kind.XLSX);
		}
		return Optional.empty();
	}

	private static ResponseEntity<byte[]> download(Generated document) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(document.content());
	}

	private static ResponseStatusException notFound(String message) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
	}

}
