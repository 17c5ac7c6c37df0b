package vn.parflow.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ready means ready: the web server listens before Parflow has deployed its models, loaded the demo accounts or
 * created the first administrator, and a login tried then would fail (and count towards the lock-out). Until the
 * application accepts traffic ({@link ReadinessState#ACCEPTING_TRAFFIC}, after every start-up step), its APIs and
 * the webapps' API answer 503 with a Vietnamese message and {@code Retry-After}; {@code /actuator/health} says
 * OUT_OF_SERVICE meanwhile (its readiness component).
 */
class StartupGate extends OncePerRequestFilter {

	static final String MESSAGE = "Parflow đang khởi động, hãy thử lại sau ít giây.";

	private final ApplicationAvailability availability;

	private volatile boolean ready;

	StartupGate(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!ready) {
			ready = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
		}
		if (ready) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "5");
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Đang khởi động\",\"status\":503,"
				+ "\"detail\":\"" + MESSAGE + "\",\"message\":\"" + MESSAGE + "\"}").getBytes(StandardCharsets.UTF_8));
	}

}
