package vn.parflow.security;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The CSRF token of a browser request to /api or /engine-rest is the webapps' own: the only sessions that
 * authenticate those paths are the webapps' login sessions, and Camunda's CSRF filter already keeps a token in
 * each of them (sent to the browser in the {@code XSRF-TOKEN} cookie and the {@code X-XSRF-TOKEN} response header).
 * A page sends it back in the {@code X-XSRF-TOKEN} header, exactly as the Tasklist does for /camunda/api. This
 * repository never stores a token of its own: without a webapps session there is no token, and a state-changing
 * session request without the right token is refused.
 */
class CamundaSessionCsrfTokenRepository implements CsrfTokenRepository {

	/** Where Camunda's CsrfPreventionFilter keeps the session's token (CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME). */
	static final String SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

	static final String HEADER = "X-XSRF-TOKEN";

	static final String PARAMETER = "_csrf";

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		// a token nobody knows: a request that brings none of the session's own is refused
		return new DefaultCsrfToken(HEADER, PARAMETER, UUID.randomUUID().toString());
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		// the webapps own the token; Parflow only reads it
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object token = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
		return token instanceof String value && !value.isBlank() ? new DefaultCsrfToken(HEADER, PARAMETER, value)
				: null;
	}

}
