package vn.parflow.api;

import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.util.unit.DataSize;

/**
 * The largest file the server takes in one upload: Spring's {@code spring.servlet.multipart.max-file-size}, with
 * Spring's default where it is not set. The one place the limit is read, for the API's 413 and for the pages that
 * tell a person the limit before they upload. A bean wherever {@link ApiErrors} is (it imports it), web slices
 * included.
 */
public class UploadLimit {

	private final DataSize maxFileSize;

	UploadLimit(ObjectProvider<MultipartProperties> multipart) {
		this.maxFileSize = multipart.getIfAvailable(MultipartProperties::new).getMaxFileSize();
	}

	public long bytes() {
		return maxFileSize.toBytes();
	}

	/** The limit as a person reads it: "20 MB". */
	public String text() {
		return format(maxFileSize);
	}

	/** Why a file over the limit was refused. */
	public String refusal() {
		return "Tệp quá lớn: máy chủ nhận mỗi tệp tối đa %s.".formatted(text());
	}

	/** "20 MB", "512 KB", "1,5 MB": the size a person reads. */
	static String format(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= 1024 * 1024) {
			double mb = bytes / 1024.0 / 1024.0;
			return mb == Math.rint(mb) ? "%d MB".formatted((long) mb)
					: "%s MB".formatted(String.format(Locale.ROOT, "%.1f", mb).replace('.', ','));
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return "%d KB".formatted(bytes / 1024);
		}
		return "%d byte".formatted(bytes);
	}

}
