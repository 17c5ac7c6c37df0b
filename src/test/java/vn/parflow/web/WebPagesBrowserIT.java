package vn.parflow.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.directory.internal.Person;
import vn.parflow.directory.internal.PersonRepository;
import vn.parflow.plan.PlanImportService;
import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanStatus;
import vn.parflow.plan.PlanViews.TaskView;
import vn.parflow.plan.TaskProgress;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.Fixtures;
import vn.parflow.system.TestClock;
import vn.parflow.workflow.ActivationRequests;
import vn.parflow.workflow.PlanTaskProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parflow's own pages in headless Chromium, logged in on Parflow's login page (which is also the webapps' login):
 * a plan administrator takes the Việt Khê .docx from upload to running tasks, fixing an unknown unit and an unread
 * deadline on the page; a leader's dashboard shows the figures of the API after a task is approved; an officer of
 * one unit cannot open another unit's task page. Screenshots at 1440×900 and 390×844 go to
 * {@code <build>/screenshots/}.
 */
@DatabaseIntegrationTest
class WebPagesBrowserIT {

	static final String INTAKE = "IT-WEB-VK";

	static final String DASH = "IT-WEB-DASH";

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The lead unit as the test's copy of the plan misspells it on one row. */
	static final String MISSPELT = "Phòng Kinh tết";

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	DirectoryImportService directory;

	@Autowired
	PlanImportService plans;

	@Autowired
	PlanQueries queries;

	@Autowired
	TaskProgress progress;

	@Autowired
	ActivationRequests activation;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Scheduler quartz;

	@Autowired
	TestClock clock;

	@Autowired
	PersonRepository people;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void demoDirectoryInAugust2025() throws IOException {
		Fixtures.demoDirectory(directory);
		clock.moveTo(at(2025, 8, 4, 9));
	}

	@AfterEach
	void removeProcessesAndRealTime() {
		clock.moveTo(at(2025, 8, 4, 9));
		Fixtures.endProcesses(runtime, quartz, "IT-WEB-%");
		clock.reset();
	}

	@Test
	void shouldTakeAWordPlanFromUploadToRunningTasksFixingAUnitAndADeadlineOnThePage() throws IOException {
		Path docx = misspeltCopy();
		try (HeadlessChromium browser = HeadlessChromium.start(screenshots())) {
			browser.open(base() + "/plans/intake");
			assertThat(browser.driver().getCurrentUrl()).as("a page without a login asks for one").contains("/login");
			logIn(browser, "admin");
			browser.visible(By.id("file")).sendKeys(docx.toAbsolutePath().toString());
			browser.type(By.id("code"), INTAKE);
			browser.screenshot("intake-1-upload");
			browser.click(By.cssSelector("#upload button[type=submit]"));

			browser.waitForText("Bảng nhiệm vụ như đã đọc");
			assertThat(browser.text()).contains("Kế hoạch cải cách hành chính", "01/07/2025 – 31/12/2025",
					"Trong tháng 7/2025", "31/07/2025", "Kế hoạch của UBND xã");
			WebElement misspelt = browser.visible(By.cssSelector("[data-unknown-unit='" + MISSPELT + "']"));
			WebElement row = misspelt.findElement(By.xpath("ancestor::tr"));
			assertThat(row.getAttribute("class")).contains("refused");
			assertThat(row.getText()).contains("Không tìm thấy đơn vị “" + MISSPELT + "”");
			String misspeltTask = row.getAttribute("data-number");
			Select pick = new Select(misspelt.findElement(By.tagName("select")));
			assertThat(pick.getFirstSelectedOption().getText()).as("the closest unit is offered").contains("Phòng Kinh tế");
			WebElement unread = browser.visible(By.xpath(
					"//tr[contains(., 'Theo thời gian đánh giá hàng năm của Bộ Y tế')]//input[@data-date-field]"));
			String unreadRow = unread.findElement(By.xpath("ancestor::tr")).getAttribute("data-row");
			assertThat(queries.exists(INTAKE)).as("nothing stored by the dry run").isFalse();
			sizes(browser, "intake-2-review");
			for (int[] size : new int[][] { { 1440, 900 }, { 390, 844 } }) {
				browser.viewport(size[0], size[1]);
				browser.script("arguments[0].scrollIntoView({block: 'center'})", row);
				browser.screenshot("intake-2-review-fix-unit-" + size[0] + "x" + size[1]);
				browser.script("arguments[0].scrollIntoView({block: 'center'})", unread);
				browser.screenshot("intake-2-review-fix-deadline-" + size[0] + "x" + size[1]);
			}
			browser.viewport(1440, 900);

			pick.selectByVisibleText("Phòng Kinh tế (gần nhất)");
			unread.sendKeys("15/12/2025");
			browser.click(By.id("store"));

			browser.waitForText("Đã lưu kế hoạch " + INTAKE);
			assertThat(queries.plan(INTAKE).orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
			List<TaskView> stored = queries.tasks(INTAKE);
			assertThat(stored).hasSize(45);
			TaskView fixedUnit = stored.stream().filter(t -> t.number().equals(misspeltTask)).findFirst().orElseThrow();
			assertThat(fixedUnit.lead().name()).as("the unit picked on the page").isEqualTo("Phòng Kinh tế");
			TaskView dated = stored.stream().filter(t -> "Theo thời gian đánh giá hàng năm của Bộ Y tế".equals(t.timePhrase()))
				.findFirst().orElseThrow();
			assertThat(dated.schedule().dueDates()).containsExactly(LocalDate.of(2025, 12, 15));
			assertThat(unreadRow).isNotBlank();

			browser.click(By.id("activate"));
			browser.waitForText("Đã kích hoạt");
			sizes(browser, "intake-3-activated");
		}
		assertThat(queries.plan(INTAKE).orElseThrow().status()).isEqualTo(PlanStatus.ACTIVE);
		// one process per task (the plan's report cycles, started by Quartz at their dates, are not counted)
		assertThat(runtime.createProcessInstanceQuery()
			.processDefinitionKey(vn.parflow.workflow.PlanTaskProcess.KEY)
			.processInstanceBusinessKeyLike(INTAKE + "/%")
			.count()).isEqualTo(45);
	}

	@Test
	void shouldRefuseAPlanFileOverTheUploadLimitOnThePageAndFromTheServerInVietnamese() throws IOException {
		Path large = Files.createTempDirectory("parflow-large-").resolve("ke-hoach-co-nhieu-hinh-anh.docx");
		try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(large.toFile(), "rw")) {
			file.setLength(21L * 1024 * 1024);
		}
		try (HeadlessChromium browser = HeadlessChromium.start(screenshots())) {
			browser.open(base() + "/plans/intake");
			logIn(browser, "admin");
			assertThat(browser.text()).as("the limit is said before uploading").contains("tối đa 20 MB");

			browser.visible(By.id("file")).sendKeys(large.toAbsolutePath().toString());
			assertThat(browser.visible(By.id("file-too-large")).getText())
				.isEqualTo("Tệp quá lớn: máy chủ nhận mỗi tệp tối đa 20 MB.");
			browser.click(By.cssSelector("#upload button[type=submit]"));
			assertThat(browser.driver().getCurrentUrl()).as("nothing sent").endsWith("/plans/intake");
			browser.screenshot("intake-too-large-before-upload");

			// a browser that does not run the check: the server refuses the upload, on a page in Vietnamese
			browser.script("document.getElementById('file').setCustomValidity('');"
					+ "document.getElementById('upload').submit();");
			browser.waitForText("Hãy chọn tệp nhỏ hơn");
			assertThat(browser.visible(By.cssSelector(".pf-banner.error")).getText())
				.startsWith("Tệp quá lớn: máy chủ nhận mỗi tệp tối đa 20 MB.");
			assertThat(browser.visible(By.id("file")).getAttribute("value")).as("the upload form again").isEmpty();
			browser.screenshot("intake-too-large-refused-by-server");

			browser.open(base() + "/khong-co-trang-nay");
			assertThat(browser.text()).as("an address that is not there").contains("Không tìm thấy trang")
				.doesNotContain("Whitelabel");
		}
		finally {
			Files.deleteIfExists(large);
		}
	}

	@Test
	void shouldShowTheLeaderTheFiguresOfTheApiAfterATaskIsApproved() throws IOException {
		Fixtures.demoPlan(plans, DASH);
		activation.activate(DASH);
		startWorkOn("3", "5", "8", "9", "26", "28");
		approveTask20();

		try (HeadlessChromium browser = HeadlessChromium.start(screenshots())) {
			browser.open(base() + "/dashboard?plan=" + DASH);
			logIn(browser, "thang.ct");
			browser.visible(By.cssSelector("#totals [data-counts]"));
			browser.waitUntil("the charts are drawn", () -> "3".equals(browser.driver().findElement(By.tagName("body"))
				.getAttribute("data-charts")));
			JsonNode api = json.readTree(http.withBasicAuth("thang.ct", "demo")
				.getForObject("/api/plans/" + DASH + "/progress", String.class));
			JsonNode total = api.get("total");
			assertThat(total.get("doneOnTime").asInt()).as("task 20 approved on time").isEqualTo(1);
			for (String figure : List.of("doneOnTime", "doneLate", "inProgress", "openOverdue", "notStarted")) {
				assertThat(browser.visible(By.cssSelector("#totals [data-figure='" + figure + "']")).getText())
					.as(figure).isEqualTo(total.get(figure).asText());
			}
			assertThat(browser.driver().findElements(By.cssSelector("#overdue tr[data-task]")))
				.hasSize(api.get("overdue").size());
			assertThat(browser.text()).contains("Hoàn thành đúng hạn", "Quá hạn chưa hoàn thành", "Chưa thực hiện",
					"30 ngày tới", "22/12/2025 – 21/01/2026");
			sizes(browser, "dashboard");

			browser.open(base() + "/plans/" + DASH + "/tasks/20");
			browser.waitForText("Diễn biến");
			assertThat(browser.text()).contains("Giao công chức thực hiện", "Nộp sản phẩm", "Duyệt sản phẩm", "45/BC-UBND",
					"30/09/2025", "Đúng hạn");
			sizes(browser, "task-page");

			browser.open(base() + "/deadlines");
			browser.click(By.id("feed-create"));
			browser.waitUntil("the feed's address is shown",
					() -> browser.visible(By.id("feed-url")).getText().contains("/api/calendar/"));
			sizes(browser, "my-deadlines");

			browser.open(base() + "/camunda/app/tasklist/default/");
			Object camundaUser = browser.script("""
					var x = new XMLHttpRequest(); x.open('GET', '/camunda/api/admin/auth/user/default', false); x.send();
					return x.status + ' ' + x.responseText;""");
			assertThat(String.valueOf(camundaUser)).as("the same login opens the webapps").startsWith("200").contains("thang.ct");
		}
	}

	@Test
	void shouldKeepAnOfficerOutOfAnotherUnitsTaskPage() throws IOException {
		Fixtures.demoPlan(plans, DASH + "-U");
		// task 20 is led by the public-service centre (hcc) alone; task 1 by the culture-society office (vhxh)
		assertThat(progress.task(DASH + "-U", "20").orElseThrow().coordinatingUnitCodes()).doesNotContain("vhxh");
		try (HeadlessChromium browser = HeadlessChromium.start(screenshots())) {
			browser.open(base() + "/plans/" + DASH + "-U/tasks/20");
			logIn(browser, "tuan.vhxh");
			browser.waitForText("Không có quyền truy cập");
			browser.open(base() + "/plans/" + DASH + "-U/tasks/1");
			browser.waitForText("Nội dung theo kế hoạch");
		}
		ResponseEntity<String> page = http.withBasicAuth("tuan.vhxh", "demo").getForEntity("/plans/" + DASH + "-U/tasks/20",
				String.class);
		ResponseEntity<String> api = http.withBasicAuth("tuan.vhxh", "demo")
			.getForEntity("/api/plans/" + DASH + "-U/tasks/20/history", String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.getStatusCode()).as("the page answers as the API does").isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.withBasicAuth("long.hcc", "demo").getForEntity("/plans/" + DASH + "-U/tasks/20", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<String> anonymous = http.getForEntity("/dashboard", String.class);
		assertThat(anonymous.getBody()).as("a page without a login shows the login").contains("Tên đăng nhập", "Mật khẩu");

		// a head sees their unit: the row of the API's progress for Phòng Văn hóa – Xã hội, and nothing of the others
		String head = http.withBasicAuth("lan.vhxh", "demo").getForObject("/dashboard?plan=" + DASH + "-U", String.class);
		JsonNode vhxh = null;
		for (JsonNode unit : json.readTree(http.withBasicAuth("lan.vhxh", "demo")
			.getForObject("/api/plans/" + DASH + "-U/progress", String.class)).get("byUnit")) {
			if (unit.get("unitCode").asText().equals("vhxh")) {
				vhxh = unit.get("counts");
			}
		}
		assertThat(vhxh).isNotNull();
		assertThat(head).contains("nhiệm vụ của đơn vị bạn", "Phòng Văn hóa – Xã hội")
			.doesNotContain("Trung tâm phục vụ hành chính công")
			.contains("data-not-started=\"" + vhxh.get("notStarted").asInt() + "\"")
			.contains("data-overdue=\"" + vhxh.get("openOverdue").asInt() + "\"")
			.contains("data-total=\"" + vhxh.get("total").asInt() + "\"");
	}

	/** The heads of the lead units give these tasks (due 31/12/2025) to an officer: the officers start on them. */
	private void startWorkOn(String... numbers) {
		for (String number : numbers) {
			Task assign = tasks.createTaskQuery().processInstanceBusinessKey(DASH + "/" + number).singleResult();
			assertThat(assign.getTaskDefinitionKey()).isEqualTo(PlanTaskProcess.ASSIGN_OFFICER);
			String unit = progress.task(DASH, number).orElseThrow().leadUnitCode();
			String officer = people.findOfficers(unit).stream().map(Person::getUsername)
				.filter(username -> people.findHeads(unit).stream().noneMatch(head -> head.getUsername().equals(username)))
				.findFirst().orElseThrow();
			tasks.complete(assign.getId(), Map.of(PlanTaskProcess.OFFICER, officer));
		}
	}

	/** Task 20 (Trung tâm HCC, Quý III 30/09 and Năm 31/12): both deadlines submitted on time and approved. */
	private void approveTask20() {
		String key = DASH + "/20";
		Task assign = tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult();
		assertThat(assign.getTaskDefinitionKey()).isEqualTo(PlanTaskProcess.ASSIGN_OFFICER);
		tasks.complete(assign.getId(), Map.of(PlanTaskProcess.OFFICER, "long.hcc"));
		for (String[] deadline : new String[][] { { "45/BC-UBND", "2025-09-20" }, { "98/BC-UBND", "2025-12-20" } }) {
			LocalDate day = LocalDate.parse(deadline[1]);
			clock.moveTo(at(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), 10));
			Task submit = tasks.createTaskQuery().processInstanceBusinessKey(key)
				.taskDefinitionKey(PlanTaskProcess.SUBMIT_DELIVERABLE).singleResult();
			tasks.complete(submit.getId(), Map.of("documentNumber", deadline[0], "documentDate", deadline[1],
					"documentLink", "https://vietkhe.example.vn/van-ban/" + deadline[0].substring(0, 2)));
			Task approve = tasks.createTaskQuery().processInstanceBusinessKey(key)
				.taskDefinitionKey(PlanTaskProcess.APPROVE_DELIVERABLE).singleResult();
			tasks.setAssignee(approve.getId(), "thang.ct");
			tasks.complete(approve.getId(), Map.of("approved", true));
		}
		clock.moveTo(at(2025, 12, 22, 9));
	}

	private void logIn(HeadlessChromium browser, String username) {
		browser.type(By.id("username"), username);
		browser.type(By.id("password"), "demo");
		browser.click(By.cssSelector("form button[type=submit]"));
		browser.waitUntil("logged in", () -> !browser.driver().getCurrentUrl().contains("/login"));
	}

	/** The page at a desktop's 1440×900 and a phone's 390×844. */
	private static void sizes(HeadlessChromium browser, String name) {
		for (int[] size : new int[][] { { 1440, 900 }, { 390, 844 } }) {
			browser.viewport(size[0], size[1]);
			browser.script("window.dispatchEvent(new Event('resize'))");
			String suffix = "-" + size[0] + "x" + size[1];
			browser.screenshot(name + suffix);
			browser.fullPage(name + suffix + "-full");
		}
		browser.viewport(1440, 900);
	}

	/** The Việt Khê .docx with its first "Phòng Kinh tế" lead cell misspelt, as a typing slip would. */
	private static Path misspeltCopy() throws IOException {
		try (InputStream in = Files.newInputStream(Path.of("src/test/resources/fixtures/plans/viet-khe-2025-h2.docx"));
				XWPFDocument document = new XWPFDocument(in)) {
			boolean done = false;
			for (XWPFTable table : document.getTables()) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						if (!done && cell.getText().strip().equals("Phòng Kinh tế")) {
							XWPFParagraph paragraph = cell.getParagraphs().get(0);
							while (paragraph.getRuns().size() > 1) {
								paragraph.removeRun(1);
							}
							paragraph.getRuns().get(0).setText(MISSPELT, 0);
							done = true;
						}
					}
				}
			}
			assertThat(done).as("the fixture has a lead cell “Phòng Kinh tế”").isTrue();
			Path copy = Files.createTempDirectory("parflow-intake-").resolve("ke-hoach-cchc-viet-khe-6-thang-cuoi-2025.docx");
			try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				document.write(out);
				Files.write(copy, out.toByteArray());
			}
			copy.toFile().deleteOnExit();
			return copy;
		}
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static LocalDateTime localAt(int y, int m, int d, int h) {
		return LocalDateTime.of(y, m, d, h, 0);
	}

	private static java.time.Instant at(int y, int m, int d, int h) {
		return localAt(y, m, d, h).atZone(ZONE).toInstant();
	}

	/** {@code <build>/screenshots}. */
	private static Path screenshots() {
		try {
			return Path.of(WebPagesBrowserIT.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.getParent().resolve("screenshots");
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
