package vn.parflow.reminder;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends mail ({@code parflow.outbox.*}).
 *
 * @param from             the sender, e.g. {@code "Parflow <nhacviec@ubnd.example.vn>"} ({@code PARFLOW_OUTBOX_FROM})
 * @param maxAttempts      after this many failed attempts a mail is FAILED and no longer retried
 * @param backoff          the wait after the 1st, 2nd, … failed attempt; the last one repeats
 * @param dispatchInterval how often the dispatcher looks for mail to send
 * @param batchSize        how many mails one dispatcher round claims and sends over one SMTP connection
 * @param claimTimeout     a mail claimed by a node that died before finishing is queued again after this time; a node
 *                         still sending a round (a slow server may take the SMTP reply timeout, 10 min, per mail) renews
 *                         its claims every third of it
 * @param sendOnQueue      whether a mail is sent as soon as the transaction that queued it commits, on the node that
 *                         queued it ({@link DispatchWake}); the dispatcher's interval then only catches up retries and
 *                         what a node could not send itself
 */
@ConfigurationProperties("parflow.outbox")
record OutboxProperties(@DefaultValue("Parflow <parflow@localhost>") String from, @DefaultValue("10") int maxAttempts,
		@DefaultValue({ "1m", "5m", "15m", "1h", "4h" }) List<Duration> backoff,
		@DefaultValue("1m") Duration dispatchInterval, @DefaultValue("50") int batchSize,
		@DefaultValue("15m") Duration claimTimeout, @DefaultValue("true") boolean sendOnQueue) {

	OutboxProperties {
		if (maxAttempts < 1 || batchSize < 1 || backoff.isEmpty() || dispatchInterval.isNegative()
				|| dispatchInterval.isZero()) {
			throw new IllegalArgumentException("parflow.outbox: max-attempts và batch-size phải từ 1 trở lên, "
					+ "back-off cần ít nhất một khoảng chờ, dispatch-interval phải dương.");
		}
		backoff = List.copyOf(backoff);
	}

	Backoff backoffPolicy() {
		return new Backoff(backoff, maxAttempts);
	}

}
