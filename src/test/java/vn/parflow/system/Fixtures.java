package vn.parflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import vn.parflow.directory.DirectoryImportReport;
import vn.parflow.directory.DirectoryImportService;
import vn.parflow.plan.PlanImportReport;
import vn.parflow.plan.PlanImportService;
import vn.parflow.plan.PlanImportService.ImportRequest;

import static org.awaitility.Awaitility.await;

/** What the integration tests set up and take down the same way, whatever they test. */
public final class Fixtures {

	static final Path DEMO_DIRECTORY = Path.of("config/directory/demo.yaml");

	static final Path DEMO_PLAN = Path.of("config/plans/viet-khe-2025-h2.yaml");

	private Fixtures() {
	}

	/**
	 * Imports config/directory/demo.yaml (the working directory is the project's, as under Maven): the demo
	 * directory as the product ships it, back as it was whatever an earlier test changed in it.
	 */
	public static DirectoryImportReport demoDirectory(DirectoryImportService directory) {
		try (InputStream in = Files.newInputStream(DEMO_DIRECTORY)) {
			return directory.importDirectory("demo.yaml", in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Stores the demo plan (config/plans/viet-khe-2025-h2.yaml, the Việt Khê plan of 45 tasks for July–December
	 * 2025) as a draft under {@code code}; fails the test with the import's report when it is not stored.
	 */
	public static PlanImportReport demoPlan(PlanImportService importer, String code) {
		try {
			PlanImportReport report = importer.importPlan(
					new ImportRequest(DEMO_PLAN.getFileName().toString(), Files.readAllBytes(DEMO_PLAN), code, false,
							false, "it"));
			if (!report.stored()) {
				throw new AssertionError("the demo plan was not stored: " + report);
			}
			return report;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Ends every process whose business key is like {@code businessKeyLike} (a test's plan codes, {@code IT-WF-%} or
	 * {@code CODE/%}), so that their timers do not fire in later tests, and first removes those plans' Quartz
	 * triggers (report-cycle openings, report reminders: their names start with the plan code). A plan activated
	 * under a clock moved back to 2025 has triggers already due in real time; left in the store they open cycles,
	 * and add unit tasks, in the middle of the tests that run after. Call it with the test's clock back where the
	 * test started, so that no timer of theirs is due; a job the executor is still running meanwhile only delays
	 * the removal.
	 */
	public static void endProcesses(RuntimeService runtime, Scheduler quartz, String businessKeyLike) {
		String planCodes = businessKeyLike.replaceFirst("/?%$", "");
		try {
			for (TriggerKey key : quartz.getTriggerKeys(GroupMatcher.anyTriggerGroup())) {
				if (key.getName().startsWith(planCodes)) {
					quartz.unscheduleJob(key);
				}
			}
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("the test plans' triggers stay in the store", ex);
		}
		await().atMost(Duration.ofSeconds(30)).ignoreExceptionsInstanceOf(OptimisticLockingException.class).until(() -> {
			List<String> running = runtime.createProcessInstanceQuery()
				.processInstanceBusinessKeyLike(businessKeyLike)
				.list()
				.stream()
				.map(ProcessInstance::getId)
				.toList();
			if (!running.isEmpty()) {
				runtime.deleteProcessInstances(running, "test over", true, true);
			}
			return true;
		});
	}

	/**
	 * Runs a job that the test's clock has just made due. The application's job executor runs too and may take the
	 * same job first (its acquisition reads the moved clock); then the test's own run loses with an optimistic
	 * lock or finds no job, and this waits until the executor has finished it. Either way the job has run once
	 * when this returns.
	 */
	public static void runDueJob(ManagementService management, String jobId) {
		try {
			management.executeJob(jobId);
		}
		catch (OptimisticLockingException lost) {
			// the executor holds or has just run it
		}
		catch (ProcessEngineException gone) {
			if (!String.valueOf(gone.getMessage()).contains("No job found")) {
				throw gone;
			}
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> management.createJobQuery().jobId(jobId).count() == 0);
	}

}
