package vn.parflow.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parflow.plan.PlanLifecycle;
import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanStatus;
import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.PlanViews.PlanView;
import vn.parflow.plan.TaskProgress;
import vn.parflow.schedule.ScheduleKind;

/**
 * Activates a plan: one PlanTaskProcess per task, business key {@code {planCode}/{taskNumber}}, all in one
 * transaction, and the plan becomes ACTIVE. Idempotent: a task that already has a process (running or finished)
 * gets no second one. A plan whose tasks could not run as processes (a lead unit without people, nobody to assign
 * or approve) is refused with the reasons, and nothing starts.
 */
@Service
public class PlanActivation {

	private static final Logger log = LoggerFactory.getLogger(PlanActivation.class);

	/** How many processes were started now, and how many tasks already had one. */
	public record ActivationResult(int started, int alreadyRunning) {
	}

	/** No plan with that code. */
	public static class UnknownPlan extends RuntimeException {

		UnknownPlan(String code) {
			super("Không có kế hoạch mã “%s”.".formatted(code));
		}

	}

	/** The plan cannot be activated; {@code reasons} says why, task by task. */
	public static class ActivationRefused extends RuntimeException {

		private final transient List<String> reasons;

		ActivationRefused(String message, List<String> reasons) {
			super(message);
			this.reasons = List.copyOf(reasons);
		}

		public List<String> reasons() {
			return reasons;
		}

	}

	/**
	 * The plan's whole period is over: activating it makes every task overdue at once, which a person must mean.
	 * Sent again with {@code confirmPast=true}, it is activated.
	 */
	public static class PastPeriodNotConfirmed extends ActivationRefused {

		PastPeriodNotConfirmed(String message, List<String> reasons) {
			super(message, reasons);
		}

	}

	/**
	 * How many processes start in one engine command. More would mean fewer flushes, but the engine merges each new
	 * grant with the grants already in the command by scanning them all: with a whole 2,000-task plan in one command
	 * that scan alone grows with the square of the plan.
	 */
	static final int STARTS_PER_COMMAND = 50;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PlanQueries plans;

	private final PlanLifecycle lifecycle;

	private final TaskProgress progress;

	private final PlanTaskRouting routing;

	private final UnitPeople people;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final EntityManager entities;

	private final Clock clock;

	/** Without JPA (the process tests' rig): nothing to flush. */
	PlanActivation(PlanQueries plans, PlanLifecycle lifecycle, TaskProgress progress, PlanTaskRouting routing,
			UnitPeople people, RuntimeService runtime, HistoryService history, Clock clock) {
		this(plans, lifecycle, progress, routing, people, runtime, history, clock, null);
	}

	@Autowired
	PlanActivation(PlanQueries plans, PlanLifecycle lifecycle, TaskProgress progress, PlanTaskRouting routing,
			UnitPeople people, RuntimeService runtime, HistoryService history, Clock clock, EntityManager entities) {
		this.entities = entities;
		this.clock = clock;
		this.plans = plans;
		this.lifecycle = lifecycle;
		this.progress = progress;
		this.routing = routing;
		this.people = people;
		this.runtime = runtime;
		this.history = history;
	}

	@Transactional
	public ActivationResult activate(String planCode) {
		return activate(planCode, (done, total) -> {
		});
	}

	/** The same, for a plan whose whole period may be past when {@code confirmPast} is true. */
	@Transactional
	public ActivationResult activate(String planCode, boolean confirmPast) {
		return activate(planCode, confirmPast, (done, total) -> {
		});
	}

	/**
	 * Refuses ({@link PastPeriodNotConfirmed}) a plan whose period ended before today, unless {@code confirmPast}:
	 * every one of its deadlines is past, so each task would start overdue and escalate at once.
	 */
	public void checkPeriod(String planCode, boolean confirmPast) {
		PlanView plan = plans.plan(planCode).orElseThrow(() -> new UnknownPlan(planCode));
		LocalDate today = LocalDate.now(clock);
		if (confirmPast || plan.status() != PlanStatus.DRAFT || !plan.periodEnd().isBefore(today)) {
			return;
		}
		throw new PastPeriodNotConfirmed(("Kỳ của kế hoạch %s (%s – %s) đã kết thúc trước hôm nay (%s): mọi thời hạn "
				+ "đều đã qua. Nếu vẫn kích hoạt, mọi nhiệm vụ bắt đầu ở trạng thái quá hạn và được báo quá hạn ngay. "
				+ "Gửi lại với confirmPast=true để xác nhận.").formatted(planCode, DAY.format(plan.periodStart()),
						DAY.format(plan.periodEnd()), DAY.format(today)),
				List.of("Kỳ kế hoạch kết thúc ngày %s.".formatted(DAY.format(plan.periodEnd()))));
	}

	/** How far an activation is: {@code done} of {@code total} processes started (in the activation's transaction). */
	@FunctionalInterface
	public interface Progress {

		void started(int done, int total);

	}

	/**
	 * The same, telling {@code tracker} after every process. The plan's row is locked first (SELECT … FOR UPDATE,
	 * on H2 and MySQL alike) and stays locked until the processes are committed: a second activation of the plan at
	 * the same moment waits, then finds every task started and starts nothing.
	 */
	@Transactional
	public ActivationResult activate(String planCode, Progress tracker) {
		return activate(planCode, true, tracker);
	}

	/** The same, refusing a plan whose whole period is past unless {@code confirmPast}. */
	@Transactional
	public ActivationResult activate(String planCode, boolean confirmPast, Progress tracker) {
		if (!lifecycle.lockForActivation(planCode)) {
			throw new UnknownPlan(planCode);
		}
		checkPeriod(planCode, confirmPast);
		// The checks and the listeners of every new process look up the plan task and the directory; with the
		// default AUTO flush mode each of those queries first dirty-checks everything the activation has loaded so far
		// (quadratic in the plan's size). Nothing in the activation reads back by query what it wrote (a plan task is
		// read by id, from the persistence context): Parflow's rows go at commit.
		if (entities != null) {
			entities.setFlushMode(FlushModeType.COMMIT);
		}
		PlanView plan = plans.plan(planCode).orElseThrow(() -> new UnknownPlan(planCode));
		List<PlanTaskRef> tasks = progress.tasks(planCode);
		Set<String> started = startedKeys(planCode);
		List<PlanTaskRef> toStart = tasks.stream().filter(task -> !started.contains(task.businessKey())).toList();
		Map<Long, String> officers = new HashMap<>();
		toStart.forEach(task -> officers.put(task.id(), routing.presetOfficer(task)));
		List<String> reasons = check(tasks, toStart, officers);
		if (!reasons.isEmpty()) {
			throw new ActivationRefused(
					"Kế hoạch %s chưa kích hoạt được: %d vấn đề cần sửa.".formatted(planCode,
							reasons.size()),
					reasons);
		}
		lifecycle.activate(planCode);
		startAll(planCode, toStart, officers, tracker);
		log.info("Kế hoạch {}: bắt đầu {} quy trình nhiệm vụ, {} nhiệm vụ đã có quy trình", planCode, toStart.size(),
				tasks.size() - toStart.size());
		return new ActivationResult(toStart.size(), tasks.size() - toStart.size());
	}

	/**
	 * Starts the processes {@value #STARTS_PER_COMMAND} to an engine command: each start joins the command (the engine
	 * reuses the command of its thread), so the engine opens, flushes and closes one command per group of starts
	 * instead of one per task and writes the group's rows in one batch per statement, all in the activation's
	 * transaction as before. A group's starts are given the latest PlanTaskProcess, looked up once: by id, every start
	 * after the first finds it in the command's cache instead of asking the database for the latest version again.
	 * Nothing in the starts reads back through an engine query what an earlier start of the same plan wrote.
	 */
	private void startAll(String planCode, List<PlanTaskRef> toStart, Map<Long, String> officers, Progress tracker) {
		for (int from = 0; from < toStart.size(); from += STARTS_PER_COMMAND) {
			int first = from;
			List<PlanTaskRef> group = toStart.subList(from, Math.min(from + STARTS_PER_COMMAND, toStart.size()));
			inOneCommand(definitionId -> {
				int done = first;
				for (PlanTaskRef task : group) {
					start(definitionId, task, officers.get(task.id()));
					done++;
					tracker.started(done, toStart.size());
					if (done % 100 == 0) {
						log.info("Kế hoạch {}: đã bắt đầu {}/{} quy trình nhiệm vụ", planCode, done, toStart.size());
					}
				}
			});
		}
	}

	private void start(String definitionId, PlanTaskRef task, String officer) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(PlanTaskProcess.PLAN_TASK_ID, task.id());
		variables.put(PlanTaskProcess.OFFICER, officer);
		if (definitionId == null) {
			runtime.startProcessInstanceByKey(PlanTaskProcess.KEY, task.businessKey(), variables);
		}
		else {
			runtime.startProcessInstanceById(definitionId, task.businessKey(), variables);
		}
	}

	/**
	 * Runs {@code starts} in one engine command, with the id of the latest PlanTaskProcess (null without an engine
	 * command executor: they start by key).
	 */
	private void inOneCommand(Consumer<String> starts) {
		if (!(runtime instanceof ServiceImpl service)) {
			starts.accept(null);
			return;
		}
		service.getCommandExecutor().execute(command -> {
			starts.accept(command.getProcessEngineConfiguration()
				.getDeploymentCache()
				.findDeployedLatestProcessDefinitionByKey(PlanTaskProcess.KEY)
				.getId());
			return null;
		});
	}

	/** How many of the plan's tasks have no process yet (read without locking, to choose how to activate). */
	@Transactional(readOnly = true)
	public int toStart(String planCode) {
		plans.plan(planCode).orElseThrow(() -> new UnknownPlan(planCode));
		Set<String> started = startedKeys(planCode);
		return (int) progress.tasks(planCode).stream().filter(task -> !started.contains(task.businessKey())).count();
	}

	/** The business keys of the plan's tasks that already have a process, running or finished. */
	private Set<String> startedKeys(String planCode) {
		String prefix = planCode + "/";
		return history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(PlanTaskProcess.KEY)
			.processInstanceBusinessKeyLike(prefix + "%")
			.list()
			.stream()
			.map(HistoricProcessInstance::getBusinessKey)
			.filter(key -> key != null && key.startsWith(prefix))
			.collect(Collectors.toSet());
	}

	/** What would leave a task without anyone to work on, assign, approve it or set its deadline. */
	private List<String> check(List<PlanTaskRef> all, List<PlanTaskRef> toStart, Map<Long, String> officers) {
		List<String> reasons = new ArrayList<>();
		if (all.isEmpty()) {
			reasons.add("Kế hoạch không có nhiệm vụ nào.");
			return reasons;
		}
		Map<String, List<String>> everyone = new HashMap<>();
		Map<String, List<String>> heads = new HashMap<>();
		for (PlanTaskRef task : toStart) {
			String lead = task.leadUnitCode();
			if (everyone.computeIfAbsent(lead, people::everyone).isEmpty()) {
				reasons.add("Nhiệm vụ %s: %s chưa có ai trong danh mục người dùng.".formatted(task.number(),
						task.leadUnitName()));
			}
			else if (officers.get(task.id()) == null && heads.computeIfAbsent(lead, people::heads).isEmpty()) {
				reasons.add("Nhiệm vụ %s: %s có nhiều công chức nhưng không có lãnh đạo đơn vị để giao việc."
					.formatted(task.number(), task.leadUnitName()));
			}
			Set<String> silent = new LinkedHashSet<>();
			for (String unit : PlanTaskRouting.coordinatingUnits(task)) {
				if (everyone.computeIfAbsent(unit, people::everyone).isEmpty()) {
					silent.add(people.unitName(unit));
				}
			}
			if (!silent.isEmpty()) {
				reasons.add("Nhiệm vụ %s: đơn vị phối hợp chưa có ai trong danh mục người dùng: %s.".formatted(
						task.number(), String.join(", ", silent)));
			}
		}
		if (toStart.isEmpty()) {
			return reasons;
		}
		String office = all.get(0).planCoordinatingUnitCode();
		boolean officeHeads = office != null && !heads.computeIfAbsent(office, people::heads).isEmpty();
		if (!officeHeads && people.approvers().isEmpty()) {
			reasons.add("Kế hoạch chưa có người phê duyệt: cần người có vai trò APPROVER hoặc lãnh đạo cơ quan đầu mối.");
		}
		boolean unresolved = toStart.stream()
			.anyMatch(task -> task.scheduleKind() == ScheduleKind.UNRESOLVED && task.deadlines().isEmpty());
		if (unresolved && !officeHeads && people.planAdmins().isEmpty()) {
			reasons.add("Có nhiệm vụ chưa có thời hạn nhưng không có ai để đặt thời hạn: cần lãnh đạo cơ quan đầu mối "
					+ "hoặc người có vai trò PLAN_ADMIN.");
		}
		return reasons;
	}

}
