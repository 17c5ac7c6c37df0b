package vn.parflow.security;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.Fixtures;
import vn.parflow.web.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Tasklist in headless Chromium: an officer's "Việc của đơn vị" list shows the work of their own unit and
 * nothing of another unit's, for each of two officers of two units.
 */
@DatabaseIntegrationTest
class TasklistIsolationBrowserIT {

	static final String PROCESS = "ParflowTasklistProbe";

	static final String VP_TASK = "Việc thử dành cho Văn phòng HĐND và UBND";

	static final String VHXH_TASK = "Việc thử dành cho Phòng Văn hóa – Xã hội";

	/** The Tasklist's search as its URL keeps it: process definition key = the probes' process. */
	static final String PROBES_ONLY = "[{\"type\":\"processDefinitionKey\",\"operator\":\"eq\",\"value\":\""
			+ PROCESS + "\",\"name\":\"\"}]";

	@LocalServerPort
	int port;

	@Autowired
	DirectoryImportService directory;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@BeforeEach
	void offerOneTaskToEachOfTwoUnits() throws IOException {
		Fixtures.demoDirectory(directory);
		BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
			.name("Quy trình thử danh sách việc")
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.userTask("Task_Probe")
			.name("${taskName}")
			.camundaCandidateGroups("${unitGroup}")
			.endEvent()
			.done();
		repository.createDeployment()
			.name("it-tasklist-isolation")
			.enableDuplicateFiltering(true)
			.addModelInstance(PROCESS + ".bpmn", model)
			.deploy();
		runtime.startProcessInstanceByKey(PROCESS, "IT-SEC-UI/vp", Map.of("unitGroup", "unit-vp", "taskName", VP_TASK));
		runtime.startProcessInstanceByKey(PROCESS, "IT-SEC-UI/vhxh",
				Map.of("unitGroup", "unit-vhxh", "taskName", VHXH_TASK));
	}

	@AfterEach
	void removeTheProbes() {
		runtime.createProcessInstanceQuery()
			.processDefinitionKey(PROCESS)
			.list()
			.forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test over", true, true));
	}

	@Test
	void shouldShowEachOfficerOnlyTheWorkOfTheirOwnUnit() {
		assertThat(unitListOf("tuan.vhxh")).contains(VHXH_TASK).doesNotContain(VP_TASK);
		assertThat(unitListOf("mai.vp")).contains(VP_TASK).doesNotContain(VHXH_TASK);
	}

	/** Logs in to the Tasklist, opens the "Việc của đơn vị" filter and answers the page's text once it is listed. */
	private String unitListOf(String username) {
		String ownTask = username.endsWith(".vp") ? VP_TASK : VHXH_TASK;
		try (HeadlessChromium browser = HeadlessChromium.start(buildDirectory().resolve("browser"))) {
			browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/");
			browser.logInToCamunda(username, "demo");
			browser.click(By.xpath("//*[contains(@class,'task-filters')]//*[normalize-space(text())='Việc của đơn vị']"));
			browser.waitUntil("the filter “Việc của đơn vị” opened", () -> browser.driver().getCurrentUrl().contains("filter="));
			// the list shows the newest 15 first, and the shared database holds other tests' work, some of it created
			// meanwhile (report cycles opening in the background): narrow the list to the probes with the Tasklist's own
			// search, which both probes match, so that the other unit's would show were it let through
			browser.open(browser.driver().getCurrentUrl().replace("searchQuery=%5B%5D", "searchQuery="
					+ URLEncoder.encode(PROBES_ONLY, StandardCharsets.UTF_8).replace("+", "%20")));
			browser.waitForText("ParflowTasklistProbe");
			browser.waitForText(ownTask);
			browser.screenshot("tasklist-unit-list-" + username);
			return browser.text();
		}
	}

	/** The build's directory ({@code target}, or the {@code -DbuildDir} of a side-by-side build). */
	private static Path buildDirectory() {
		try {
			return Path.of(TasklistIsolationBrowserIT.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.getParent();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
