package vn.parflow.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The clock of every integration test: the real time until a test moves it, then the moved time for Parflow's
 * services and Camunda's engine alike. Tests that move it call {@link #reset()} afterwards, so the shared context
 * goes back to real time.
 */
@Component
@Primary
public class TestClock extends Clock {

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private volatile Instant fixed;

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return fixed == null ? Clock.system(zone) : Clock.fixed(fixed, zone);
	}

	@Override
	public Instant instant() {
		Instant now = fixed;
		return now == null ? Instant.now() : now;
	}

	/** Moves Parflow's clock and Camunda's engine clock to the given time. */
	public void moveTo(Instant instant) {
		fixed = instant;
		ClockUtil.setCurrentTime(java.util.Date.from(instant));
	}

	public void reset() {
		fixed = null;
		ClockUtil.reset();
	}

}
