package vn.parflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One person logged in to the Camunda Tasklist as a browser is: the webapps' login, then the session cookie and the
 * CSRF header on every call of the Tasklist's own API ({@code /camunda/api/engine/engine/default/…}). This is what
 * an officer's Tasklist costs; HTTP Basic on {@code /engine-rest} checks the password on every request, which no
 * person's browser does.
 */
final class TasklistSession {

	static final String API = "/camunda/api/engine/engine/default";

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private TasklistSession(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
	}

	/** Logs the person in as the Tasklist's login page does (password {@code demo}, the demo data's). */
	static TasklistSession logIn(String base, String user) {
		TasklistSession session = new TasklistSession(base);
		session.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET().build(), false);
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
		session.send(session.withCsrf(HttpRequest.newBuilder(
				URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), true);
		return session;
	}

	String get(String path) {
		return send(withCsrf(HttpRequest.newBuilder(URI.create(base + API + path))).header("Accept", "application/json")
			.GET()
			.build(), true);
	}

	String post(String path, String json) {
		return send(withCsrf(HttpRequest.newBuilder(URI.create(base + API + path))).header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), true);
	}

	private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.map(token -> request.header("X-XSRF-TOKEN", token))
			.orElse(request);
	}

	private String send(HttpRequest request, boolean mustSucceed) {
		try {
			HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (mustSucceed && answer.statusCode() / 100 != 2) {
				throw new IllegalStateException(request.uri() + " answered " + answer.statusCode() + ": " + answer.body());
			}
			return answer.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
