package vn.parflow.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a mail that could not be sent is tried again: after the n-th failed attempt it waits the n-th delay (the
 * last delay repeats), and after {@code maxAttempts} failures it is given up. Plain Java.
 */
record Backoff(List<Duration> delays, int maxAttempts) {

	Backoff {
		if (delays.isEmpty()) {
			throw new IllegalArgumentException("back-off needs at least one delay");
		}
		delays = List.copyOf(delays);
	}

	/**
	 * The time of the next attempt after {@code failedAttempts} failures, or empty when the mail is to be given up.
	 */
	Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
		if (failedAttempts >= maxAttempts) {
			return Optional.empty();
		}
		Duration delay = delays.get(Math.min(Math.max(failedAttempts, 1), delays.size()) - 1);
		return Optional.of(now.plus(delay));
	}

}
