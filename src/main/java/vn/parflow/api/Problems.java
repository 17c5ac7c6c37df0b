package vn.parflow.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The problem shape of {@code /api} (RFC 9457): {@code type}, a Vietnamese {@code title} for the status,
 * {@code status}, the Vietnamese {@code detail} saying what happened and what to do, {@code instance} (the path
 * asked for) and, for the pages' scripts and older clients, {@code message} equal to {@code detail}. Further
 * properties (the rows of a refused import, the reasons of a refused activation) come after.
 */
public final class Problems {

	/** The path prefix of Parflow's REST API. */
	public static final String API = "/api";

	private static final ObjectMapper JSON = new ObjectMapper();

	private Problems() {
	}

	/** A problem with the Vietnamese title of its status, the detail, and {@code message} equal to the detail. */
	public static ProblemDetail of(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title(status));
		problem.setProperty("message", detail);
		return problem;
	}

	/** Whether the request is one of Parflow's REST API ({@code /api} and below), context path left aside. */
	public static boolean isApi(HttpServletRequest request) {
		String path = path(request);
		return path.equals(API) || path.startsWith(API + "/");
	}

	/** The path asked for, without the context path. */
	public static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** The title of a status in Vietnamese: what kind of problem it is, the same for every problem of that status. */
	public static String title(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "Yêu cầu không hợp lệ";
			case 401 -> "Cần đăng nhập";
			case 403 -> "Không có quyền";
			case 404 -> "Không tìm thấy";
			case 405 -> "Phương thức không được hỗ trợ";
			case 406 -> "Không có định dạng trả lời phù hợp";
			case 409 -> "Xung đột";
			case 413 -> "Tệp quá lớn";
			case 415 -> "Kiểu nội dung không được hỗ trợ";
			case 422 -> "Không xử lý được";
			case 503 -> "Dịch vụ tạm thời chưa sẵn sàng";
			default -> status.is5xxServerError() ? "Lỗi máy chủ" : "Yêu cầu không thực hiện được";
		};
	}

	/**
	 * Writes a problem as the answer, outside Spring MVC (a security filter): the status, {@code application/problem+json}
	 * in UTF-8, and the problem with its {@code instance} set to the path asked for.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		if (problem.getInstance() == null) {
			problem.setInstance(URI.create(path(request)));
		}
		response.setStatus(problem.getStatus());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), fields(problem));
	}

	private static Map<String, Object> fields(ProblemDetail problem) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("type", problem.getType().toString());
		fields.put("title", problem.getTitle());
		fields.put("status", problem.getStatus());
		fields.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			fields.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			fields.putAll(problem.getProperties());
		}
		return fields;
	}

	static boolean hasDefaultTitle(ProblemDetail problem) {
		HttpStatus status = HttpStatus.resolve(problem.getStatus());
		return problem.getTitle() == null || (status != null && status.getReasonPhrase().equals(problem.getTitle()));
	}

}
