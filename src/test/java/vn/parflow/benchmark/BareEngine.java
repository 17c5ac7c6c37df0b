package vn.parflow.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

import vn.parflow.workflow.PlanTaskRouting;
import vn.parflow.workflow.ReminderSchedule;

/**
 * The bare Camunda engine the benchmark measures Parflow against: the same {@code PlanTaskProcess.bpmn} with every
 * Parflow listener stripped, its own tables on the same database server, no authorizations, no job executor, full
 * history, the same id generator. The model's routing expressions ({@code ${planTaskRouting.…}},
 * {@code ${reminderSchedule.…}}) answer from a snapshot of Parflow's own answers taken before the timing starts, so
 * the bare instances have the same user tasks, candidate groups, due dates and timers as Parflow's.
 */
final class BareEngine implements AutoCloseable {

	private final HikariDataSource dataSource;

	private final ProcessEngine engine;

	final BareRouting routing;

	final BareSchedule schedule;

	BareEngine(String jdbcUrl, String user, String password, Map<String, String> dataSourceProperties,
			PlanTaskRouting parflowRouting, ReminderSchedule parflowSchedule) {
		HikariConfig pool = new HikariConfig();
		pool.setJdbcUrl(jdbcUrl);
		pool.setUsername(user);
		pool.setPassword(password);
		pool.setMaximumPoolSize(10);
		pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
		dataSourceProperties.forEach(pool::addDataSourceProperty);
		this.dataSource = new HikariDataSource(pool);
		this.routing = new BareRouting(parflowRouting);
		this.schedule = new BareSchedule(parflowSchedule);
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setProcessEngineName("bare");
		configuration.setDataSource(dataSource);
		configuration.setDatabaseSchemaUpdate("true");
		configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
		configuration.setIdGenerator(new StrongUuidGenerator());
		configuration.setJobExecutorActivate(false);
		configuration.setAuthorizationEnabled(false);
		configuration.setEnforceHistoryTimeToLive(true);
		configuration.setMetricsEnabled(false);
		configuration.setUserResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}");
		configuration.setGroupResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}");
		Map<Object, Object> beans = new HashMap<>();
		beans.put("planTaskRouting", routing);
		beans.put("reminderSchedule", schedule);
		JavaDelegate nothing = execution -> {
		};
		for (String delegate : List.of("remindOfficer", "escalateOverdue", "remindInput", "escalateInput")) {
			beans.put(delegate, nothing);
		}
		configuration.setBeans(beans);
		this.engine = configuration.buildProcessEngine();
	}

	ProcessEngine engine() {
		return engine;
	}

	/** Deploys the model without Parflow's task and execution listeners. */
	void deployStripped(Path model) throws java.io.IOException {
		String xml = Files.readString(model, StandardCharsets.UTF_8);
		String stripped = xml.replaceAll("(?s)<camunda:taskListener[^>]*/>", "")
			.replaceAll("(?s)<camunda:executionListener[^>]*/>", "");
		if (stripped.contains("camunda:taskListener") || stripped.contains("camunda:executionListener")) {
			throw new IllegalStateException("the bare model still holds a listener");
		}
		engine.getRepositoryService()
			.createDeployment()
			.name("bare")
			.addString("PlanTaskProcess.bpmn", stripped)
			.deploy();
	}

	/** The benchmark's people, with the same groups as in Parflow, so that candidateUser means the same. */
	void user(String id, List<String> groups) {
		var identity = engine.getIdentityService();
		if (identity.createUserQuery().userId(id).count() == 0) {
			User user = identity.newUser(id);
			identity.saveUser(user);
		}
		for (String group : groups) {
			if (identity.createGroupQuery().groupId(group).count() == 0) {
				Group created = identity.newGroup(group);
				identity.saveGroup(created);
			}
			if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
				identity.createMembership(id, group);
			}
		}
	}

	/** Runs the work in one engine transaction (the services called inside join it). */
	<T> T inTransaction(Supplier<T> work) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		Command<T> command = context -> work.get();
		return configuration.getCommandExecutorTxRequired().execute(command);
	}

	@Override
	public void close() {
		engine.close();
		dataSource.close();
	}

	/**
	 * Answers memoised per call, so that the timed part reads a map. Emptied before a plan's prefetch when it holds
	 * more than {@link #KEPT} answers (at 150k tasks it would hold millions, in the heap the benchmark measures); an
	 * answer asked again is then taken from Parflow once more.
	 */
	static class Memo {

		static final int KEPT = 50_000;

		private final Map<String, Object> answers = new ConcurrentHashMap<>();

		@SuppressWarnings("unchecked")
		<T> T memo(String key, Supplier<T> compute) {
			Object found = answers.get(key);
			if (found == null && !answers.containsKey(key)) {
				found = compute.get();
				answers.put(key, found == null ? NULL : found);
			}
			return found == NULL ? null : (T) found;
		}

		private static final Object NULL = new Object();

		/** Before a plan's prefetch, never between it and the timed starts. */
		void forgetIfFull() {
			if (answers.size() > KEPT) {
				answers.clear();
			}
		}

		/** A question the model never asks for this task (no officer yet, no coordination) may fail: not cached. */
		static void quietly(Supplier<?> call) {
			try {
				call.get();
			}
			catch (RuntimeException ignored) {
				// the model does not ask it for this task
			}
		}

	}

	/** {@code ${planTaskRouting.…}} for the bare model: Parflow's answers, taken once. */
	public static final class BareRouting extends Memo {

		private final PlanTaskRouting real;

		BareRouting(PlanTaskRouting real) {
			this.real = real;
		}

		/** Takes every answer the model may ask for this task. */
		void prefetch(Long id) {
			quietly(() -> deadlineUnresolved(id));
			quietly(() -> coordinatorGroups(id));
			quietly(() -> leadHeadsGroup(id));
			quietly(() -> hasCoordination(id));
			quietly(() -> {
				coordinatingUnits(id).forEach(this::unitGroup);
				return null;
			});
			quietly(() -> inputDueDate(id));
			quietly(() -> {
				deadlineIndexes(id).forEach(index -> dueDate(id, index));
				return null;
			});
			quietly(() -> officer(id));
			quietly(() -> approverGroups(id));
		}

		public boolean deadlineUnresolved(Long id) {
			return memo("du" + id, () -> real.deadlineUnresolved(id));
		}

		public List<String> coordinatorGroups(Long id) {
			return memo("cg" + id, () -> real.coordinatorGroups(id));
		}

		public String leadHeadsGroup(Long id) {
			return memo("lh" + id, () -> real.leadHeadsGroup(id));
		}

		public boolean hasCoordination(Long id) {
			return memo("hc" + id, () -> real.hasCoordination(id));
		}

		public List<String> coordinatingUnits(Long id) {
			return memo("cu" + id, () -> real.coordinatingUnits(id));
		}

		public String unitGroup(String unit) {
			return memo("ug" + unit, () -> real.unitGroup(unit));
		}

		public java.util.Date inputDueDate(Long id) {
			return memo("id" + id, () -> real.inputDueDate(id));
		}

		public List<Integer> deadlineIndexes(Long id) {
			return memo("di" + id, () -> real.deadlineIndexes(id));
		}

		public String officer(Long id) {
			return memo("of" + id, () -> real.officer(id));
		}

		public java.util.Date dueDate(Long id, Integer index) {
			return memo("dd" + id + ":" + index, () -> real.dueDate(id, index));
		}

		public List<String> approverGroups(Long id) {
			return memo("ag" + id, () -> real.approverGroups(id));
		}

	}

	/** {@code ${reminderSchedule.…}} for the bare model. */
	public static final class BareSchedule extends Memo {

		private final ReminderSchedule real;

		BareSchedule(ReminderSchedule real) {
			this.real = real;
		}

		void prefetch(Long id, List<Integer> indexes) {
			for (Integer index : indexes) {
				quietly(() -> reminderCycle(id, index));
				quietly(() -> overdueCycle(id, index));
			}
			quietly(() -> inputReminderCycle(id));
			quietly(() -> inputOverdueCycle(id));
		}

		public String reminderCycle(Long id, Integer index) {
			return memo("rc" + id + ":" + index, () -> real.reminderCycle(id, index));
		}

		public String overdueCycle(Long id, Integer index) {
			return memo("oc" + id + ":" + index, () -> real.overdueCycle(id, index));
		}

		public String inputReminderCycle(Long id) {
			return memo("ir" + id, () -> real.inputReminderCycle(id));
		}

		public String inputOverdueCycle(Long id) {
			return memo("io" + id, () -> real.inputOverdueCycle(id));
		}

	}

}
