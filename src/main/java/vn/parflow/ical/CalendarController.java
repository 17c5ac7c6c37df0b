package vn.parflow.ical;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Calendars of deadlines: a plan's as JSON and as an iCalendar feed, and a personal feed that a phone subscribes to
 * without logging in, through a secret token the person creates and revokes.
 */
@RestController
class CalendarController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarService calendars;

	private final CalendarTokens tokens;

	private final Clock clock;

	private final String baseUrl;

	CalendarController(CalendarService calendars, CalendarTokens tokens, Clock clock,
			@Value("${parflow.base-url}") String baseUrl) {
		this.calendars = calendars;
		this.tokens = tokens;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Every deadline of the plan, tasks and reports, with its reminder times. */
	@GetMapping("/api/plans/{code}/calendar")
	ResponseEntity<List<CalendarEntry>> planCalendar(@PathVariable String code) {
		if (calendars.planTitle(code).isEmpty()) {
			throw unknownPlan(code);
		}
		return ResponseEntity.ok(calendars.planCalendar(code));
	}

	@GetMapping("/api/plans/{code}/calendar.ics")
	ResponseEntity<String> planFeed(@PathVariable String code) {
		return calendars.planTitle(code)
			.map(title -> feed("Parflow – " + title, calendars.planCalendar(code), code + ".ics"))
			.orElseThrow(() -> unknownPlan(code));
	}

	/** Creates the caller's personal feed (a new address revokes the previous one) and returns its address. */
	@PostMapping("/api/me/calendar-token")
	ResponseEntity<Map<String, String>> createToken(Principal principal) {
		if (principal == null) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Hãy đăng nhập để tạo lịch cá nhân.");
		}
		String token = tokens.create(principal.getName());
		String url = baseUrl + "/api/calendar/" + token + ".ics";
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("url", url, "webcal", url.replaceFirst("^https?://", "webcal://"), "message",
					"Thêm địa chỉ này vào ứng dụng lịch (đăng ký lịch theo URL). Ai có địa chỉ này đều xem được lịch của bạn: giữ kín, và thu hồi khi cần."));
	}

	@DeleteMapping("/api/me/calendar-token")
	ResponseEntity<Void> revokeToken(Principal principal) {
		if (principal == null) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Hãy đăng nhập để thu hồi lịch cá nhân.");
		}
		tokens.revoke(principal.getName());
		return ResponseEntity.noContent().build();
	}

	/** The personal feed: no login, the token is the secret. */
	@GetMapping("/api/calendar/{token}.ics")
	ResponseEntity<String> personalFeed(@PathVariable String token) {
		return tokens.username(token).map(username -> {
			String name = calendars.personName(username).orElse(username);
			return feed("Parflow – lịch của " + name, calendars.personalCalendar(username), "parflow.ics");
		}).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
				"Địa chỉ lịch này không có hoặc đã bị thu hồi; hãy tạo địa chỉ mới ở trang «Hạn của tôi» của Parflow."));
	}

	private static ResponseStatusException unknownPlan(String code) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có kế hoạch mã “%s”.".formatted(code));
	}

	private ResponseEntity<String> feed(String name, List<CalendarEntry> entries, String filename) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(ICalendar.write(name, entries, Instant.now(clock)));
	}

}
