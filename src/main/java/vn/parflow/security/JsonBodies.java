package vn.parflow.security;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Reads a request body the way the engine's REST API will: Camunda's JAX-RS resources hand the raw bytes to Jackson,
 * which ignores the {@code charset} of the Content-Type and detects UTF-8, UTF-16 or UTF-32 (with or without a byte
 * order mark) from the first bytes. A guard that read the bytes as UTF-8 text would see nothing where Jackson reads
 * a query. So Parflow accepts JSON in UTF-8 only, as RFC 8259 §8.1 requires of JSON exchanged between systems:
 * a declared charset other than UTF-8, a UTF-16/UTF-32 byte order mark, a NUL byte (what UTF-16 and UTF-32 text
 * always has, and UTF-8 JSON never has) or bytes that are not UTF-8 are refused; what is left is exactly the text
 * Jackson reads.
 */
final class JsonBodies {

	static final String NOT_UTF8 = "Parflow chỉ nhận nội dung JSON mã hóa UTF-8 (%s). Hãy gửi lại ở dạng UTF-8.";

	private static final ObjectMapper JSON = new ObjectMapper();

	private JsonBodies() {
	}

	/** A body as the server will read it: its text, and its JSON tree when it is JSON. */
	record Body(String text, JsonNode json) {
	}

	/** Why the body is refused (415), or empty when it is UTF-8. */
	static Optional<String> refusal(byte[] body, String contentType) {
		Optional<String> charset = declaredCharset(contentType);
		if (charset.isPresent() && !isUtf8(charset.get())) {
			return Optional.of(NOT_UTF8.formatted("đã khai báo charset=" + charset.get()));
		}
		if (startsWith(body, 0xFE, 0xFF) || startsWith(body, 0xFF, 0xFE) || startsWith(body, 0x00, 0x00, 0xFE, 0xFF)) {
			return Optional.of(NOT_UTF8.formatted("có dấu BOM của UTF-16 hoặc UTF-32"));
		}
		for (byte b : body) {
			if (b == 0) {
				return Optional.of(NOT_UTF8.formatted("có byte 0, như văn bản UTF-16 hoặc UTF-32"));
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body));
		}
		catch (CharacterCodingException ex) {
			return Optional.of(NOT_UTF8.formatted("có chuỗi byte không phải UTF-8"));
		}
		return Optional.empty();
	}

	/** The body (UTF-8, checked by {@link #refusal}) as text and, parsed by Jackson from its bytes, as JSON. */
	static Body read(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		JsonNode json;
		try {
			json = JSON.readTree(body);
		}
		catch (IOException ex) {
			json = null;
		}
		return new Body(text, json);
	}

	/** Whether Jackson's JAX-RS provider reads a body of this type: JSON, {@code +json}, or no type at all. */
	static boolean readAsJson(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
			return subtype.equals("json") || subtype.endsWith("+json") || subtype.contains("javascript")
					|| subtype.equals("x-json") || type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return true;
		}
	}

	private static Optional<String> declaredCharset(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return Optional.empty();
		}
		try {
			String charset = MediaType.parseMediaType(contentType).getParameter("charset");
			return Optional.ofNullable(charset).map(value -> value.replace("\"", "").strip());
		}
		catch (InvalidMediaTypeException ex) {
			return Optional.of(contentType);
		}
	}

	private static boolean isUtf8(String charset) {
		String name = charset.toUpperCase(Locale.ROOT);
		return name.equals("UTF-8") || name.equals("UTF8");
	}

	private static boolean startsWith(byte[] body, int... prefix) {
		if (body.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((body[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
