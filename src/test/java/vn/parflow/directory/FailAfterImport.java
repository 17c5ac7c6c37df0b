package vn.parflow.directory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A test hook: when armed, fails a directory import after everything, Camunda's accounts included, was written, so
 * that a test can prove nothing stays behind. A plain component of the test classpath (not a nested test
 * configuration), so every integration test shares one application context and one Camunda engine.
 */
@Component
class FailAfterImport {

	static final String MESSAGE = "Lỗi thử: hỏng sau khi đã ghi tài khoản Camunda";

	volatile boolean armed;

	@EventListener
	void onDirectoryChanged(DirectoryChanged event) {
		if (armed) {
			throw new IllegalStateException(MESSAGE);
		}
	}

}
