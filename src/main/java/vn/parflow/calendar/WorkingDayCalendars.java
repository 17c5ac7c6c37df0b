package vn.parflow.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's business calendars on the working-day calendar, so that BPMN timers follow it:
 * <ul>
 * <li><b>cycle</b> (timer cycles: reminders, escalations): a firing that would fall on a day off is moved to the last
 * working day before it, at the same time of day; a firing moved onto a time already past (two reminders landing on
 * the same day, a reminder moved back over a long break) is dropped, so each day fires once.</li>
 * <li><b>duration</b> (timer durations): a duration of whole days ({@code P3D}) counts working days from the start,
 * at the same time of day; any other duration as the engine counts it.</li>
 * <li><b>dueDate</b>: as the engine reads it. A due date is the plan's word: it never moves.</li>
 * </ul>
 */
public final class WorkingDayCalendars {

	/** A reminder cycle has a handful of firings; this bounds the search over a broken expression. */
	private static final int MAX_FIRINGS = 1000;

	private static final Pattern WHOLE_DAYS = Pattern.compile("P(\\d{1,4})D");

	private WorkingDayCalendars() {
	}

	static BusinessCalendarManager manager(WorkingDays workingDays, ZoneId zone) {
		MapBusinessCalendarManager manager = new MapBusinessCalendarManager();
		manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new Cycle(workingDays, zone));
		manager.addBusinessCalendar(DurationBusinessCalendar.NAME, new Duration(workingDays, zone));
		manager.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());
		return manager;
	}

	/** The engine's timer-cycle calendar on the working days (also for tests that walk a year of reminders). */
	public static CycleBusinessCalendar cycle(WorkingDays workingDays, ZoneId zone) {
		return new Cycle(workingDays, zone);
	}

	/** The firing moved to the last working day on or before its day, at the same time of day. */
	static Date onWorkingDay(Date firing, WorkingDays workingDays, ZoneId zone) {
		LocalDateTime at = LocalDateTime.ofInstant(firing.toInstant(), zone);
		if (workingDays.isWorkingDay(at.toLocalDate())) {
			return firing;
		}
		return Date.from(workingDays.onOrBefore(at.toLocalDate()).atTime(at.toLocalTime()).atZone(zone).toInstant());
	}

	static final class Cycle extends CycleBusinessCalendar {

		private final WorkingDays workingDays;

		private final ZoneId zone;

		Cycle(WorkingDays workingDays, ZoneId zone) {
			this.workingDays = workingDays;
			this.zone = zone;
		}

		@Override
		public Date resolveDuedate(String description, Date startDate, long repeatOffset) {
			Date after = startDate == null ? ClockUtil.getCurrentTime() : startDate;
			Date firing = super.resolveDuedate(description, startDate, repeatOffset);
			for (int i = 0; firing != null && i < MAX_FIRINGS; i++) {
				Date moved = onWorkingDay(firing, workingDays, zone);
				if (moved.after(after)) {
					return moved;
				}
				Date next = super.resolveDuedate(description, firing, repeatOffset);
				if (next != null && !next.after(firing)) {
					return null;
				}
				firing = next;
			}
			return null;
		}

	}

	static final class Duration extends DurationBusinessCalendar {

		private final WorkingDays workingDays;

		private final ZoneId zone;

		Duration(WorkingDays workingDays, ZoneId zone) {
			this.workingDays = workingDays;
			this.zone = zone;
		}

		@Override
		public Date resolveDuedate(String duedate, Task task) {
			return resolveDuedate(duedate);
		}

		@Override
		public Date resolveDuedate(String duedate) {
			return resolveDuedate(duedate, (Date) null);
		}

		@Override
		public Date resolveDuedate(String duedate, Date startDate) {
			Matcher days = WHOLE_DAYS.matcher(duedate == null ? "" : duedate.strip());
			if (!days.matches()) {
				return super.resolveDuedate(duedate, startDate);
			}
			Instant start = (startDate == null ? ClockUtil.getCurrentTime() : startDate).toInstant();
			LocalDateTime at = LocalDateTime.ofInstant(start, zone);
			return Date.from(workingDays.plusWorkingDays(at.toLocalDate(), Integer.parseInt(days.group(1)))
				.atTime(at.toLocalTime())
				.atZone(zone)
				.toInstant());
		}

	}

}
