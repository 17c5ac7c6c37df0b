package vn.parflow.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.quartz.JobDataMap;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import vn.parflow.calendar.WorkingDays;
import vn.parflow.schedule.ReportDeadline;

/**
 * The Quartz triggers of report reminders: one per report deadline and offset, at {@code reportTime} in the plans'
 * time zone on the day {@code daysBefore} days before the deadline. Each fires once; one that could not fire while
 * Parflow was down fires once, at once, when it is back (misfire instruction "fire now"). Keys are derived from the
 * plan, report, period and offset, so scheduling a plan again finds the triggers it made before.
 */
final class ReportReminderTriggers {

	static final JobKey JOB = JobKey.jobKey("report-reminder", ReminderJobs.GROUP);

	static final String TRIGGER_GROUP = "parflow-report-reminders";

	static final int MAX_NAME = 190;

	static final String PLAN = "planCode";

	static final String REPORT = "report";

	static final String PERIOD = "period";

	static final String DUE = "due";

	static final String DAYS_BEFORE = "daysBefore";

	private final List<Integer> daysBefore;

	private final LocalTime at;

	private final ZoneId zone;

	private final WorkingDays workingDays;

	ReportReminderTriggers(List<Integer> daysBefore, LocalTime at, ZoneId zone) {
		this(daysBefore, at, zone, WorkingDays.weekendsOnly());
	}

	ReportReminderTriggers(List<Integer> daysBefore, LocalTime at, ZoneId zone, WorkingDays workingDays) {
		this.daysBefore = List.copyOf(daysBefore);
		this.at = at;
		this.zone = zone;
		this.workingDays = workingDays;
	}

	/**
	 * Every reminder of the deadlines, whenever it falls. Of the reminders of one deadline that land on the same
	 * working day (a reminder on a day off is sent on the last working day before it), only the nearest to the
	 * deadline is kept: it is sent once.
	 */
	List<ReportReminder> reminders(String planCode, List<ReportDeadline> deadlines) {
		List<ReportReminder> reminders = new ArrayList<>();
		for (ReportDeadline deadline : deadlines) {
			List<ReportReminder> ofDeadline = new ArrayList<>();
			for (int days : daysBefore.stream().sorted().toList()) {
				ReportReminder reminder = new ReportReminder(planCode, deadline.report(), deadline.period(),
						deadline.due(), days);
				if (ofDeadline.stream().noneMatch(kept -> fireDay(kept).equals(fireDay(reminder)))) {
					ofDeadline.add(reminder);
				}
			}
			ofDeadline.sort(java.util.Comparator.comparing(ReportReminder::daysBefore).reversed());
			reminders.addAll(ofDeadline);
		}
		return reminders;
	}

	/** The day the reminder goes out: {@code daysBefore} days before the deadline, or the working day before that. */
	LocalDate fireDay(ReportReminder reminder) {
		return workingDays.onOrBefore(reminder.due().minusDays(reminder.daysBefore()));
	}

	Instant fireTime(ReportReminder reminder) {
		return fireDay(reminder).atTime(at).atZone(zone).toInstant();
	}

	SimpleTrigger trigger(ReportReminder reminder) {
		return TriggerBuilder.newTrigger()
			.withIdentity(key(reminder))
			.forJob(JOB)
			.withDescription(OutboxStore.truncate("Nhắc " + reminder.report() + " (" + reminder.period() + ") của "
					+ reminder.planCode() + ", hạn " + Subjects.DAY.format(reminder.due()) + ", trước "
					+ reminder.daysBefore() + " ngày", 250))
			.usingJobData(data(reminder))
			.startAt(Date.from(fireTime(reminder)))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withRepeatCount(0).withMisfireHandlingInstructionFireNow())
			.build();
	}

	/** {@code PLAN:report:period:7}, or the plan code and a hash of the rest when that is too long for Quartz. */
	static TriggerKey key(ReportReminder reminder) {
		String tail = reminder.report() + ":" + reminder.period() + ":" + reminder.daysBefore();
		String name = reminder.planCode() + ":" + tail;
		if (name.length() > MAX_NAME) {
			name = reminder.planCode() + ":#" + DedupKeys.sha256(tail);
		}
		return TriggerKey.triggerKey(name, TRIGGER_GROUP);
	}

	static JobDataMap data(ReportReminder reminder) {
		JobDataMap data = new JobDataMap();
		data.put(PLAN, reminder.planCode());
		data.put(REPORT, reminder.report());
		data.put(PERIOD, reminder.period());
		data.put(DUE, reminder.due().toString());
		data.put(DAYS_BEFORE, Integer.toString(reminder.daysBefore()));
		return data;
	}

	static ReportReminder reminder(JobDataMap data) {
		return new ReportReminder(data.getString(PLAN), data.getString(REPORT), data.getString(PERIOD),
				LocalDate.parse(data.getString(DUE)), Integer.parseInt(data.getString(DAYS_BEFORE)));
	}

}
