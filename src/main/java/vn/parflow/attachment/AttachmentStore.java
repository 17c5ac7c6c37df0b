package vn.parflow.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The files on disk, under {@code parflow.attachments.dir}, each named by its id (a UUID): no name a user chose
 * ever becomes a path. An upload is written to {@code .incoming/} first, measured and hashed on the way, and moved
 * into place only once it was accepted.
 */
@Component
class AttachmentStore {

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/** A file received, not yet accepted. */
	record Incoming(Path file, long size, String sha256, boolean tooLarge) {
	}

	private final Path dir;

	private final Path incoming;

	AttachmentStore(AttachmentProperties properties) throws IOException {
		this.dir = properties.dir().toAbsolutePath().normalize();
		this.incoming = dir.resolve(".incoming");
		Files.createDirectories(incoming);
	}

	/** Copies at most {@code maxSize + 1} bytes; more means too large, and the copy stops there. */
	Incoming receive(InputStream in, long maxSize) throws IOException {
		Path file = Files.createTempFile(incoming, "upload-", ".part");
		MessageDigest sha256 = sha256();
		long size = 0;
		boolean tooLarge = false;
		try (OutputStream out = Files.newOutputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = in.read(buffer)) >= 0) {
				size += read;
				if (size > maxSize) {
					tooLarge = true;
					break;
				}
				out.write(buffer, 0, read);
				sha256.update(buffer, 0, read);
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		return new Incoming(file, size, HexFormat.of().formatHex(sha256.digest()), tooLarge);
	}

	void accept(Incoming upload, String id) throws IOException {
		Files.move(upload.file(), path(id), StandardCopyOption.ATOMIC_MOVE);
	}

	void discard(Incoming upload) {
		try {
			Files.deleteIfExists(upload.file());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void delete(String id) {
		try {
			Files.deleteIfExists(path(id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path path(String id) {
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("Mã tệp không hợp lệ: " + id);
		}
		return dir.resolve(id);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
