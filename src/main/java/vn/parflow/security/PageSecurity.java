package vn.parflow.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.util.HtmlUtils;

/**
 * Parflow's own pages ({@code /plans}, {@code /dashboard}, {@code /deadlines}, vn.parflow.web) with the same login
 * as the webapps: the webapps' session ({@link WebappLogin} on {@code /login} creates one; a login in the Tasklist
 * does too), or HTTP Basic for scripts. A page asked for without a login redirects to {@code /login}. The pages
 * are scoped like the API: intake for {@code plan-admins} and {@code camunda-admin} (activation is the API's
 * {@code POST /api/plans/{code}/activate}, called by the plan's page with the session), a task's page
 * like its history ({@link TaskHistoryAccess}). Forms carry the session's CSRF token ({@link PageCsrfTokenRepository}).
 */
@Configuration(proxyBeanMethods = false)
class PageSecurity {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	static final String TASK_PAGE = "/plans/{code}/tasks/{number}";

	@Bean
	@Order(2)
	SecurityFilterChain pageFilterChain(HttpSecurity http, CamundaUsers users, ProcessEngine engine,
			TaskHistoryAccess taskAccess) throws Exception {
		http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/plans"), PATHS.matcher("/plans/**"),
				PATHS.matcher("/dashboard"), PATHS.matcher("/dashboard/**"), PATHS.matcher("/deadlines"),
				PATHS.matcher("/login"), PATHS.matcher("/logout")))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(PATHS.matcher("/login")).permitAll()
				.requestMatchers(PATHS.matcher("/plans/intake"), PATHS.matcher("/plans/intake/**"))
				.hasAnyAuthority(SecurityConfiguration.PLAN_ADMINS, SecurityConfiguration.ADMIN)
				.requestMatchers(PATHS.matcher(HttpMethod.GET, TASK_PAGE)).access(taskAccess)
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName("Parflow"))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(PageSecurity::toLogin)
				.accessDeniedHandler(PageSecurity::forbidden))
			.csrf(csrf -> csrf.csrfTokenRepository(new PageCsrfTokenRepository())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.headers(headers -> headers.frameOptions(frames -> frames.sameOrigin()))
			.addFilterAfter(new CamundaSessionAuthenticationFilter(users, engine.getName()),
					BasicAuthenticationFilter.class);
		return http.build();
	}

	/** Not logged in: to the login page, which comes back here afterwards. */
	static void toLogin(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String back = request.getRequestURI().substring(request.getContextPath().length());
		if (request.getQueryString() != null) {
			back += "?" + request.getQueryString();
		}
		response.sendRedirect(request.getContextPath() + "/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
	}

	static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		String message = ex instanceof CsrfException
				? "Phiên làm việc đã hết hạn hoặc biểu mẫu đã cũ. Hãy tải lại trang rồi thử lại."
				: "Bạn không có quyền mở trang này. Trang chỉ dành cho người có vai trò phù hợp hoặc thuộc đơn vị liên quan.";
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType("text/html;charset=UTF-8");
		String home = request.getContextPath();
		response.getWriter().write("""
				<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Không có quyền truy cập – Parflow</title><link rel="stylesheet" href="%1$s/css/parflow.css"></head>
				<body class="pf-plain"><main class="pf-main pf-narrow"><section class="pf-card"><h1>Không có quyền truy cập</h1>
				<p>%2$s</p><p><a class="pf-button" href="%1$s/dashboard">Về trang tổng quan</a></p></section></main></body></html>
				""".formatted(home, HtmlUtils.htmlEscape(message)));
	}

}
