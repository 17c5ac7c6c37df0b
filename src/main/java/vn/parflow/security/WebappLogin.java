package vn.parflow.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.stereotype.Service;

/**
 * Logs a person in on Parflow's own login page exactly as the webapps' login does
 * ({@code UserAuthenticationResource}): the password is checked by the engine (with Camunda's lock-out after
 * failures), the session is renewed, and the webapps' authentication is stored in it. One login therefore opens
 * Parflow's pages, the Tasklist, Cockpit and Admin (as far as the person's groups allow), {@code /api} and
 * {@code /engine-rest}; logging out of either ends both.
 */
@Service
public class WebappLogin {

	private final ProcessEngine engine;

	private final IdentityService identity;

	WebappLogin(ProcessEngine engine, IdentityService identity) {
		this.engine = engine;
		this.identity = identity;
	}

	/** @return the user id when the password is right (the session is then a new, logged-in one) */
	public Optional<String> logIn(HttpServletRequest request, String username, String password) {
		if (username == null || username.isBlank() || password == null || password.isEmpty()) {
			return Optional.empty();
		}
		String userId = username.strip();
		boolean valid = Privileged.call(identity, () -> identity.checkPassword(userId, password));
		if (!valid) {
			return Optional.empty();
		}
		UserAuthentication authentication = Privileged.call(identity,
				() -> AuthenticationUtil.createAuthentication(engine, userId));
		if (authentication == null) {
			return Optional.empty();
		}
		authentication.setCacheValidationTime(ServletContextUtil.getAuthCacheValidationTime(request.getServletContext()));
		AuthenticationUtil.revalidateSession(request, authentication);
		return Optional.of(userId);
	}

	/** Ends the session: Parflow's pages and the webapps alike. */
	public void logOut(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	/** The user the webapps' session belongs to, or null. */
	public String sessionUser(HttpServletRequest request) {
		return CamundaSessionAuthenticationFilter.sessionUser(request, engine.getName());
	}

}
