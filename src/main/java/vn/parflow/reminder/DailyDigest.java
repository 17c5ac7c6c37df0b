package vn.parflow.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

import vn.parflow.calendar.WorkingDays;
import vn.parflow.directory.Directory;
import vn.parflow.directory.Directory.Member;
import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.TaskProgress;
import vn.parflow.reminder.MailComposer.DigestItems;

/**
 * The daily digest: every active person who has not switched it off gets, once a day, the open Tasklist tasks
 * assigned to them or offered to their groups (units, unit heads, approvers) that are overdue or due within
 * {@code digest-days} days. Nobody gets an empty digest. One person's failure does not stop the others'.
 */
@Service
class DailyDigest {

	private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

	private final Directory directory;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final TaskProgress progress;

	private final MailComposer composer;

	private final Outbox outbox;

	private final ReminderProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final WorkingDays workingDays;

	DailyDigest(Directory directory, TaskService tasks, RuntimeService runtime, TaskProgress progress,
			MailComposer composer, Outbox outbox, ReminderProperties properties, Clock clock,
			PlatformTransactionManager transactions, WorkingDays workingDays) {
		this.workingDays = workingDays;
		this.directory = directory;
		this.tasks = tasks;
		this.runtime = runtime;
		this.progress = progress;
		this.composer = composer;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Today's digests; none on a day off (the next working day's digest lists what came due meanwhile).
	 * @return how many were queued
	 */
	int send() {
		int queued = 0;
		LocalDate today = LocalDate.now(clock);
		if (!workingDays.isWorkingDay(today)) {
			log.info("Hôm nay {} là ngày nghỉ: không gửi thư tổng hợp", Subjects.DAY.format(today));
			return 0;
		}
		for (String username : directory.digestReaders()) {
			try {
				if (Boolean.TRUE.equals(transaction.execute(status -> sendTo(username)))) {
					queued++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Không soạn được thư tổng hợp cho {}: {}", username, ex.toString());
			}
		}
		return queued;
	}

	/**
	 * Today's digest of one person, if they want it and have anything due.
	 * @return true when it was queued now, false when there was nothing to send or it was queued before
	 */
	boolean sendTo(String username) {
		Optional<Member> found = directory.activePerson(username)
			.filter(person -> person.dailyDigest() && StringUtils.hasText(person.email()));
		if (found.isEmpty()) {
			return false;
		}
		Member person = found.get();
		Instant now = clock.instant();
		ZoneId zone = clock.getZone();
		LocalDate today = now.atZone(zone).toLocalDate();
		if (outbox.contains(DedupKeys.digest(today, username))) {
			return false;
		}
		Instant until = today.plusDays(properties.digestDays() + 1L).atStartOfDay(zone).toInstant();
		List<Task> open = tasks.createTaskQuery()
			.active()
			.or()
			.taskAssignee(username)
			.taskCandidateUser(username)
			.endOr()
			.dueBefore(Date.from(until))
			.orderByDueDate()
			.asc()
			.list();
		if (open.isEmpty()) {
			return false;
		}
		Map<String, String> businessKeys = businessKeys(open);
		List<DigestItem> upcoming = new ArrayList<>();
		List<DigestItem> overdue = new ArrayList<>();
		for (Task task : open) {
			Instant due = task.getDueDate().toInstant();
			LocalDate dueDay = due.atZone(zone).toLocalDate();
			DigestItem item;
			if (due.isBefore(now)) {
				long days = ChronoUnit.DAYS.between(dueDay, today);
				item = item(task, businessKeys, dueDay, days == 0 ? "đã quá hạn hôm nay" : "quá hạn " + days + " ngày");
				overdue.add(item);
			}
			else {
				item = item(task, businessKeys, dueDay, Subjects.daysLeft((int) ChronoUnit.DAYS.between(today, dueDay)));
				upcoming.add(item);
			}
		}
		Recipient to = new Recipient(person.username(), person.fullName(), person.email().strip());
		return outbox.enqueue(composer.digest(to, today, DigestItems.of(upcoming, properties.digestMaxItems()),
				DigestItems.of(overdue, properties.digestMaxItems()), properties.digestDays()));
	}

	private DigestItem item(Task task, Map<String, String> businessKeys, LocalDate dueDay, String when) {
		String title = task.getName() == null ? "Việc không tên" : task.getName();
		String step = null;
		Optional<PlanTaskRef> planTask = planTask(businessKeys.get(task.getProcessInstanceId()));
		if (planTask.isPresent()) {
			step = title;
			title = "Nhiệm vụ " + planTask.get().number() + " (" + planTask.get().planCode() + "): "
					+ Subjects.shorten(planTask.get().content());
		}
		return new DigestItem(title, step, Subjects.DAY.format(dueDay), when, composer.taskLink(task.getId()));
	}

	/** A plan task's process has the business key {@code {planCode}/{number}}. */
	private Optional<PlanTaskRef> planTask(String businessKey) {
		if (businessKey == null) {
			return Optional.empty();
		}
		int slash = businessKey.indexOf('/');
		if (slash <= 0 || businessKey.indexOf('/', slash + 1) >= 0) {
			return Optional.empty();
		}
		return progress.task(businessKey.substring(0, slash), businessKey.substring(slash + 1));
	}

	private Map<String, String> businessKeys(List<Task> open) {
		Set<String> ids = open.stream()
			.map(Task::getProcessInstanceId)
			.filter(id -> id != null)
			.collect(Collectors.toSet());
		Map<String, String> keys = new HashMap<>();
		if (!ids.isEmpty()) {
			for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(ids).list()) {
				if (instance.getBusinessKey() != null) {
					keys.put(instance.getId(), instance.getBusinessKey());
				}
			}
		}
		return keys;
	}

}
