package vn.parflow.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place that turns what went wrong under {@code /api} into an answer: an RFC 9457 problem
 * ({@code application/problem+json}) with a Vietnamese {@code title} and {@code detail} and, for the pages' scripts,
 * {@code message} equal to {@code detail} ({@link Problems}). The status is the exception's.
 * <ul>
 * <li>A controller's refusal: {@link org.springframework.web.server.ResponseStatusException} or a module's exception
 * extending {@link org.springframework.web.ErrorResponseException}, whose detail (already Vietnamese) and extra
 * properties are kept.</li>
 * <li>Spring MVC's own refusals, before or around a controller: an unknown path (404), a method (405) or content
 * type (415) the endpoint does not take, a body that is not JSON (400, with the endpoint's {@link BodyExample}), a
 * missing or ill-typed parameter (400), an upload over {@code spring.servlet.multipart.max-file-size} (413, the limit
 * read from that setting and nowhere else).</li>
 * <li>Anything else: 500 with a Vietnamese apology, logged with its stack trace.</li>
 * </ul>
 * The advice is not limited to some controllers because Spring MVC's refusals of an unknown path, method or content
 * type, and of a too-large upload, come before any controller is chosen; it keeps to {@code /api} by the path instead,
 * and gives every other request back to its own handling: the server-rendered pages ({@code vn.parflow.web}) keep
 * their HTML error pages (their advice comes first), the actuator its own answers. Security's 401 and 403 are written
 * by the security filters, in the same shape.
 */
@RestControllerAdvice
@Import(UploadLimit.class)
public class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	private final UploadLimit uploadLimit;

	ApiErrors(UploadLimit uploadLimit) {
		this.uploadLimit = uploadLimit;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request)
			throws MaxUploadSizeExceededException {
		apiOnly(ex, request);
		return answer(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, uploadLimit.refusal()), null, request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HandlerMethod handler,
			HttpServletRequest request) throws HttpMessageNotReadableException {
		apiOnly(ex, request);
		BodyExample example = handler == null ? null : handler.getMethodAnnotation(BodyExample.class);
		String detail = example == null ? "Nội dung yêu cầu không phải JSON hợp lệ."
				: "Nội dung yêu cầu không phải JSON hợp lệ dạng %s.".formatted(example.value());
		return answer(Problems.of(HttpStatus.BAD_REQUEST, detail), null, request);
	}

	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException ex, HttpServletRequest request)
			throws TypeMismatchException {
		apiOnly(ex, request);
		String name = ex.getPropertyName() == null ? "" : "“" + ex.getPropertyName() + "” ";
		return answer(Problems.of(HttpStatus.BAD_REQUEST, "Tham số %s= “%s” không đọc được: cần %s."
			.formatted(name, ex.getValue(), expected(ex.getRequiredType()))), null, request);
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> badMultipart(MultipartException ex, HttpServletRequest request)
			throws MultipartException {
		apiOnly(ex, request);
		return answer(Problems.of(HttpStatus.BAD_REQUEST,
				"Nội dung multipart/form-data không đọc được; hãy gửi lại tệp trong trường “file”."), null, request);
	}

	/** Every other exception: an {@link ErrorResponse} keeps its status (and headers, e.g. {@code Allow}), the rest 500. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> other(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		apiOnly(ex, request);
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException || response.isCommitted()) {
			throw ex;
		}
		if (!(ex instanceof ErrorResponse error)) {
			log.error("Lỗi khi trả lời {} {}", request.getMethod(), Problems.path(request), ex);
			return answer(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Máy chủ gặp lỗi khi xử lý yêu cầu; hãy thử lại"
					+ " sau ít phút, và báo quản trị viên nếu lỗi còn lặp lại."), null, request);
		}
		String framework = frameworkDetail(ex, request);
		ProblemDetail problem = error.getBody();
		if (framework != null || problem.getDetail() == null) {
			problem.setDetail(framework != null ? framework : fallback(error.getStatusCode()));
		}
		if (Problems.hasDefaultTitle(problem)) {
			problem.setTitle(Problems.title(error.getStatusCode()));
		}
		problem.setProperty("message", problem.getDetail());
		return answer(problem, error.getHeaders(), request);
	}

	/** Outside {@code /api} the exception goes back to its own handling (the rethrown exception is not logged). */
	private static <E extends Exception> void apiOnly(E ex, HttpServletRequest request) throws E {
		if (!Problems.isApi(request)) {
			throw ex;
		}
	}

	/**
	 * The Vietnamese detail of Spring MVC's own refusals (their details are English), or null for Parflow's own: an
	 * {@link ErrorResponseException} or {@link ResponseStatusException} thrown by a controller, or a module's
	 * subclass, whose detail is already written for the person.
	 */
	private static String frameworkDetail(Exception ex, HttpServletRequest request) {
		String path = Problems.path(request);
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			return "Không có địa chỉ %s %s trong API của Parflow.".formatted(request.getMethod(), path);
		}
		if (ex instanceof HttpRequestMethodNotSupportedException unsupported) {
			String[] methods = unsupported.getSupportedMethods();
			return "Địa chỉ %s không nhận phương thức %s%s.".formatted(path, unsupported.getMethod(),
					methods == null ? "" : "; chỉ nhận " + String.join(", ", methods));
		}
		if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
			String sent = unsupported.getContentType() == null ? "không khai báo"
					: unsupported.getContentType().toString();
			return "Địa chỉ %s không nhận nội dung kiểu %s; hãy gửi %s.".formatted(path, sent,
					types(unsupported.getSupportedMediaTypes()));
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException unacceptable) {
			return "Địa chỉ %s không trả lời được ở định dạng yêu cầu (Accept); định dạng có: %s.".formatted(path,
					types(unacceptable.getSupportedMediaTypes()));
		}
		if (ex instanceof MissingServletRequestPartException missing) {
			return "Thiếu phần “%s” trong nội dung multipart/form-data.".formatted(missing.getRequestPartName());
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return "Thiếu tham số “%s”.".formatted(missing.getParameterName());
		}
		boolean ours = ex.getClass() == ErrorResponseException.class || ex instanceof ResponseStatusException
				|| !ex.getClass().getName().startsWith("org.springframework.");
		if (!ours) {
			return fallback(((ErrorResponse) ex).getStatusCode());
		}
		return null;
	}

	private static String fallback(HttpStatusCode status) {
		return status.is5xxServerError() ? "Máy chủ chưa trả lời được yêu cầu này; hãy thử lại sau ít phút."
				: "Yêu cầu không hợp lệ (" + Problems.title(status).toLowerCase(Locale.ROOT) + ").";
	}

	private static String types(List<MediaType> types) {
		return types.isEmpty() ? "kiểu khác"
				: types.stream().map(MediaType::toString).collect(Collectors.joining(", "));
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "giá trị đúng kiểu";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "một số nguyên, ví dụ 2026";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true hoặc false";
		}
		if (type == LocalDate.class) {
			return "một ngày dạng yyyy-MM-dd, ví dụ 2026-09-30";
		}
		if (type.isEnum()) {
			return "một trong " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
				.collect(Collectors.joining(", "));
		}
		return "giá trị đúng kiểu";
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpHeaders headers,
			HttpServletRequest request) {
		if (problem.getInstance() == null) {
			problem.setInstance(URI.create(Problems.path(request)));
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus());
		if (headers != null) {
			answer.headers(headers);
		}
		return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
