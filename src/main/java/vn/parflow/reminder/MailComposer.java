package vn.parflow.reminder;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.parflow.calendar.WorkingDays;
import vn.parflow.plan.PlanTaskRef;
import vn.parflow.reminder.MailTemplates.Bodies;

/**
 * Writes each kind of mail: subject ({@link Subjects}), both bodies from {@code templates/mail/}, the link to the
 * Tasklist and the outbox key.
 */
@Component
class MailComposer {

	private final MailTemplates templates;

	private final String baseUrl;

	private final WorkingDays workingDays;

	MailComposer(MailTemplates templates, String baseUrl) {
		this(templates, baseUrl, WorkingDays.weekendsOnly());
	}

	@org.springframework.beans.factory.annotation.Autowired
	MailComposer(MailTemplates templates, @Value("${parflow.base-url}") String baseUrl, WorkingDays workingDays) {
		this.templates = templates;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.workingDays = workingDays;
	}

	/** The Tasklist's page of one task, or the Tasklist itself when there is no task to point to. */
	String taskLink(String camundaTaskId) {
		return camundaTaskId == null || camundaTaskId.isBlank() ? tasklist()
				: tasklist() + "#/?task=" + camundaTaskId;
	}

	String tasklist() {
		return baseUrl + "/camunda/app/tasklist/default/";
	}

	OutboxMail taskReminder(Recipient to, PlanTaskRef task, int deadlineIndex, LocalDate due, String camundaTaskId,
			int daysBefore) {
		String link = taskLink(camundaTaskId);
		Map<String, Object> model = taskModel(to, task, deadlineIndex, due, link);
		model.put("daysLeft", daysBefore);
		model.put("daysLeftText", Subjects.daysLeft(daysBefore));
		return mail(DedupKeys.taskReminder(task.id(), deadlineIndex, daysBefore, to.username()),
				MailKind.TASK_REMINDER, to, Subjects.taskReminder(task.number(), task.content(), due, daysBefore),
				"task-reminder", model, link);
	}

	OutboxMail taskOverdue(Recipient to, PlanTaskRef task, int deadlineIndex, LocalDate due, String camundaTaskId,
			int weeksOverdue) {
		String link = taskLink(camundaTaskId);
		Map<String, Object> model = taskModel(to, task, deadlineIndex, due, link);
		model.put("weeksOverdue", weeksOverdue);
		model.put("overdueText", Subjects.overdue(weeksOverdue));
		return mail(DedupKeys.taskOverdue(task.id(), deadlineIndex, weeksOverdue, to.username()),
				MailKind.TASK_OVERDUE, to, Subjects.taskOverdue(task.number(), task.content(), due, weeksOverdue),
				"task-overdue", model, link);
	}

	OutboxMail reportOpened(Recipient to, String planCode, String report, String period, LocalDate due,
			int daysLeft, String camundaTaskId) {
		String link = taskLink(camundaTaskId);
		Map<String, Object> model = reportModel(to, planCode, report, period, due, link);
		model.put("daysLeft", daysLeft);
		model.put("daysLeftText", Subjects.daysLeft(daysLeft));
		return mail(DedupKeys.reportOpened(planCode, report, period, to.username()), MailKind.REPORT_OPENED, to,
				Subjects.reportOpened(report, period, due), "report-opened", model, link);
	}

	OutboxMail reportReminder(Recipient to, ReportReminder reminder, int daysLeft, String camundaTaskId) {
		String link = taskLink(camundaTaskId);
		Map<String, Object> model = reportModel(to, reminder.planCode(), reminder.report(), reminder.period(),
				reminder.due(), link);
		model.put("daysLeft", daysLeft);
		model.put("daysLeftText", Subjects.daysLeft(daysLeft));
		return mail(DedupKeys.reportReminder(reminder.planCode(), reminder.report(), reminder.period(),
				reminder.daysBefore(), to.username()), MailKind.REPORT_REMINDER, to,
				Subjects.reportReminder(reminder.report(), reminder.period(), reminder.due(), daysLeft),
				"report-reminder", model, link);
	}

	OutboxMail digest(Recipient to, LocalDate date, DigestItems upcoming, DigestItems overdue, int days) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", to.fullName());
		model.put("date", Subjects.DAY.format(date));
		model.put("days", days);
		model.put("upcoming", upcoming.shown());
		model.put("upcomingMore", upcoming.more());
		model.put("overdue", overdue.shown());
		model.put("overdueMore", overdue.more());
		model.put("tasklist", tasklist());
		model.put("preferences", baseUrl + "/api/me/digest");
		return mail(DedupKeys.digest(date, to.username()), MailKind.DIGEST, to,
				Subjects.digest(date, upcoming.total(), overdue.total()), "digest", model, tasklist());
	}

	/** One list of a digest: the tasks shown, and how many more there are. */
	record DigestItems(List<DigestItem> shown, int more) {

		int total() {
			return shown.size() + more;
		}

		static DigestItems of(List<DigestItem> all, int max) {
			return all.size() <= max ? new DigestItems(List.copyOf(all), 0)
					: new DigestItems(List.copyOf(all.subList(0, max)), all.size() - max);
		}
	}

	private Map<String, Object> reportModel(Recipient to, String planCode, String report, String period,
			LocalDate due, String link) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", to.fullName());
		model.put("planCode", planCode);
		model.put("report", report);
		model.put("period", period);
		model.put("due", Subjects.DAY.format(due));
		// the deadline stays as the plan wrote it; the mail says when it falls on a day off
		model.put("dueNote", workingDays.deadlineNote(due).orElse(null));
		model.put("link", link);
		return model;
	}

	private Map<String, Object> taskModel(Recipient to, PlanTaskRef task, int deadlineIndex, LocalDate due,
			String link) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", to.fullName());
		model.put("planCode", task.planCode());
		model.put("number", task.number());
		model.put("content", task.content());
		model.put("leadUnit", task.leadUnitName());
		model.put("deliverables", task.deliverables() == null ? List.of() : task.deliverables());
		String label = deadlineIndex >= 0 && deadlineIndex < task.deadlines().size()
				? task.deadlines().get(deadlineIndex).label() : null;
		model.put("deadlineLabel", label == null || label.isBlank() ? null : label);
		model.put("due", Subjects.DAY.format(due));
		// the deadline stays as the plan wrote it; the mail says when it falls on a day off
		model.put("dueNote", workingDays.deadlineNote(due).orElse(null));
		model.put("link", link);
		return model;
	}

	private OutboxMail mail(String key, MailKind kind, Recipient to, String subject, String template,
			Map<String, Object> model, String link) {
		Bodies bodies = templates.render(template, model);
		return new OutboxMail(key, kind, to.username(), to.fullName(), to.email(), subject, bodies.html(),
				bodies.text(), link);
	}

}
