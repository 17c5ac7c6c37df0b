package vn.parflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.parflow.directory.GroupNames;

/**
 * Who may call what over HTTP.
 * <ul>
 * <li>Parflow's API ({@code /api/**}) and the engine's REST API ({@code /engine-rest/**}): an authenticated user,
 * by HTTP Basic (scripts) or by the webapps' login session (browsers; state-changing calls then need the session's
 * CSRF token). 401 without credentials. On /engine-rest the engine applies Camunda's authorizations to the user.</li>
 * <li>The webapps ({@code /camunda/**}): Camunda's own login, session, authorizations and CSRF filter; Parflow only
 * adds the plugs of {@link CamundaHoles} in front of them.</li>
 * <li>Health and info stay open for monitoring, with their details for {@code camunda-admin} only; the other actuator
 * endpoints and the mail outbox ({@code /api/outbox}) need {@code camunda-admin}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String ADMIN = CamundaUsers.GROUP_AUTHORITY_PREFIX + GroupNames.CAMUNDA_ADMIN;

	static final String PLAN_ADMINS = CamundaUsers.GROUP_AUTHORITY_PREFIX + GroupNames.PLAN_ADMINS;

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, CamundaUsers users, IdentityService identity,
			ProcessEngine engine, TaskHistoryAccess taskHistoryAccess,
			@Value("${spring.jersey.application-path:/engine-rest}") String restPath) throws Exception {
		String engineName = engine.getName();
		JsonSecurityResponses responses = new JsonSecurityResponses();
		RequestMatcher openActuator = new OrRequestMatcher(PATHS.matcher("/actuator/health"),
				PATHS.matcher("/actuator/health/**"), PATHS.matcher("/actuator/info"));
		http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher(restPath),
				PATHS.matcher(restPath + "/**"), PATHS.matcher("/actuator/**")))
			.authorizeHttpRequests(requests -> requests
				// open to monitoring; the details (components, paths, node names) only to administrators
				// (management.endpoint.health.show-details: when-authorized)
				.requestMatchers(openActuator).permitAll()
				.requestMatchers(PATHS.matcher("/api/outbox"), PATHS.matcher("/api/outbox/**")).hasAuthority(ADMIN)
				.requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/plans/import")).hasAnyAuthority(PLAN_ADMINS, ADMIN)
				.requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/plans/{code}/activate"))
				.hasAnyAuthority(PLAN_ADMINS, ADMIN)
				.requestMatchers(PATHS.matcher(HttpMethod.GET, TaskHistoryAccess.PATH)).access(taskHistoryAccess)
				.requestMatchers(PATHS.matcher("/actuator/**")).hasAuthority(ADMIN)
				// a personal calendar feed: its secret token is the credential (calendar apps cannot log in); the
				// person revokes it with DELETE /api/me/calendar-token (vn.parflow.ical.CalendarController)
				.requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/calendar/*.ics")).permitAll()
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(responses).realmName("Parflow"))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(responses).accessDeniedHandler(responses))
			.csrf(csrf -> csrf.csrfTokenRepository(new CamundaSessionCsrfTokenRepository())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(new CsrfRequired(engineName)))
			// Parflow keeps no login of its own: Basic is checked on every request, a browser's login is the
			// webapps' session
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.addFilterAfter(new CamundaSessionAuthenticationFilter(users, engineName), BasicAuthenticationFilter.class)
			.addFilterAfter(new EngineIdentityFilter(identity, restPath), AuthorizationFilter.class);
		return http.build();
	}

	/** Everything else: the webapps (their own login and CSRF filter), static resources, health, error pages. */
	@Bean
	@Order(3)
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(headers -> headers.cacheControl(cache -> cache.disable())
				.frameOptions(frames -> frames.sameOrigin()));
		return http.build();
	}

}
