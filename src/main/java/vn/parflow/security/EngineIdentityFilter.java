package vn.parflow.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's authorizations on the engine's REST API: for the length of a request to /engine-rest, the engine's
 * current authentication is the authenticated user with their groups and tenants (what Camunda's own
 * ProcessEngineAuthenticationFilter does), so queries return only what the user may read and commands on
 * anything else fail with 403. Cleared afterwards: Parflow's own services run without an authentication.
 */
class EngineIdentityFilter extends OncePerRequestFilter {

	private final IdentityService identity;

	private final String restPath;

	EngineIdentityFilter(IdentityService identity, String restPath) {
		this.identity = identity;
		this.restPath = restPath;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals(restPath) || path.startsWith(restPath + "/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof ParflowUser user)) {
			chain.doFilter(request, response);
			return;
		}
		identity.setAuthentication(user.id(), user.groups(), user.tenants());
		try {
			chain.doFilter(request, response);
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
