package vn.parflow.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.plan.PlanImportReport;
import vn.parflow.plan.PlanImportService.ImportRequest;
import vn.parflow.plan.PlanImportService;
import vn.parflow.plan.TaskProgress;
import vn.parflow.plan.TaskStatus;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.Fixtures;
import vn.parflow.system.TestClock;
import vn.parflow.web.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Camunda Tasklist in headless Chromium: the head of the lead unit picks the officer from the unit's people;
 * the officer logs in, opens the submission form (Parflow's Camunda Form, in Vietnamese, showing the task), fills it
 * and completes it; a leader logs in, claims the approval, approves; the plan task is DONE. Screenshots of each step
 * go to {@code <build>/browser/}.
 */
@DatabaseIntegrationTest
class TaskFormsBrowserIT {

	static final String CODE = "IT-WF-UI";

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@LocalServerPort
	int port;

	@Autowired
	DirectoryImportService directory;

	@Autowired
	PlanImportService plans;

	@Autowired
	PlanActivation activation;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Scheduler quartz;

	@Autowired
	HistoryService history;

	@Autowired
	TaskProgress progress;

	@Autowired
	TestClock clock;

	@BeforeEach
	void planWithOneTask() throws IOException {
		Fixtures.demoDirectory(directory);
		clock.moveTo(LocalDateTime.of(2025, 11, 3, 9, 0).atZone(ZONE).toInstant());
		PlanImportReport imported = plans.importPlan(new ImportRequest("it-wf-ui.yaml",
				OneTaskPlan.yaml(CODE, "Trung tâm phục vụ hành chính công"), CODE, false, false, "it"));
		assertThat(imported.stored()).as(imported.toString()).isTrue();
		activation.activate(CODE);
	}

	/**
	 * Ends this test's processes before real time returns, so that their timers do not fire in later tests: with the
	 * clock back where the test started no timer of theirs is due; a job the executor is still running meanwhile only
	 * delays the removal.
	 */
	@AfterEach
	void removeProcessesAndRealTime() {
		clock.moveTo(LocalDateTime.of(2025, 11, 3, 9, 0).atZone(ZONE).toInstant());
		Fixtures.endProcesses(runtime, quartz, CODE + "/%");
		clock.reset();
	}

	@Test
	void shouldLetTheOfficerSubmitAndTheLeaderApproveInTheTasklist() {
		String base = "http://localhost:" + port;
		Path shots = buildDirectory().resolve("browser");
		Task assignment = tasks.createTaskQuery().processInstanceBusinessKey(CODE + "/1").singleResult();
		assertThat(assignment.getTaskDefinitionKey()).isEqualTo(PlanTaskProcess.ASSIGN_OFFICER);

		try (HeadlessChromium browser = HeadlessChromium.start(shots)) {
			browser.open(base + "/camunda/app/tasklist/default/#/?task=" + assignment.getId());
			browser.logInToCamunda("anh.hcc", "demo");
			browser.waitForText("Hãy chọn công chức của Trung tâm phục vụ hành chính công");
			browser.click(By.cssSelector("button.claim"));
			browser.click(By.cssSelector(".fjs-select-display"));
			browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(.,'Trương Văn Long (long.hcc)')]"));
			browser.screenshot("0-head-assigns-officer");
			browser.click(By.cssSelector("button[ng-click='complete()']"));
			browser.waitUntil("the officer is assigned", () -> tasks.createTaskQuery()
				.processInstanceBusinessKey(CODE + "/1")
				.taskDefinitionKey(PlanTaskProcess.SUBMIT_DELIVERABLE)
				.count() == 1);
		}
		Task submission = tasks.createTaskQuery().processInstanceBusinessKey(CODE + "/1").singleResult();
		assertThat(submission.getAssignee()).isEqualTo("long.hcc");

		try (HeadlessChromium browser = HeadlessChromium.start(shots)) {
			browser.open(base + "/camunda/app/tasklist/default/#/?task=" + submission.getId());
			browser.logInToCamunda("long.hcc", "demo");
			browser.waitForText("Tuyên truyền cải cách hành chính trên hệ thống loa của xã");
			browser.visible(By.cssSelector("[id$='Field_DocumentNumber']"));
			assertThat(browser.text()).contains("Báo cáo kết quả tuyên truyền", "Nêu số buổi phát thanh",
					"Hạn xử lý: 31/12/2025", "Số, ký hiệu văn bản", "Ngày ban hành", "Đường dẫn đến văn bản");
			browser.screenshot("1-officer-opens-submission");

			browser.type(By.cssSelector("[id$='Field_DocumentNumber']"), "77/BC-HCC");
			browser.type(By.cssSelector("input[id*='Field_DocumentDate']"), "31/10/2025");
			browser.visible(By.cssSelector("input[id*='Field_DocumentDate']")).sendKeys(Keys.TAB);
			browser.type(By.cssSelector("[id$='Field_DocumentLink']"), "https://vietkhe.example.vn/van-ban/77");
			browser.type(By.cssSelector("[id$='Field_Comment']"), "Đã phát 24 buổi trong quý IV.");
			browser.screenshot("2-officer-fills-submission");
			browser.click(By.cssSelector("button[ng-click='complete()']"));
			browser.waitUntil("the submission is completed", () -> tasks.createTaskQuery()
				.processInstanceBusinessKey(CODE + "/1")
				.taskDefinitionKey(PlanTaskProcess.APPROVE_DELIVERABLE)
				.count() == 1);
			browser.screenshot("3-officer-submitted");
		}
		assertThat(progress.task(CODE, "1").orElseThrow().status()).isEqualTo(TaskStatus.SUBMITTED);

		Task review = tasks.createTaskQuery().processInstanceBusinessKey(CODE + "/1").singleResult();
		try (HeadlessChromium browser = HeadlessChromium.start(shots)) {
			browser.open(base + "/camunda/app/tasklist/default/#/?task=" + review.getId());
			browser.logInToCamunda("thang.ct", "demo");
			browser.waitForText("77/BC-HCC");
			assertThat(browser.text()).contains("Sản phẩm đã nộp", "31/10/2025", "Đã phát 24 buổi trong quý IV");
			browser.click(By.cssSelector("button.claim"));
			browser.visible(By.cssSelector("[id$='Field_ReturnReason']"));
			browser.screenshot("4-leader-claims-approval");
			browser.click(By.cssSelector("[id$='Field_Approved']"));
			browser.screenshot("5-leader-approves");
			browser.click(By.cssSelector("button[ng-click='complete()']"));
			browser.waitUntil("the plan task's process ends", () -> runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(CODE + "/1")
				.count() == 0);
		}

		assertThat(progress.task(CODE, "1").orElseThrow().status()).isEqualTo(TaskStatus.DONE);
		assertThat(progress.task(CODE, "1").orElseThrow().officer()).isEqualTo("long.hcc");
		assertThat(history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(CODE + "/1")
			.taskDefinitionKey(PlanTaskProcess.APPROVE_DELIVERABLE)
			.singleResult()
			.getAssignee()).isEqualTo("thang.ct");
	}


	/** The build's directory ({@code target}, or the {@code -DbuildDir} of a side-by-side build). */
	private static Path buildDirectory() {
		try {
			return Path.of(TaskFormsBrowserIT.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.getParent();
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
