package vn.parflow.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
 * Plug for the code-execution path through expressions in task queries (orQueries slipping past
 * {@code enableExpressionsInAdhocQueries=false} in Camunda 7.24, which gets no community patch): every request to
 * the engine's REST API and to the webapps' APIs is refused with 400 when its path, a query parameter, a form field
 * or any key or string value of its JSON body (orQueries included, at any depth) holds {@code ${…}} or {@code #{…}},
 * also URL-encoded. Nothing such a request carries reaches the engine, so no expression of a client is ever
 * evaluated, whatever the engine's own checks miss. Passwords are not looked at ({@link Expressions}).
 * <p>
 * The body is read exactly as the engine's JSON reader reads it ({@link JsonBodies}): JSON that is not UTF-8
 * (UTF-16, UTF-32, which Jackson would detect by itself) and compressed bodies are refused with 415. The same
 * reading then goes to the {@link ProcessVariableGuard} (403 for a write of a variable Parflow owns). Behind this
 * filter the engine refuses such expressions again by itself ({@link QueryExpressionRefusal}).
 */
class ExpressionGuard extends OncePerRequestFilter {

	static final String MESSAGE = "Parflow từ chối yêu cầu có biểu thức (${…} hoặc #{…}) ở “%s”: truy vấn và dữ liệu"
			+ " gửi tới Camunda không được chứa biểu thức.";

	/** Camunda's REST bodies are small; anything larger is refused rather than let through unread. */
	static final int MAX_BODY = 5 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(ExpressionGuard.class);

	private final ObjectMapper json = new ObjectMapper();

	private final ProcessVariableGuard variables;

	ExpressionGuard(ProcessVariableGuard variables) {
		this.variables = variables;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (Expressions.holdsExpression(request.getRequestURI())) {
			refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, MESSAGE.formatted("đường dẫn"));
			return;
		}
		Optional<String> found = Expressions.inQueryString(request.getQueryString());
		if (found.isPresent()) {
			refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, MESSAGE.formatted(found.get()));
			return;
		}
		if (variables != null) {
			// a variable named in the path (PUT …/variables/officer, also multipart …/data)
			Optional<String> trusted = variables.check(request.getMethod(), request.getRequestURI(), null);
			if (trusted.isPresent()) {
				refuse(request, response, HttpServletResponse.SC_FORBIDDEN, trusted.get());
				return;
			}
		}
		String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
		if (contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
			// the container parses the fields once; the engine's resources read them from the same map
			found = Expressions.inParameters(request.getParameterMap());
			if (found.isPresent()) {
				refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, MESSAGE.formatted(found.get()));
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		String encoding = request.getHeader("Content-Encoding");
		if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.strip())) {
			refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
					"Parflow không nhận nội dung nén (Content-Encoding: %s).".formatted(encoding));
			return;
		}
		if (contentType.startsWith("multipart/") || !hasBody(request) || binary(contentType)) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
					"Nội dung yêu cầu quá lớn (tối đa %d MB).".formatted(MAX_BODY / 1024 / 1024));
			return;
		}
		// read the bytes as the engine's JSON reader will, or refuse them
		Optional<String> notUtf8 = JsonBodies.refusal(body, request.getContentType());
		if (notUtf8.isPresent()) {
			refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, notUtf8.get());
			return;
		}
		JsonBodies.Body read = JsonBodies.read(body);
		found = Expressions.inJson(read);
		if (found.isPresent()) {
			refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, MESSAGE.formatted(found.get()));
			return;
		}
		if (variables != null) {
			Optional<String> trusted = variables.check(request.getMethod(), request.getRequestURI(), read.json());
			if (trusted.isPresent()) {
				refuse(request, response, HttpServletResponse.SC_FORBIDDEN, trusted.get());
				return;
			}
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
	}

	private static boolean binary(String contentType) {
		return contentType.startsWith("application/octet-stream") || contentType.startsWith("image/")
				|| contentType.startsWith("audio/") || contentType.startsWith("video/");
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
			throws IOException {
		log.warn("Từ chối {} {}: {}", request.getMethod(), request.getRequestURI(), message);
		response.setStatus(status);
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(), Map.of("type", "InvalidRequestException", "message", message));
	}

}
