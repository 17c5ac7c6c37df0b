package vn.parflow.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An HTTP client for the security tests: either a script (HTTP Basic on every request, no cookies kept) or a
 * browser (keeps cookies, logs in through the webapps' login form and carries the webapps' CSRF token).
 */
final class Browser {

	private final String base;

	private final HttpClient client;

	private final String basic;

	private String csrfToken;

	private Browser(String base, String basic, boolean cookies) {
		this.base = base;
		this.basic = basic;
		HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
		if (cookies) {
			builder.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
		}
		this.client = builder.build();
	}

	/** No credentials at all. */
	static Browser anonymous(int port) {
		return new Browser("http://localhost:" + port, null, true);
	}

	/** A script sending HTTP Basic credentials. */
	static Browser script(int port, String user, String password) {
		String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new Browser("http://localhost:" + port, "Basic " + token, false);
	}

	/** A browser that logged in to the Tasklist, holding the session cookie and the session's CSRF token. */
	static Browser loggedIn(int port, String user, String password) {
		Browser browser = anonymous(port);
		browser.openWebapp("/camunda/app/tasklist/default/");
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(browser.uri(
				"/camunda/api/admin/auth/user/default/login/tasklist"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", browser.csrfToken)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password))));
		if (login.statusCode() != 200) {
			throw new IllegalStateException("Đăng nhập webapp thất bại: " + login.statusCode() + " " + login.body());
		}
		// the login starts a new session; its token comes with the next read of the webapps' API
		browser.fetchCsrfToken();
		return browser;
	}

	/** Opens a page of the webapps, which starts a session and hands out its CSRF token. */
	String openWebapp(String path) {
		HttpResponse<String> page = get(path);
		csrfToken = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow(
				() -> new IllegalStateException("Webapp không trả mã CSRF cho " + path + ": " + page.headers()));
		return csrfToken;
	}

	private void fetchCsrfToken() {
		HttpResponse<String> response = get("/camunda/api/admin/auth/user/default");
		csrfToken = response.headers().firstValue("X-XSRF-TOKEN").orElse(csrfToken);
	}

	String csrfToken() {
		return csrfToken;
	}

	URI uri(String path) {
		return URI.create(base + path);
	}

	HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
		if (basic != null) {
			builder.header("Authorization", basic);
		}
		return builder;
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	HttpResponse<String> postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
