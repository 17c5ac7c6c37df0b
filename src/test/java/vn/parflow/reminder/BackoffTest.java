package vn.parflow.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

	static final Instant NOW = Instant.parse("2025-12-02T01:00:00Z");

	final Backoff backoff = new Backoff(
			List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1)), 6);

	@ParameterizedTest(name = "after {0} failed attempt(s) the mail waits {1} minutes")
	@CsvSource({ "1, 1", "2, 5", "3, 15", "4, 60", "5, 60" })
	void shouldWaitLongerAfterEachFailureAndRepeatTheLastDelay(int failedAttempts, int minutes) {
		assertThat(backoff.nextAttempt(failedAttempts, NOW)).contains(NOW.plus(Duration.ofMinutes(minutes)));
	}

	@Test
	void shouldGiveUpAfterTheLastAttempt() {
		assertThat(backoff.nextAttempt(6, NOW)).isEmpty();
		assertThat(backoff.nextAttempt(7, NOW)).isEmpty();
	}

	@Test
	void shouldRetryAfterOneFiveFifteenMinutesOneHourThenEveryFourHoursTenTimesByDefault() {
		OutboxProperties defaults = bind(Map.of());
		Backoff policy = defaults.backoffPolicy();

		assertThat(List.of(1, 2, 3, 4, 5, 9)
			.stream()
			.map(n -> Duration.between(NOW, policy.nextAttempt(n, NOW).orElseThrow()).toMinutes())
			.toList()).containsExactly(1L, 5L, 15L, 60L, 240L, 240L);
		assertThat(policy.nextAttempt(10, NOW)).isEmpty();
		assertThat(defaults.dispatchInterval()).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void shouldReadTheBackoffFromTheConfiguration() {
		OutboxProperties configured = bind(Map.of("parflow.outbox.backoff", "30s,2m", "parflow.outbox.max-attempts", "3"));

		assertThat(configured.backoffPolicy().nextAttempt(2, NOW)).contains(NOW.plusSeconds(120));
		assertThat(configured.backoffPolicy().nextAttempt(3, NOW)).isEmpty();
	}

	@Test
	void shouldRefuseAnOutboxWithoutAttempts() {
		assertThatThrownBy(() -> bind(Map.of("parflow.outbox.max-attempts", "0")))
			.hasRootCauseMessage("parflow.outbox: max-attempts và batch-size phải từ 1 trở lên, back-off cần ít nhất "
					+ "một khoảng chờ, dispatch-interval phải dương.");
	}

	static OutboxProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("parflow.outbox",
				OutboxProperties.class);
	}

}
