package vn.parflow.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One login for everything: a browser that logged in to the Tasklist, Cockpit or Admin carries the webapps' HTTP
 * session, in which Camunda keeps its {@link Authentications}. A request to /api or /engine-rest with that session
 * and no other credentials counts as that user. Groups are read afresh from the engine, not from the webapps'
 * cache, so a membership removed in Camunda Admin takes effect at once. Such requests need the webapps' CSRF
 * token when they change anything ({@link CamundaSessionCsrfTokenRepository}).
 */
class CamundaSessionAuthenticationFilter extends OncePerRequestFilter {

	/** Where the webapps keep their logins (org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil). */
	static final String SESSION_ATTRIBUTE = "authenticatedUser";

	private final CamundaUsers users;

	private final String engineName;

	CamundaSessionAuthenticationFilter(CamundaUsers users, String engineName) {
		this.users = users;
		this.engineName = engineName;
	}

	/** The user the webapps' session logged in on Parflow's engine, or null. */
	static String sessionUser(HttpServletRequest request, String engineName) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Object stored = session.getAttribute(SESSION_ATTRIBUTE);
		if (!(stored instanceof Authentications authentications)) {
			return null;
		}
		Authentication login = authentications.getAuthenticationForProcessEngine(engineName);
		return login == null ? null : login.getIdentityId();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		org.springframework.security.core.Authentication current = SecurityContextHolder.getContext()
			.getAuthentication();
		if (current == null || current instanceof AnonymousAuthenticationToken) {
			String userId = sessionUser(request, engineName);
			if (userId != null) {
				users.load(userId, true).ifPresent(user -> {
					SecurityContext context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(CamundaUsers.authentication(user));
					SecurityContextHolder.setContext(context);
				});
			}
		}
		chain.doFilter(request, response);
	}

}
