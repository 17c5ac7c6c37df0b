package vn.parflow.security;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body with one file in the field {@code file}. */
record Multipart(String contentType, HttpRequest.BodyPublisher body) {

	static Multipart file(String filename, byte[] content) {
		String boundary = "parflow-test-boundary";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return new Multipart("multipart/form-data; boundary=" + boundary,
				HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
	}

}
