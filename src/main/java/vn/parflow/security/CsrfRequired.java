package vn.parflow.security;

import java.net.URI;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which requests must bring a CSRF token: those that change something and whose credentials a browser would send
 * on its own. That is a webapps login session (a cookie), and HTTP Basic credentials a browser remembered, when the
 * request comes from another site. A script's request with an {@code Authorization: Basic} header and no browser
 * origin needs none: another site cannot make a browser add that header.
 */
class CsrfRequired implements RequestMatcher {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final String engineName;

	CsrfRequired(String engineName) {
		this.engineName = engineName;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		if (SAFE_METHODS.contains(request.getMethod())) {
			return false;
		}
		if (hasBasicCredentials(request)) {
			return fromAnotherSite(request);
		}
		return CamundaSessionAuthenticationFilter.sessionUser(request, engineName) != null;
	}

	static boolean hasBasicCredentials(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}

	/** A browser tells where a request comes from in Sec-Fetch-Site and Origin; scripts send neither. */
	static boolean fromAnotherSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && !site.equals("same-origin") && !site.equals("none")) {
			return true;
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return false;
		}
		try {
			URI from = URI.create(origin);
			int port = from.getPort() >= 0 ? from.getPort() : "https".equalsIgnoreCase(from.getScheme()) ? 443 : 80;
			return !(request.getScheme().equalsIgnoreCase(from.getScheme())
					&& request.getServerName().equalsIgnoreCase(from.getHost()) && request.getServerPort() == port);
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

}
