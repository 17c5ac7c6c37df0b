package vn.parflow.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.ReportDeadline;

/**
 * When each report cycle of a plan opens: {@code openDaysBefore} days before the report's deadline, at
 * {@code openAt} in the plans' time zone, but never before the plan period starts. A cycle whose opening time has
 * passed while its deadline has not opens at once; a cycle whose deadline has passed does not open by itself any
 * more. Plain Java: computed, never waited for.
 */
final class ReportCycleTriggers {

	/** One cycle and the moment it opens. */
	record Opening(ReportDeadline deadline, Instant opensAt) {
	}

	private final int openDaysBefore;

	private final LocalTime openAt;

	private final ZoneId zone;

	ReportCycleTriggers(int openDaysBefore, LocalTime openAt, ZoneId zone) {
		this.openDaysBefore = openDaysBefore;
		this.openAt = openAt;
		this.zone = zone;
	}

	/** The opening time as planned: the deadline minus the days before, not before the plan period starts. */
	Instant plannedOpening(ReportDeadline deadline, PlanPeriod period) {
		LocalDate day = deadline.due().minusDays(openDaysBefore);
		if (day.isBefore(period.start())) {
			day = period.start();
		}
		return day.atTime(openAt).atZone(zone).toInstant();
	}

	/**
	 * The cycles still to open, seen at {@code now}: every deadline that has not passed (its due day is today or
	 * later), opening at its planned time, or at {@code now} when that time has already passed.
	 */
	List<Opening> openings(List<ReportDeadline> deadlines, PlanPeriod period, Instant now) {
		LocalDate today = now.atZone(zone).toLocalDate();
		return deadlines.stream().filter(deadline -> !deadline.due().isBefore(today)).map(deadline -> {
			Instant planned = plannedOpening(deadline, period);
			return new Opening(deadline, planned.isBefore(now) ? now : planned);
		}).toList();
	}

}
