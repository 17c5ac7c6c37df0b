package vn.parflow.workflow;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

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
 * The Camunda webapps in Vietnamese, in headless Chromium whose language is not Vietnamese: Tasklist, Cockpit, Admin
 * and Welcome show Vietnamese labels to an officer and to the administrator, English is one click away, and an
 * officer who reads no English does every step of a plan task in the Tasklist (the unit head claims and assigns,
 * the officer meets the Vietnamese validation message and Parflow's own refusal, then submits). Screenshots go to
 * {@code <build>/screenshots/}.
 */
@DatabaseIntegrationTest
class WebappsInVietnameseBrowserIT {

	static final String CODE = "IT-WEB-VI";

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
	TaskProgress progress;

	@Autowired
	TestClock clock;

	@BeforeEach
	void demoPeople() throws IOException {
		Fixtures.demoDirectory(directory);
		clock.moveTo(LocalDateTime.of(2025, 11, 3, 9, 0).atZone(ZONE).toInstant());
	}

	/** A plan of one task led by the office (head hai.vp, officers mai.vp and nam.vp), activated. */
	private void planWithOneTaskOfTheOffice() {
		PlanImportReport imported = plans.importPlan(new ImportRequest("it-web-vi.yaml",
				OneTaskPlan.yaml(CODE, "Văn phòng HĐND và UBND xã"), CODE, false, false, "it"));
		assertThat(imported.stored()).as(imported.toString()).isTrue();
		activation.activate(CODE);
	}

	/** Ends this test's processes with the clock where the test started, so that none of their timers fires later. */
	@AfterEach
	void removeProcessesAndRealTime() {
		clock.moveTo(LocalDateTime.of(2025, 11, 3, 9, 0).atZone(ZONE).toInstant());
		Fixtures.endProcesses(runtime, quartz, CODE + "/%");
		clock.reset();
	}

	@Test
	void shouldShowTheWebappsInVietnameseToAnOfficerAndToTheAdministrator() {
		try (HeadlessChromium browser = HeadlessChromium.start(screenshots())) {
			assertThat(browser.script("return navigator.language")).as("the browser is not Vietnamese")
				.asString()
				.doesNotStartWith("vi");
			browser.open(base() + "/camunda/app/tasklist/default/");
			assertThat(browser.visible(By.cssSelector("form[name='signinForm'] input[type='text']"))
				.getAttribute("placeholder")).isEqualTo("Tên đăng nhập");
			assertThat(browser.visible(By.cssSelector("form[name='signinForm'] input[type='password']"))
				.getAttribute("placeholder")).isEqualTo("Mật khẩu");
			assertThat(browser.visible(By.cssSelector("form[name='signinForm'] button[type='submit']")).getText())
				.isEqualTo("Đăng nhập");
			browser.screenshot("tasklist-login");
			browser.logInToCamunda("mai.vp", "demo");
			browser.waitForText("Việc của đơn vị");
			browser.waitForText("Khởi tạo quy trình");
			assertThat(browser.text()).contains("Hãy chọn một công việc trong danh sách.").doesNotContain("Start process",
					"Select a task", "Filters");
			browser.screenshot("tasklist-officer");
		}
		for (String app : List.of("cockpit", "admin")) {
			try (HeadlessChromium browser = HeadlessChromium.start(screenshots())) {
				browser.open(base() + "/camunda/app/" + app + "/default/");
				browser.logInToCamunda("mai.vp", "demo");
				browser.waitForText("Sai thông tin đăng nhập, tài khoản bị khóa hoặc không có quyền vào ứng dụng");
				browser.screenshot(app + "-officer");
			}
		}

		try (HeadlessChromium browser = HeadlessChromium.start(screenshots())) {
			browser.open(base() + "/camunda/app/cockpit/default/");
			browser.logInToCamunda("admin", "demo");
			browser.waitForText("Phiên quy trình đang chạy");
			assertThat(browser.text()).contains("Sự cố đang mở", "Công việc người dùng đang mở", "Định nghĩa quy trình",
					"Bản triển khai").doesNotContain("Running Process Instances", "Open Incidents");
			browser.screenshot("cockpit-admin");

			browser.open(base() + "/camunda/app/cockpit/default/#/processes");
			browser.waitForText("PlanTaskProcess");
			assertThat(browser.text()).contains("định nghĩa quy trình đã triển khai", "Phiên đang chạy", "Trạng thái");
			browser.screenshot("cockpit-admin-processes");

			browser.open(base() + "/camunda/app/admin/default/#/users");
			browser.waitForText("Danh sách người dùng");
			browser.waitForText("Thêm người dùng");
			assertThat(browser.text()).doesNotContain("List of Users", "Add User");
			browser.screenshot("admin-admin-users");

			browser.open(base() + "/camunda/app/admin/default/#/authorization?resource=0");
			browser.waitForText("Phân quyền");
			browser.screenshot("admin-admin-authorizations");

			browser.open(base() + "/camunda/app/tasklist/default/");
			browser.waitForText("Khởi tạo quy trình");
			browser.screenshot("tasklist-admin");

			browser.open(base() + "/camunda/app/welcome/default/");
			browser.waitForText("Kế hoạch – nhập và kích hoạt");
			assertThat(browser.text()).contains("Bảng điều hành", "Ứng dụng");
			assertThat(browser.driver().findElement(By.linkText("Kế hoạch – nhập và kích hoạt")).getAttribute("href"))
				.endsWith("/plans");
			browser.screenshot("welcome-admin");

			browser.click(By.id("parflow-locale"));
			browser.waitForText("Applications");
			assertThat(browser.driver().findElement(By.id("parflow-locale")).getText()).isEqualTo("Tiếng Việt");
			browser.screenshot("welcome-admin-english");
			browser.click(By.id("parflow-locale"));
			browser.waitForText("Ứng dụng");
		}
	}

	@Test
	void shouldLetAnOfficerWhoReadsNoEnglishDoEveryStepOfAPlanTask() {
		planWithOneTaskOfTheOffice();
		Task assignment = tasks.createTaskQuery().processInstanceBusinessKey(CODE + "/1").singleResult();
		assertThat(assignment.getTaskDefinitionKey()).isEqualTo(PlanTaskProcess.ASSIGN_OFFICER);

		try (HeadlessChromium browser = HeadlessChromium.start(screenshots())) {
			browser.open(base() + "/camunda/app/tasklist/default/#/?task=" + assignment.getId());
			browser.logInToCamunda("hai.vp", "demo");
			browser.waitForText("Hãy chọn công chức của Văn phòng HĐND và UBND xã");
			assertThat(browser.visible(By.cssSelector("button.claim")).getText()).isEqualTo("Nhận việc");
			assertThat(browser.text()).contains("Đặt ngày theo dõi", "Đặt hạn xử lý", "Thêm ý kiến", "Biểu mẫu", "Lịch sử");
			browser.screenshot("plan-task-0-head-opens-assignment");
			browser.click(By.cssSelector("button.claim"));
			browser.waitUntil("the head has claimed the assignment",
					() -> "hai.vp".equals(tasks.createTaskQuery().taskId(assignment.getId()).singleResult().getAssignee()));
			browser.click(By.cssSelector(".fjs-select-display"));
			browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(.,'Vũ Thị Mai (mai.vp)')]"));
			assertThat(browser.visible(By.cssSelector("button[ng-click='complete()']")).getText()).isEqualTo("Hoàn thành");
			browser.screenshot("plan-task-1-head-claims-and-assigns");
			complete(browser);
			browser.waitUntil("the officer is assigned", () -> tasks.createTaskQuery()
				.processInstanceBusinessKey(CODE + "/1")
				.taskDefinitionKey(PlanTaskProcess.SUBMIT_DELIVERABLE)
				.count() == 1);
		}

		Task submission = tasks.createTaskQuery().processInstanceBusinessKey(CODE + "/1").singleResult();
		assertThat(submission.getAssignee()).isEqualTo("mai.vp");
		try (HeadlessChromium browser = HeadlessChromium.start(screenshots())) {
			browser.open(base() + "/camunda/app/tasklist/default/#/?task=" + submission.getId());
			browser.logInToCamunda("mai.vp", "demo");
			browser.waitForText("Tuyên truyền cải cách hành chính trên hệ thống loa của xã");
			browser.visible(By.cssSelector("[id$='Field_DocumentNumber']"));
			assertThat(browser.text()).contains("Hạn xử lý: 31/12/2025");
			assertThat(browser.visible(By.cssSelector("input[id*='Field_DocumentDate']")).getAttribute("placeholder"))
				.isEqualTo("dd/mm/yyyy");

			complete(browser);
			browser.waitForText("Trường này bắt buộc phải nhập.");
			assertThat(browser.text()).doesNotContain("Field is required");
			browser.screenshot("plan-task-2-officer-leaves-required-fields-empty");

			browser.type(By.cssSelector("[id$='Field_DocumentNumber']"), "12/BC-VP");
			browser.type(By.cssSelector("input[id*='Field_DocumentDate']"), "31/10/2025");
			browser.visible(By.cssSelector("input[id*='Field_DocumentDate']")).sendKeys(Keys.TAB);
			complete(browser);
			browser.waitForText("Hãy nhập đường dẫn đến văn bản hoặc đính kèm tệp sản phẩm.");
			assertThat(browser.text()).doesNotContain("ENGINE-", "TaskListener", "Cannot submit");
			browser.screenshot("plan-task-3-parflow-refuses-without-document");

			browser.type(By.cssSelector("[id$='Field_DocumentLink']"), "https://vietkhe.example.vn/van-ban/12");
			browser.visible(By.cssSelector("[id$='Field_DocumentLink']")).sendKeys(Keys.TAB);
			browser.screenshot("plan-task-4-officer-fills-submission");
			complete(browser);
			browser.waitUntil("the submission is completed", () -> tasks.createTaskQuery()
				.processInstanceBusinessKey(CODE + "/1")
				.taskDefinitionKey(PlanTaskProcess.APPROVE_DELIVERABLE)
				.count() == 1);
			// (the Tasklist's "Công việc đã hoàn thành." notification fades within seconds: the engine's state is the proof)
			browser.screenshot("plan-task-5-officer-submitted");
		}
		assertThat(progress.task(CODE, "1").orElseThrow().status()).isEqualTo(TaskStatus.SUBMITTED);
		assertThat(progress.task(CODE, "1").orElseThrow().officer()).isEqualTo("mai.vp");
	}

	/** Clicks "Hoàn thành" once it is scrolled above the footer. */
	private static void complete(HeadlessChromium browser) {
		browser.script("arguments[0].scrollIntoView({block: 'center'})",
				browser.visible(By.cssSelector("button[ng-click='complete()']")));
		// a notification may lie over the button's corner: click it as the person does, on its face
		browser.script("arguments[0].click()", browser.visible(By.cssSelector("button[ng-click='complete()']")));
	}

	private String base() {
		return "http://localhost:" + port;
	}

	/** {@code <build>/screenshots} ({@code target}, or the {@code -DbuildDir} of a side-by-side build). */
	private static Path screenshots() {
		try {
			return Path.of(WebappsInVietnameseBrowserIT.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.getParent()
				.resolve("screenshots");
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
