package vn.parflow.ical;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parflow.calendar.WorkingDays;
import vn.parflow.directory.Directory;
import vn.parflow.directory.Directory.Member;
import vn.parflow.directory.Role;
import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.PlanTaskRef.DeadlineRef;
import vn.parflow.plan.TaskProgress;
import vn.parflow.ical.CalendarEntry.Kind;
import vn.parflow.plan.PlanQueries.PlanReporting;
import vn.parflow.reminder.ReminderProperties;
import vn.parflow.reporting.ReportCycleStatus;
import vn.parflow.reporting.ReportCycles;
import vn.parflow.reporting.Slugs;
import vn.parflow.schedule.ReportDeadline;
import vn.parflow.workflow.WorkflowProperties;

/**
 * The deadlines of a plan, or of one person, as calendar entries, with the reminders at the times the reminder mail
 * goes out: every task deadline (the workflow's {@link WorkflowProperties#reminderDaysBefore()} at
 * {@link WorkflowProperties#reminderTime()}) and every report of the reporting regime (the reminder module's
 * {@link ReminderProperties#reportDaysBefore()} at {@link ReminderProperties#reportTime()}), in the plans' time zone
 * ({@code parflow.time-zone}). The report deadlines are the plan's own ({@link PlanReporting#deadlines()}).
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

	private static final DateTimeFormatter REMINDER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmXXX");

	private static final int SUMMARY_CONTENT = 120;

	private final PlanQueries plans;

	private final TaskProgress tasks;

	private final ReportCycles cycles;

	private final Directory directory;

	private final List<Integer> taskReminderDays;

	private final List<Integer> reportReminderDays;

	private final LocalTime taskReminderAt;

	private final LocalTime reportReminderAt;

	private final ZoneId zone;

	private final WorkingDays workingDays;

	CalendarService(PlanQueries plans, TaskProgress tasks, ReportCycles cycles, Directory directory,
			WorkflowProperties workflow, ReminderProperties reminders, @Value("${parflow.time-zone}") ZoneId zone,
			WorkingDays workingDays) {
		this.workingDays = workingDays;
		this.plans = plans;
		this.tasks = tasks;
		this.cycles = cycles;
		this.directory = directory;
		this.taskReminderDays = workflow.reminderDaysBefore();
		this.reportReminderDays = reminders.reportDaysBefore();
		this.taskReminderAt = workflow.reminderTime();
		this.reportReminderAt = reminders.reportTime();
		this.zone = zone;
	}

	/** A plan's name for its feed, or empty for an unknown plan. */
	Optional<String> planTitle(String planCode) {
		return plans.reporting(planCode).map(PlanReporting::title);
	}

	/** Every deadline of the plan, tasks and reports, in date order; empty for an unknown plan. */
	public List<CalendarEntry> planCalendar(String planCode) {
		Optional<PlanReporting> plan = plans.reporting(planCode);
		if (plan.isEmpty()) {
			return List.of();
		}
		List<CalendarEntry> entries = new ArrayList<>();
		tasks.tasks(planCode).forEach(task -> entries.addAll(taskEntries(task)));
		plan.get().deadlines().forEach(deadline -> entries.add(reportEntry(plan.get(), deadline)));
		return sorted(entries);
	}

	/**
	 * One person's deadlines across the active plans: the tasks their units lead, and the reports their units take
	 * part in (as a lead unit or as the coordinating office); an approver gets every report. Empty for an unknown or
	 * inactive person.
	 */
	public List<CalendarEntry> personalCalendar(String username) {
		Optional<Member> person = directory.activePerson(username);
		if (person.isEmpty()) {
			return List.of();
		}
		Set<String> units = person.get().units();
		boolean approver = person.get().hasRole(Role.APPROVER);
		List<CalendarEntry> entries = new ArrayList<>();
		for (String planCode : plans.activePlanCodes()) {
			PlanReporting plan = plans.reporting(planCode).orElseThrow();
			tasks.tasks(planCode)
				.stream()
				.filter(task -> units.contains(task.leadUnitCode()))
				.forEach(task -> entries.addAll(taskEntries(task)));
			boolean takesPart = approver || units.contains(plan.coordinatingUnitCode())
					|| plan.leadUnits().keySet().stream().anyMatch(units::contains);
			if (takesPart) {
				plan.deadlines().forEach(deadline -> entries.add(reportEntry(plan, deadline)));
			}
		}
		return sorted(entries);
	}

	Optional<String> personName(String username) {
		return directory.person(username).map(Member::fullName);
	}

	private List<CalendarEntry> taskEntries(PlanTaskRef task) {
		List<CalendarEntry> entries = new ArrayList<>();
		for (DeadlineRef deadline : task.deadlines()) {
			String label = "Hạn nhiệm vụ " + task.number() + (deadline.label() == null ? "" : " (" + deadline.label() + ")")
					+ ": " + shorten(task.content(), SUMMARY_CONTENT);
			String description = task.content() + "\nChủ trì: " + task.leadUnitName()
					+ (task.deliverables().isEmpty() ? "" : "\nSản phẩm: " + String.join("; ", task.deliverables()))
					+ "\nKế hoạch: " + task.planCode() + dayOffNote(deadline.due());
			entries.add(new CalendarEntry(task.planCode(), Kind.TASK, task.content(), task.number(), null, null,
					deadline.due(), label, reminders(deadline.due(), taskReminderDays, taskReminderAt), deadline.approvedAt() != null,
					task.planCode() + "/task/" + task.number() + "/" + deadline.index() + "@parflow", description));
		}
		return entries;
	}

	private CalendarEntry reportEntry(PlanReporting plan, ReportDeadline deadline) {
		boolean sent = cycles.cycles(plan.code())
			.stream()
			.anyMatch(c -> c.report().equals(deadline.report()) && c.period().equals(deadline.period())
					&& c.status() == ReportCycleStatus.SUBMITTED);
		String label = "Hạn gửi " + lowerFirst(deadline.report()) + " – " + deadline.period();
		String description = deadline.report() + " – " + deadline.period() + "\nKế hoạch: " + plan.title()
				+ (plan.coordinatingUnitName() == null ? "" : "\nPhòng đầu mối tổng hợp: " + plan.coordinatingUnitName())
				+ dayOffNote(deadline.due());
		return new CalendarEntry(plan.code(), Kind.REPORT, deadline.report(), null, deadline.report(),
				deadline.period(), deadline.due(), label, reminders(deadline.due(), reportReminderDays, reportReminderAt), sent,
				plan.code() + "/report/" + Slugs.of(deadline.report(), 120) + "/" + Slugs.of(deadline.period(), 40)
						+ "@parflow",
				description);
	}

	/** As the mail goes out: a reminder on a day off on the last working day before it, two on one day once. */
	private List<String> reminders(LocalDate due, List<Integer> daysBefore, LocalTime at) {
		return daysBefore.stream()
			.distinct()
			.sorted(Comparator.reverseOrder())
			.map(days -> workingDays.onOrBefore(due.minusDays(days)))
			.distinct()
			.map(day -> REMINDER.format(day.atTime(at).atZone(zone)))
			.toList();
	}

	private String dayOffNote(LocalDate due) {
		return workingDays.deadlineNote(due).map(note -> "\n" + note).orElse("");
	}

	private static List<CalendarEntry> sorted(List<CalendarEntry> entries) {
		return entries.stream()
			.sorted(Comparator.comparing(CalendarEntry::due)
				.thenComparing(CalendarEntry::kind)
				.thenComparing(CalendarEntry::planCode)
				.thenComparing(CalendarEntry::uid))
			.toList();
	}

	/** At most {@code max} characters, an ellipsis where it was cut (as in the report drafts). */
	private static String shorten(String text, int max) {
		if (text == null) {
			return "";
		}
		String flat = text.strip();
		return flat.length() <= max ? flat : flat.substring(0, Math.max(0, max - 1)).stripTrailing() + "…";
	}

	/** "Báo cáo công tác …" → "báo cáo công tác …" in the middle of a sentence; abbreviations ("CCHC …") kept. */
	static String lowerFirst(String text) {
		if (text == null || text.length() < 2 || Character.isUpperCase(text.charAt(1))) {
			return text;
		}
		return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
	}

}
