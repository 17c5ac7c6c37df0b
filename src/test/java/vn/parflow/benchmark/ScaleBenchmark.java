package vn.parflow.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.parflow.ParflowApplication;
import vn.parflow.plan.PlanImportReport;
import vn.parflow.plan.PlanImportService;
import vn.parflow.plan.PlanImportService.ImportRequest;
import vn.parflow.system.TestClock;
import vn.parflow.system.TestDatabase;
import vn.parflow.workflow.PlanTaskRouting;
import vn.parflow.workflow.ReminderSchedule;

import static org.awaitility.Awaitility.await;

/**
 * Province scale, Parflow side by side with the bare engine on the same database server, in one run: N plans of
 * the demo directory's shape (the Việt Khê plan, its coordination included, moved to next year), activated; the
 * officer's and the unit head's Tasklist queries (their own filters too) and a plan's progress; a 2,000-task plan;
 * a reminder storm through the outbox to a real SMTP server (GreenMail); time to healthy, heap and RSS. Writes
 * {@code benchmark/RESULTS.md}. Only the {@code benchmark} Maven profile runs it:
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.plans=20}.
 */
class ScaleBenchmark {

	static final String OFFICER = "tuan.vhxh";

	static final String HEAD = "lan.vhxh";

	static final String ADMIN = "admin";

	final int plans = Integer.getInteger("benchmark.plans", 5);

	final int bigPlan = Integer.getInteger("benchmark.big-plan", 2000);

	final int samples = Integer.getInteger("benchmark.samples", 60);

	/** How many tasks the heads assign before the storm (their coordination tasks carry the storm's timers). */
	final int stormTasks = Integer.getInteger("benchmark.storm-tasks", 300);

	/**
	 * How many mails a second storm puts straight into the outbox (in transactions of 100, as timers commit them), to
	 * measure the outbox and the SMTP side at a size the timer storm cannot reach here; 0 for none.
	 */
	final int mailStorm = Integer.getInteger("benchmark.mail-storm", 0);

	/**
	 * How many communes the plans are spread over (plan i in commune ((i - 1) mod C) + 1; commune 1 is the demo's, the
	 * others copies of its directory, see {@link BenchPlans}); 1: every plan in the demo commune.
	 */
	final int communes = Integer.getInteger("benchmark.communes", 1);

	/**
	 * How many of the plans are loaded one by one with their activation timed against the bare engine's; the rest
	 * (the fill up to the scale) are loaded by {@code benchmark.load-threads} threads at once, and only the fill's
	 * wall time is reported.
	 */
	final int timedPlans = Integer.getInteger("benchmark.timed-plans", Integer.MAX_VALUE);

	final int loadThreads = Integer.getInteger("benchmark.load-threads", 2);

	final List<String> databases = List.of(System.getProperty("benchmark.databases", "h2,mariadb").split(","));

	final Path results = Path.of(System.getProperty("benchmark.results", "benchmark/RESULTS.md"));

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void run() throws Exception {
		List<Run> runs = new ArrayList<>();
		for (String database : databases) {
			runs.add(runOn(database.trim()));
		}
		Results.write(results, runs, plans, bigPlan, samples);
		System.out.println(Files.readString(results));
	}

	/** Everything measured on one database. */
	static final class Run {

		String database;

		double healthySeconds;

		double heapAfterStartMiB;

		double rssAfterStartMiB;

		double heapAfterLoadMiB;

		double rssAfterLoadMiB;

		double maxHeapMiB;

		int instances;

		int timedPlans;

		int fillPlans;

		int fillInstances;

		double fillSeconds;

		int communes = 1;

		double directorySeconds;

		int loadThreads;

		long units;

		long people;

		long parflowOpenTasks;

		long bareOpenTasks;

		double importSeconds;

		double parflowActivationSeconds;

		double bareActivationSeconds;

		int bigPlanTasks;

		double bigPlanParflowSeconds = Double.NaN;

		double bigPlanBareSeconds = Double.NaN;

		final Map<String, Stats[]> queries = new LinkedHashMap<>();

		final Map<String, String> rows = new LinkedHashMap<>();

		List<QueryPlans.Plan> queryPlans = List.of();

		int stormTimers;

		int stormMails;

		int stormReceived;

		int stormLost;

		int stormDoubled;

		int stormFailed;

		double stormDrainSeconds = Double.NaN;

		/** From the clock's move to the first mail received: mostly the job acquisition's idle wait. */
		double stormFirstMailSeconds = Double.NaN;

		int mailStormMails;

		int mailStormReceived;

		int mailStormLost;

		int mailStormDoubled;

		double mailStormQueueSeconds = Double.NaN;

		double mailStormDrainSeconds = Double.NaN;

		int assigned;

		double assignParflowSeconds;

		double assignBareSeconds;

	}

	private Run runOn(String database) throws Exception {
		Run run = new Run();
		run.database = database;
		int smtpPort = freePort();
		GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		Map<String, String> parflowDb;
		String bareUrl;
		Map<String, String> bareProps = Map.of();
		List<String> profiles = new ArrayList<>(List.of("demo"));
		if (database.equals("mariadb")) {
			System.setProperty("parflow.it.database", "mariadb");
			String url = TestDatabase.newMariaDbDatabase();
			bareUrl = TestDatabase.newMariaDbDatabase()
					+ "?sendFractionalSeconds=false&characterEncoding=UTF-8&useUnicode=true&rewriteBatchedStatements=true"
					// as Parflow's mysql profile: the schema check looks in this database only, not in Parflow's beside it
					+ "&nullDatabaseMeansCurrent=true";
			parflowDb = Map.of("spring.datasource.url", url, "spring.datasource.username", "root",
					"spring.datasource.password", "", "spring.jpa.database-platform", "org.hibernate.dialect.MySQLDialect",
					"spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access", "false");
			profiles.add("mysql");
		}
		else {
			Path dir = Files.createDirectories(Path.of("target", "benchmark", "h2-" + System.currentTimeMillis()));
			parflowDb = Map.of("spring.datasource.url",
					"jdbc:h2:file:" + dir.toAbsolutePath().resolve("parflow") + ";AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=256");
			bareUrl = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("bare") + ";QUERY_CACHE_SIZE=256";
		}
		List<String> args = new ArrayList<>();
		parflowDb.forEach((key, value) -> args.add("--" + key + "=" + value));
		args.addAll(List.of("--server.port=0", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
				"--parflow.outbox.dispatch-interval=10s", "--logging.level.root=WARN",
				"--logging.level.vn.parflow.benchmark=INFO", "--spring.main.banner-mode=off",
				"--parflow.attachments.dir=target/benchmark/uploads",
				"--camunda.bpm.generic-properties.properties.enablePasswordPolicy=false"));
		// a setting to compare, e.g. -Dbenchmark.parflow-args=--camunda.bpm.authorization.authorization-check-revokes=auto
		// (space-separated; the starter's own camunda.bpm.* properties win over generic-properties of the same setting)
		for (String extra : System.getProperty("benchmark.parflow-args", "").split(" ")) {
			if (!extra.isBlank()) {
				args.add(extra);
			}
		}
		long t0 = System.nanoTime();
		ConfigurableApplicationContext parflow = new SpringApplicationBuilder(ParflowApplication.class)
			.profiles(profiles.toArray(String[]::new))
			.run(args.toArray(String[]::new));
		String base = "http://127.0.0.1:" + parflow.getEnvironment().getProperty("local.server.port");
		waitHealthy(base);
		run.healthySeconds = (System.nanoTime() - t0) / 1e9;
		System.gc();
		run.heapAfterStartMiB = heapMiB();
		run.rssAfterStartMiB = rssMiB();
		run.maxHeapMiB = Runtime.getRuntime().maxMemory() / 1048576.0;
		log(database + ": healthy in " + run.healthySeconds + " s, heap " + run.heapAfterStartMiB + " MiB");

		ProcessEngine engine = parflow.getBean(ProcessEngine.class);
		PlanImportService importer = parflow.getBean(PlanImportService.class);
		TestClock clock = parflow.getBean(TestClock.class);
		JdbcTemplate jdbc = parflow.getBean(JdbcTemplate.class);
		try (BareEngine bare = new BareEngine(bareUrl, database.equals("mariadb") ? "root" : "sa", "", bareProps,
				parflow.getBean(PlanTaskRouting.class), parflow.getBean(ReminderSchedule.class))) {
			bare.deployStripped(Path.of("processes", "PlanTaskProcess.bpmn"));
			for (String user : List.of(OFFICER, HEAD, ADMIN)) {
				bare.user(user, groupsOf(engine, user));
			}
			String template = Files.readString(Path.of("config", "plans", "viet-khe-2025-h2.yaml"));
			int year = java.time.Year.now().getValue() + 1;
			if (communes > 1) {
				long start = System.nanoTime();
				String province = BenchPlans.province(Files.readString(Path.of("config", "directory", "demo.yaml")),
						communes);
				parflow.getBean(vn.parflow.directory.DirectoryImportService.class).importDirectory("province.yaml",
						new java.io.ByteArrayInputStream(province.getBytes(StandardCharsets.UTF_8)));
				run.communes = communes;
				run.units = jdbc.queryForObject("SELECT COUNT(*) FROM pf_unit", Long.class);
				run.people = engine.getIdentityService().createUserQuery().count();
				run.directorySeconds = (System.nanoTime() - start) / 1e9;
				log("%s: directory of %d communes imported in %.1f s".formatted(database, communes,
						run.directorySeconds));
			}

			// ---- import and activation, Parflow and bare plan by plan
			long importNanos = 0;
			long parflowNanos = 0;
			long bareNanos = 0;
			run.timedPlans = Math.min(plans, timedPlans);
			for (int i = 1; i <= run.timedPlans; i++) {
				String code = "BENCH-%04d".formatted(i);
				long start = System.nanoTime();
				importPlan(importer, code, benchPlan(template, code, year, i));
				importNanos += System.nanoTime() - start;
				start = System.nanoTime();
				int status = post(base + "/api/plans/" + code + "/activate", ADMIN);
				parflowNanos += System.nanoTime() - start;
				if (status != 200) {
					throw new IllegalStateException("activation of " + code + " answered " + status);
				}
				List<Object[]> starts = startsOf(engine, code);
				run.instances += starts.size();
				bareNanos += startBare(bare, starts);
				if (i % 10 == 0 || i == run.timedPlans) {
					log("%s: %d/%d plans, %d instances, Parflow %.1f/s, bare %.1f/s".formatted(database, i, plans,
							run.instances, run.instances / (parflowNanos / 1e9), run.instances / (bareNanos / 1e9)));
				}
			}
			if (plans > run.timedPlans) {
				fill(run, base, engine, importer, bare, template, year);
			}
			run.importSeconds = importNanos / 1e9;
			run.parflowActivationSeconds = parflowNanos / 1e9;
			run.bareActivationSeconds = bareNanos / 1e9;

			// ---- one big plan (background activation in Parflow)
			if (bigPlan > 0) {
				String code = "BENCH-BIG";
				importPlan(importer, code, BenchPlans.plan(template, code, year, (bigPlan + 44) / 45, bigPlan));
				long start = System.nanoTime();
				int status = post(base + "/api/plans/" + code + "/activate", ADMIN);
				if (status == 202) {
					waitActivated(base, code);
				}
				else if (status != 200) {
					throw new IllegalStateException("activation of " + code + " answered " + status);
				}
				run.bigPlanParflowSeconds = (System.nanoTime() - start) / 1e9;
				List<Object[]> starts = startsOf(engine, code);
				run.bigPlanTasks = starts.size();
				run.bigPlanBareSeconds = startBare(bare, starts) / 1e9;
				log("%s: big plan of %d tasks, Parflow %.1f s, bare %.1f s".formatted(database, run.bigPlanTasks,
						run.bigPlanParflowSeconds, run.bigPlanBareSeconds));
			}
			if (communes > 1) {
				// each commune's units hold their own commune's tasks only
				long demoCommune = engine.getTaskService().createTaskQuery().taskCandidateGroup("unit-heads-vhxh").count();
				long second = engine.getTaskService().createTaskQuery().taskCandidateGroup("unit-heads-x002-vhxh").count();
				log("%s: open tasks of the heads of Phòng Văn hóa – Xã hội, commune 1: %d, commune 2: %d"
					.formatted(database, demoCommune, second));
				if (second == 0) {
					throw new IllegalStateException("commune 2's plans did not reach its own units");
				}
			}
			assignForStorm(run, engine, bare, parflow.getBean(PlanTaskRouting.class));
			run.parflowOpenTasks = engine.getTaskService().createTaskQuery().count();
			run.bareOpenTasks = bare.engine().getTaskService().createTaskQuery().count();
			rows(run, jdbc);

			// ---- queries
			Queries queries = new Queries(base, engine, bare.engine());
			queries.measure(run, samples);
			run.queryPlans = queries.plans();

			// ---- reminder storm
			storm(run, engine, clock, jdbc, mail);
			mailStorm(run, parflow, jdbc, mail);
			System.gc();
			run.heapAfterLoadMiB = heapMiB();
			run.rssAfterLoadMiB = rssMiB();
		}
		finally {
			clock.reset();
			parflow.close();
			mail.stop();
		}
		return run;
	}

	/**
	 * The heads assign the officer of the tasks with the earliest deadline (up to {@code benchmark.storm-tasks}), in
	 * Parflow and in the bare engine alike: each such task asks every coordinating unit for input, and those input
	 * tasks' reminders all fall due at the same 08:00.
	 */
	@SuppressWarnings("unchecked")
	private void assignForStorm(Run run, ProcessEngine engine, BareEngine bare, PlanTaskRouting routing) {
		var tasks = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_AssignOfficer").list();
		Map<String, java.util.Date> due = new HashMap<>();
		Map<String, Long> ids = new HashMap<>();
		for (var task : tasks) {
			Long id = ((Number) engine.getTaskService().getVariable(task.getId(), "planTaskId")).longValue();
			ids.put(task.getId(), id);
			try {
				due.put(task.getId(), routing.dueDate(id, 0));
			}
			catch (RuntimeException ignored) {
				// no deadline yet
			}
		}
		java.util.Date first = due.values().stream().min(java.util.Date::compareTo).orElse(null);
		if (first == null) {
			return;
		}
		List<org.camunda.bpm.engine.task.Task> chosen = tasks.stream().filter(t -> first.equals(due.get(t.getId())))
			.limit(stormTasks).toList();
		long parflowNanos = 0;
		long bareNanos = 0;
		for (var task : chosen) {
			String choices = (String) engine.getTaskService().getVariableLocal(task.getId(), "viewOfficers");
			String officer = choices.substring(0, choices.indexOf('|'));
			String businessKey = engine.getRuntimeService().createProcessInstanceQuery()
				.processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
			long start = System.nanoTime();
			engine.getTaskService().complete(task.getId(), Map.of("officer", officer));
			parflowNanos += System.nanoTime() - start;
			Long id = ids.get(task.getId());
			bare.routing.prefetch(id);
			var bareTask = bare.engine().getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
				.taskDefinitionKey("Task_AssignOfficer").singleResult();
			start = System.nanoTime();
			bare.engine().getTaskService().complete(bareTask.getId(), Map.of("officer", officer));
			bareNanos += System.nanoTime() - start;
		}
		run.assigned = chosen.size();
		run.assignParflowSeconds = parflowNanos / 1e9;
		run.assignBareSeconds = bareNanos / 1e9;
		log("%s: %d tasks assigned, Parflow %.1f s, bare %.1f s".formatted(run.database, run.assigned,
				run.assignParflowSeconds, run.assignBareSeconds));
	}

	private static void rows(Run run, JdbcTemplate jdbc) {
		for (String table : List.of("ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION", "ACT_RU_VARIABLE",
				"ACT_RU_JOB", "ACT_RU_EXECUTION")) {
			run.rows.put(table, String.valueOf(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)));
		}
	}

	private String benchPlan(String template, String code, int year, int i) {
		return BenchPlans.inCommune(BenchPlans.plan(template, code, year, 1), (i - 1) % communes + 1);
	}

	/** The plans after the timed ones, each imported, activated and started in the bare engine, by several threads. */
	private void fill(Run run, String base, ProcessEngine engine, PlanImportService importer, BareEngine bare,
			String template, int year) throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(loadThreads);
		java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicInteger instances = new java.util.concurrent.atomic.AtomicInteger();
		long start = System.nanoTime();
		try {
			List<java.util.concurrent.Future<?>> work = new ArrayList<>();
			for (int i = run.timedPlans + 1; i <= plans; i++) {
				int index = i;
				work.add(pool.submit(() -> {
					String code = "BENCH-%04d".formatted(index);
					importPlan(importer, code, benchPlan(template, code, year, index));
					int status = post(base + "/api/plans/" + code + "/activate", ADMIN);
					if (status != 200) {
						throw new IllegalStateException("activation of " + code + " answered " + status);
					}
					List<Object[]> starts = startsOf(engine, code);
					startBare(bare, starts);
					int total = instances.addAndGet(starts.size());
					int count = done.incrementAndGet();
					if (count % 100 == 0) {
						log("%s: fill %d/%d plans, %d instances in %.0f s".formatted(run.database, count,
								plans - run.timedPlans, total, (System.nanoTime() - start) / 1e9));
					}
					return null;
				}));
			}
			for (java.util.concurrent.Future<?> one : work) {
				one.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		run.loadThreads = loadThreads;
		run.fillPlans = plans - run.timedPlans;
		run.fillInstances = instances.get();
		run.fillSeconds = (System.nanoTime() - start) / 1e9;
		log("%s: fill of %d plans (%d instances) in %.0f s".formatted(run.database, run.fillPlans, run.fillInstances,
				run.fillSeconds));
	}

	private void importPlan(PlanImportService importer, String code, String yaml) {
		PlanImportReport report = importer.importPlan(new ImportRequest(code + ".yaml",
				yaml.getBytes(StandardCharsets.UTF_8), null, false, false, ADMIN));
		if (!report.stored()) {
			throw new IllegalStateException("plan " + code + " not stored: " + report);
		}
	}

	/** Business key and variables of every instance Parflow started for the plan, for the bare engine to start. */
	private static List<Object[]> startsOf(ProcessEngine engine, String code) {
		List<ProcessInstance> instances = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(vn.parflow.workflow.PlanTaskProcess.KEY)
			.processInstanceBusinessKeyLike(code + "/%")
			.list();
		Map<String, Map<String, Object>> variables = new HashMap<>();
		List<String> ids = instances.stream().map(ProcessInstance::getId).toList();
		for (int from = 0; from < ids.size(); from += 500) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			for (HistoricVariableInstance variable : engine.getHistoryService()
				.createHistoricVariableInstanceQuery()
				.processInstanceIdIn(chunk.toArray(String[]::new))
				.variableNameIn("planTaskId", "officer")
				.list()) {
				if (variable.getActivityInstanceId() != null
						&& !variable.getActivityInstanceId().equals(variable.getProcessInstanceId())) {
					continue;
				}
				variables.computeIfAbsent(variable.getProcessInstanceId(), key -> new HashMap<>())
					.put(variable.getName(), variable.getValue());
			}
		}
		List<Object[]> starts = new ArrayList<>();
		for (ProcessInstance instance : instances) {
			Map<String, Object> vars = variables.getOrDefault(instance.getId(), new HashMap<>());
			vars.putIfAbsent("officer", null);
			starts.add(new Object[] { instance.getBusinessKey(), vars });
		}
		return starts;
	}

	/** Starts the same instances in the bare engine, in one transaction (as Parflow does); answers the nanoseconds. */
	@SuppressWarnings("unchecked")
	private static long startBare(BareEngine bare, List<Object[]> starts) {
		bare.routing.forgetIfFull();
		bare.schedule.forgetIfFull();
		for (Object[] start : starts) {
			Long id = ((Number) ((Map<String, Object>) start[1]).get("planTaskId")).longValue();
			bare.routing.prefetch(id);
			bare.schedule.prefetch(id, bare.routing.deadlineIndexes(id));
		}
		long t = System.nanoTime();
		bare.inTransaction(() -> {
			for (Object[] start : starts) {
				bare.engine()
					.getRuntimeService()
					.startProcessInstanceByKey("PlanTaskProcess", (String) start[0], (Map<String, Object>) start[1]);
			}
			return null;
		});
		return System.nanoTime() - t;
	}

	private static List<String> groupsOf(ProcessEngine engine, String user) {
		return engine.getIdentityService()
			.createGroupQuery()
			.groupMember(user)
			.list()
			.stream()
			.map(group -> group.getId())
			.toList();
	}

	/**
	 * Moves the clock to the earliest timer of the plans (a reminder at 08:00, due for every plan at once) and lets
	 * the job executor and the outbox run: drain time until the SMTP server has every mail, lost and doubled mail.
	 */
	private void storm(Run run, ProcessEngine engine, TestClock clock, JdbcTemplate jdbc, GreenMail mail)
			throws Exception {
		Job first = engine.getManagementService().createJobQuery().timers().orderByJobDuedate().asc().listPage(0, 1)
			.stream().findFirst().orElse(null);
		if (first == null) {
			return;
		}
		Instant at = first.getDuedate().toInstant();
		java.util.Date upTo = java.util.Date.from(at.plusSeconds(1));
		run.stormTimers = (int) engine.getManagementService().createJobQuery().timers().duedateLowerThan(upTo).count();
		long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM pf_outbox", Long.class);
		mail.reset();
		log(run.database + ": storm of " + run.stormTimers + " timers at " + at);
		long start = System.nanoTime();
		clock.moveTo(at.plusSeconds(1));
		long[] lastProgress = { System.nanoTime() };
		int[] lastReceived = { -1 };
		// drained: no timer left, no mail waiting, and nothing more arrived for 3 s
		await("the storm drains").atMost(Duration.ofMinutes(Long.getLong("benchmark.storm-minutes", 15)))
			.pollInterval(Duration.ofMillis(500)).until(() -> {
				long timersLeft = engine.getManagementService().createJobQuery().timers().duedateLowerThan(upTo)
					.withRetriesLeft().count();
				Long pending = jdbc.queryForObject(
						"SELECT COUNT(*) FROM pf_outbox WHERE id > ? AND status IN ('QUEUED', 'SENDING')", Long.class, before);
				int received = mail.getReceivedMessages().length;
				if (received != lastReceived[0]) {
					if (received > 0 && Double.isNaN(run.stormFirstMailSeconds)) {
						run.stormFirstMailSeconds = (System.nanoTime() - start) / 1e9;
					}
					lastReceived[0] = received;
					lastProgress[0] = System.nanoTime();
				}
				return timersLeft == 0 && pending == 0 && System.nanoTime() - lastProgress[0] > 3_000_000_000L;
			});
		run.stormDrainSeconds = (lastProgress[0] - start) / 1e9;
		run.stormMails = jdbc.queryForObject("SELECT COUNT(*) FROM pf_outbox WHERE id > ?", Long.class, before)
			.intValue();
		run.stormFailed = jdbc.queryForObject("SELECT COUNT(*) FROM pf_outbox WHERE id > ? AND status <> 'SENT'",
				Long.class, before).intValue();
		Set<String> seen = new HashSet<>();
		int doubled = 0;
		MimeMessage[] received = mail.getReceivedMessages();
		for (MimeMessage message : received) {
			Address[] to = message.getRecipients(Message.RecipientType.TO);
			String key = message.getMessageID() + "|" + (to == null ? "" : to[0].toString());
			if (!seen.add(key)) {
				doubled++;
			}
		}
		run.stormReceived = received.length;
		run.stormDoubled = doubled;
		run.stormLost = Math.max(0, run.stormMails - seen.size());
		log("%s: storm %d timers → %d mails, %d received, %d lost, %d doubled, %.1f s (first mail after %.1f s)"
			.formatted(run.database, run.stormTimers, run.stormMails, run.stormReceived, run.stormLost,
					run.stormDoubled, run.stormDrainSeconds, run.stormFirstMailSeconds));
	}

	/**
	 * Queues {@code benchmark.mail-storm} mails in transactions of 100 through the outbox (each commit wakes its send,
	 * as a timer's does) and waits until the SMTP server has them all: drain time from the first queued mail to the
	 * last received, lost and doubled mail.
	 */
	private void mailStorm(Run run, ConfigurableApplicationContext parflow, JdbcTemplate jdbc, GreenMail mail) {
		if (mailStorm <= 0) {
			return;
		}
		long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM pf_outbox", Long.class);
		mail.reset();
		log(run.database + ": mail storm of " + mailStorm + " mails");
		vn.parflow.reminder.Outbox outbox = parflow.getBean(vn.parflow.reminder.Outbox.class);
		var transactions = new org.springframework.transaction.support.TransactionTemplate(
				parflow.getBean(org.springframework.transaction.PlatformTransactionManager.class));
		long start = System.nanoTime();
		for (int from = 0; from < mailStorm; from += 100) {
			int first = from;
			transactions.executeWithoutResult(status -> {
				for (int i = first; i < Math.min(mailStorm, first + 100); i++) {
					String user = "bench" + i;
					outbox.enqueue(new vn.parflow.reminder.OutboxMail("bench-mail-storm:" + before + ":" + i,
							vn.parflow.reminder.MailKind.TASK_REMINDER, user, "Cán bộ " + i, user + "@demo.parflow.vn",
							"[Parflow] Nhắc việc: nhiệm vụ " + i + " đến hạn", "<p>Hạn xử lý: 10/03/2027</p>",
							"Hạn xử lý: 10/03/2027", "http://localhost/"));
				}
			});
		}
		run.mailStormQueueSeconds = (System.nanoTime() - start) / 1e9;
		long[] lastProgress = { System.nanoTime() };
		int[] lastReceived = { -1 };
		await("the mail storm drains").atMost(Duration.ofMinutes(Long.getLong("benchmark.storm-minutes", 15)))
			.pollInterval(Duration.ofMillis(500)).until(() -> {
				Long pending = jdbc.queryForObject(
						"SELECT COUNT(*) FROM pf_outbox WHERE id > ? AND status IN ('QUEUED', 'SENDING')", Long.class, before);
				int received = mail.getReceivedMessages().length;
				if (received != lastReceived[0]) {
					lastReceived[0] = received;
					lastProgress[0] = System.nanoTime();
				}
				return pending == 0 && System.nanoTime() - lastProgress[0] > 3_000_000_000L;
			});
		run.mailStormDrainSeconds = (lastProgress[0] - start) / 1e9;
		run.mailStormMails = jdbc.queryForObject("SELECT COUNT(*) FROM pf_outbox WHERE id > ?", Long.class, before)
			.intValue();
		Set<String> seen = new HashSet<>();
		int doubled = 0;
		MimeMessage[] received = mail.getReceivedMessages();
		for (MimeMessage message : received) {
			try {
				if (!seen.add(message.getMessageID())) {
					doubled++;
				}
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		run.mailStormReceived = received.length;
		run.mailStormDoubled = doubled;
		run.mailStormLost = Math.max(0, run.mailStormMails - seen.size());
		log("%s: mail storm %d mails (queued in %.1f s), %d received, %d lost, %d doubled, %.1f s, %.1f mails/s"
			.formatted(run.database, run.mailStormMails, run.mailStormQueueSeconds, run.mailStormReceived,
					run.mailStormLost, run.mailStormDoubled, run.mailStormDrainSeconds,
					run.mailStormReceived / run.mailStormDrainSeconds));
	}

	// ---- HTTP

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	private int post(String url, String user) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(user))
			.POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	private void waitActivated(String base, String code) {
		await("activation of " + code).atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
			String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/plans/" + code + "/activation"))
				.header("Authorization", basic(ADMIN)).build(), HttpResponse.BodyHandlers.ofString()).body();
			if (body.contains("\"REFUSED\"") || body.contains("\"FAILED\"")) {
				throw new IllegalStateException("activation of " + code + ": " + body);
			}
			return body.contains("\"DONE\"");
		});
	}

	private void waitHealthy(String base) {
		await("Parflow healthy").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() -> {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
		});
	}

	// ---- machine

	static double heapMiB() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
	}

	static double rssMiB() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
				}
			}
		}
		catch (IOException ignored) {
			// not Linux
		}
		return Double.NaN;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static void log(String message) {
		System.out.println("[benchmark " + Instant.now() + "] " + message);
	}

	/** A bare query as a supplier of its (unused) answer. */
	interface BareQuery extends Supplier<Object> {
	}

	static TaskQuery created(TaskQuery query) {
		return query.orderByTaskCreateTime().desc();
	}

}
