package vn.parflow.security;

import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The CSRF token of Parflow's pages is the webapps' own token of the session (the one the Tasklist sends to
 * /camunda/api, and that /api and /engine-rest take from a browser, {@link CamundaSessionCsrfTokenRepository}): a
 * page's forms send it as {@code _csrf}, its scripts as {@code X-XSRF-TOKEN}. A session that has none yet (the
 * person logged in on Parflow's page and has not opened a webapp) gets one, stored where the webapps' CSRF filter
 * keeps it, which then goes on using it.
 */
class PageCsrfTokenRepository implements CsrfTokenRepository {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		byte[] secret = new byte[16];
		RANDOM.nextBytes(secret);
		return new DefaultCsrfToken(CamundaSessionCsrfTokenRepository.HEADER, CamundaSessionCsrfTokenRepository.PARAMETER,
				HexFormat.of().withUpperCase().formatHex(secret));
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(CamundaSessionCsrfTokenRepository.SESSION_ATTRIBUTE);
			}
			return;
		}
		request.getSession(true).setAttribute(CamundaSessionCsrfTokenRepository.SESSION_ATTRIBUTE, token.getToken());
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return new CamundaSessionCsrfTokenRepository().loadToken(request);
	}

}
