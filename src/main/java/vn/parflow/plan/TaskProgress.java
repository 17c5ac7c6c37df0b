package vn.parflow.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.parflow.plan.PlanTaskRef.DeadlineRef;

/**
 * The live state of plan tasks, written back from their processes: assignment, status, and per deadline the
 * submission, returns and approval. The workflow's listeners call it; they hold only the task's id.
 */
@Service
@Transactional
public class TaskProgress {

	private final PlanTaskRepository tasks;

	private final PlanReportCalendar reportCalendar;

	private final ZoneId zone;

	TaskProgress(PlanTaskRepository tasks, PlanReportCalendar reportCalendar, Clock clock) {
		this.tasks = tasks;
		this.reportCalendar = reportCalendar;
		this.zone = clock.getZone();
	}

	/**
	 * The task as the workflow reads it. Within one transaction (an activation asks for each task a dozen times: the
	 * model's expressions, the listeners) it is built once and kept until the transaction ends or this service
	 * changes the task.
	 */
	@Transactional(readOnly = true)
	public PlanTaskRef task(long planTaskId) {
		Map<Long, PlanTaskRef> cache = cache();
		if (cache == null) {
			return ref(find(planTaskId));
		}
		PlanTaskRef found = cache.get(planTaskId);
		if (found == null) {
			found = ref(find(planTaskId));
			cache.put(planTaskId, found);
		}
		return found;
	}

	private static final Object CACHE = new Object();

	@SuppressWarnings("unchecked")
	private static Map<Long, PlanTaskRef> cache() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Map<Long, PlanTaskRef> cache = (Map<Long, PlanTaskRef>) TransactionSynchronizationManager.getResource(CACHE);
		if (cache == null) {
			Map<Long, PlanTaskRef> created = new HashMap<>();
			TransactionSynchronizationManager.bindResource(CACHE, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(CACHE);
				}

			});
			cache = created;
		}
		return cache;
	}

	@Transactional(readOnly = true)
	public Optional<PlanTaskRef> task(String planCode, String number) {
		return tasks.findByPlanCodeAndNumber(planCode, number).map(this::ref);
	}

	@Transactional(readOnly = true)
	public List<PlanTaskRef> tasks(String planCode) {
		return tasks.findByPlanCodeOrderByPosition(planCode).stream().map(this::ref).toList();
	}

	public void assigned(long planTaskId, String officer) {
		PlanTask task = load(planTaskId);
		task.assignTo(officer);
		task.setStatus(TaskStatus.ASSIGNED);
	}

	public void statusChanged(long planTaskId, TaskStatus status) {
		load(planTaskId).setStatus(status);
	}

	public void submitted(long planTaskId, int deadlineIndex, Instant at) {
		PlanTask task = load(planTaskId);
		task.deadline(deadlineIndex).submitted(at);
		task.setStatus(TaskStatus.SUBMITTED);
	}

	/**
	 * The deliverable of one deadline as submitted: its document number and date, and a link (each may be null; an
	 * ongoing task's progress update has only a link). The consolidated report's annex shows it.
	 */
	public void deliverableRecorded(long planTaskId, int deadlineIndex, String documentNumber, LocalDate documentDate,
			String documentLink) {
		PlanTask task = load(planTaskId);
		if (deadlineIndex >= 0 && deadlineIndex < task.getDeadlines().size()) {
			task.deadline(deadlineIndex).document(documentNumber, documentDate, documentLink);
		}
	}

	public void returned(long planTaskId, int deadlineIndex, String reason) {
		PlanTask task = load(planTaskId);
		task.deadline(deadlineIndex).returned();
		task.setStatus(TaskStatus.RETURNED);
	}

	/** Approves the deliverable of one deadline; the task is DONE once its last deadline is approved. */
	public void approved(long planTaskId, int deadlineIndex, Instant at) {
		PlanTask task = load(planTaskId);
		task.deadline(deadlineIndex).approved(at);
		boolean allApproved = task.getDeadlines().stream().allMatch(d -> d.getApprovedAt() != null);
		task.setStatus(allApproved ? TaskStatus.DONE : TaskStatus.IN_PROGRESS);
	}

	/** A person sets the deadline of a task whose time phrase could not be read. */
	public void deadlineSet(long planTaskId, LocalDate due, String by) {
		if (due == null) {
			throw new IllegalArgumentException("Hãy chọn hạn xử lý của nhiệm vụ.");
		}
		load(planTaskId).setDeadline(due, by);
	}

	private PlanTask find(long planTaskId) {
		return tasks.findById(planTaskId)
			.orElseThrow(() -> new IllegalArgumentException("Không có nhiệm vụ mã " + planTaskId));
	}

	/** The task, to change it: its cached view is dropped. */
	private PlanTask load(long planTaskId) {
		Map<Long, PlanTaskRef> cache = cache();
		if (cache != null) {
			cache.remove(planTaskId);
		}
		return tasks.findById(planTaskId)
			.orElseThrow(() -> new IllegalArgumentException("Không có nhiệm vụ mã " + planTaskId));
	}

	private PlanTaskRef ref(PlanTask task) {
		Plan plan = task.getPlan();
		List<TaskDeadline> deadlines = task.getDeadlines();
		List<DeadlineRef> refs = new java.util.ArrayList<>();
		for (int i = 0; i < deadlines.size(); i++) {
			TaskDeadline d = deadlines.get(i);
			refs.add(new DeadlineRef(i, d.getDueDate(), d.getLabel(), d.getSubmittedAt(), d.getApprovedAt(),
					d.onTime(zone), d.getReturns()));
		}
		return new PlanTaskRef(task.getId(), plan.getCode(), task.getNumber(), task.getContent(), task.getArea(),
				task.getLeadUnitCode(), task.getLeadUnitName(), task.getOfficer(),
				task.getCoordinating().stream().map(CoordinatingUnit::getUnitCode).distinct().toList(),
				task.getSchedule().kind(), refs, task.getStatus(), plan.getCoordinatingUnitCode(), plan.getPeriod(),
				reportCalendar.deadlines(plan), List.copyOf(task.getDeliverables()),
				task.getNotes());
	}

}
