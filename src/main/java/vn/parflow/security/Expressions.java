package vn.parflow.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Finds expression language in what a client sends: {@code ${…}} and {@code #{…}}, also URL-encoded
 * ({@code %24%7B}, {@code $%7B}, twice-encoded {@code %2524%257B}) and, in JSON, written with escapes
 * ({@code \u0024{}). Plain logic; {@link ExpressionGuard} applies it to every request reaching the engine.
 * <p>
 * Fields that carry a password are not looked at: a password may contain any sign, and no password is ever read as
 * an expression.
 */
final class Expressions {

	/** JSON keys and form fields whose values are passwords. */
	static final Set<String> PASSWORD_FIELDS = Set.of("password", "authenticatedUserPassword");

	private static final int MAX_DECODING_ROUNDS = 4;

	private static final ObjectMapper JSON = new ObjectMapper();

	private Expressions() {
	}

	/** Whether the text holds an expression, as written or after URL-decoding it (repeatedly). */
	static boolean holdsExpression(String text) {
		if (text == null) {
			return false;
		}
		String current = text;
		for (int round = 0; round <= MAX_DECODING_ROUNDS; round++) {
			if (plain(current)) {
				return true;
			}
			String decoded = urlDecode(current);
			if (decoded.equals(current)) {
				return false;
			}
			current = decoded;
		}
		return plain(current);
	}

	private static boolean plain(String text) {
		return text.contains("${") || text.contains("#{");
	}

	/** URL-decodes; a malformed escape is left as it is (and the rest decoded). */
	static String urlDecode(String text) {
		if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
			return text;
		}
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			StringBuilder out = new StringBuilder();
			int i = 0;
			while (i < text.length()) {
				char c = text.charAt(i);
				if (c == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
					out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
					i += 3;
				}
				else {
					out.append(c == '+' ? ' ' : c);
					i++;
				}
			}
			return out.toString();
		}
	}

	private static boolean isHex(String text, int index) {
		return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
	}

	/**
	 * The first place in a query string ({@code a=1&b=2}, not decoded) that holds an expression: the parameter's
	 * name, or empty when there is none.
	 */
	static Optional<String> inQueryString(String query) {
		if (query == null || query.isEmpty()) {
			return Optional.empty();
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			String value = equals < 0 ? "" : pair.substring(equals + 1);
			String decodedName = urlDecode(name);
			if (holdsExpression(name)) {
				return Optional.of(decodedName);
			}
			if (!PASSWORD_FIELDS.contains(decodedName) && holdsExpression(value)) {
				return Optional.of(decodedName);
			}
		}
		return Optional.empty();
	}

	/** The first parameter of a decoded parameter map (form fields) that holds an expression. */
	static Optional<String> inParameters(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (holdsExpression(parameter.getKey())) {
				return Optional.of(parameter.getKey());
			}
			if (PASSWORD_FIELDS.contains(parameter.getKey())) {
				continue;
			}
			for (String value : parameter.getValue()) {
				if (holdsExpression(value)) {
					return Optional.of(parameter.getKey());
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The JSON path ({@code orQueries[0].nameLike}) of the first key or string value holding an expression, looked
	 * for through every object and array. A body that is not JSON is looked at as plain text.
	 */
	static Optional<String> inJson(String body) {
		if (body == null || body.isBlank()) {
			return Optional.empty();
		}
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (IOException ex) {
			return plain(body) ? Optional.of("(nội dung)") : Optional.empty();
		}
		return inNode(root, "");
	}

	/** The same, for a body read as the server reads it ({@link JsonBodies}). */
	static Optional<String> inJson(JsonBodies.Body body) {
		if (body.json() == null) {
			return plain(body.text()) ? Optional.of("(nội dung)") : Optional.empty();
		}
		return inNode(body.json(), "");
	}

	private static Optional<String> inNode(JsonNode node, String path) {
		if (node == null) {
			return Optional.empty();
		}
		if (node.isTextual()) {
			return plain(node.textValue()) ? Optional.of(path.isEmpty() ? "(nội dung)" : path) : Optional.empty();
		}
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				Optional<String> found = inNode(node.get(i), path + "[" + i + "]");
				if (found.isPresent()) {
					return found;
				}
			}
			return Optional.empty();
		}
		if (node.isObject()) {
			Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
				if (plain(field.getKey())) {
					return Optional.of(fieldPath);
				}
				if (PASSWORD_FIELDS.contains(field.getKey()) && field.getValue().isTextual()) {
					continue;
				}
				Optional<String> found = inNode(field.getValue(), fieldPath);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

}
