package vn.parflow.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import vn.parflow.api.Problems;

/**
 * The answers of /api and /engine-rest when a request is not let in: 401 with a Basic challenge, 403, each with a
 * Vietnamese message saying what is missing. Under /api as the API's every other refusal, an RFC 9457 problem
 * ({@link Problems}); elsewhere (the engine's REST API) as JSON {@code {"type": …, "message": …}}, the shape of the
 * engine's own REST errors, which the webapps read.
 */
class JsonSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String LOGIN_REQUIRED = "Cần đăng nhập: gửi tên đăng nhập và mật khẩu (HTTP Basic), hoặc đăng nhập"
			+ " vào Tasklist/Cockpit trước rồi gọi từ cùng trình duyệt.";

	static final String FORBIDDEN = "Bạn không có quyền thực hiện việc này.";

	static final String CSRF = "Yêu cầu thay đổi dữ liệu từ phiên đăng nhập của trình duyệt phải kèm mã chống giả mạo"
			+ " (CSRF) của phiên trong tiêu đề X-XSRF-TOKEN.";

	private final ObjectMapper json = new ObjectMapper();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"Parflow\", charset=\"UTF-8\"");
		String message = ex instanceof BadCredentialsException ? CamundaPasswordAuthenticationProvider.BAD_CREDENTIALS
				: LOGIN_REQUIRED;
		write(request, response, HttpStatus.UNAUTHORIZED, "AuthenticationException", message);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		String message = ex instanceof CsrfException ? CSRF : FORBIDDEN;
		write(request, response, HttpStatus.FORBIDDEN, "AuthorizationException", message);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String message) throws IOException {
		if (Problems.isApi(request)) {
			Problems.write(request, response, Problems.of(status, message));
			return;
		}
		response.setStatus(status.value());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(), Map.of("type", type, "message", message));
	}

}
