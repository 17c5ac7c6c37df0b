package vn.parflow.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The process tests' clock: Parflow's services and the in-memory engine see the same moved time. */
final class MovableClock extends Clock {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private Instant now;

	MovableClock(LocalDateTime start) {
		moveTo(start);
	}

	void moveTo(LocalDateTime time) {
		moveTo(time.atZone(ZONE).toInstant());
	}

	void moveTo(Instant instant) {
		now = instant;
		ClockUtil.setCurrentTime(Date.from(instant));
	}

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}

}
