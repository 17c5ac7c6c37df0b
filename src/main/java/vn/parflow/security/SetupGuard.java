package vn.parflow.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Plug for CVE-2026-77226 (Camunda 7.24, critical, no community patch): the Admin webapp's first-run setup path
 * ({@code /camunda/api/admin/setup/…}) can create an administrator without authentication. Parflow never needs it:
 * its first administrator comes from the demo directory or from PARFLOW_ADMIN_USER / PARFLOW_ADMIN_PASSWORD, and
 * {@code camunda-admin} can never be emptied ({@link GuardedIdentityProvider}). So the path is refused with 403 for
 * every method, every caller, every spelling (encoded, with path parameters, doubled slashes, any case).
 */
class SetupGuard extends OncePerRequestFilter {

	static final String MESSAGE = "Trang cài đặt lần đầu của Camunda đã bị khoá trong Parflow: quản trị viên đầu tiên"
			+ " chỉ được tạo từ biến môi trường PARFLOW_ADMIN_USER và PARFLOW_ADMIN_PASSWORD (hoặc danh mục demo).";

	private static final Logger log = LoggerFactory.getLogger(SetupGuard.class);

	private final String setupPath;

	private final ObjectMapper json = new ObjectMapper();

	/** @param webappPath the webapps' application path, e.g. /camunda */
	SetupGuard(String webappPath) {
		this.setupPath = (webappPath + "/api/admin/setup").toLowerCase(Locale.ROOT);
	}

	static String normalise(String uri) {
		String path = Expressions.urlDecode(Expressions.urlDecode(uri));
		path = path.replace('\\', '/').replaceAll(";[^/]*", "").replaceAll("/{2,}", "/").replace("/./", "/");
		return path.toLowerCase(Locale.ROOT);
	}

	/** The path as sent and the path the container routes (decoded, dot segments resolved) are both looked at. */
	boolean isSetup(HttpServletRequest request) {
		String routed = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		return isSetup(normalise(request.getRequestURI().substring(request.getContextPath().length())))
				|| isSetup(normalise(routed));
	}

	private boolean isSetup(String path) {
		return path.equals(setupPath) || path.startsWith(setupPath + "/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isSetup(request)) {
			chain.doFilter(request, response);
			return;
		}
		log.warn("Từ chối {} {} từ {}: trang cài đặt lần đầu của Camunda bị khoá", request.getMethod(),
				request.getRequestURI(), request.getRemoteAddr());
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(), Map.of("type", "AuthorizationException", "message", MESSAGE));
	}

}
