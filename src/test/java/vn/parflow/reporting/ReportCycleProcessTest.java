package vn.parflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.parflow.reporting.ReportCycles.ConsolidationForm;
import vn.parflow.reporting.ReportCycles.UnitReportForm;

/**
 * The paths of ReportCycleProcess on an in-memory engine (job executor off): the real listener and expression
 * beans over a stand-in {@link ReportCycles}, so that each test states the path, the wait state and what was handed
 * to the service.
 */
@Deployment(resources = "processes/ReportCycleProcess.bpmn")
class ReportCycleProcessTest {

	static final long CYCLE = 7L;

	static final String LABEL = "Báo cáo công tác cải cách hành chính – Quý III (hạn 09/09/2025)";

	static final Map<Object, Object> BEANS = new HashMap<>();

	static ProcessEngine ENGINE = engine();

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(ENGINE);

	ReportCycles cycles;

	static ProcessEngine engine() {
		StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
		config.setProcessEngineName("report-cycle-process-test");
		config.setJdbcUrl("jdbc:h2:mem:report-cycle-process-test;DB_CLOSE_DELAY=-1");
		config.setJobExecutorActivate(false);
		config.setHistory("full");
		config.setEnforceHistoryTimeToLive(true);
		config.setBeans(BEANS);
		return config.buildProcessEngine();
	}

	@AfterAll
	static void closeEngine() {
		ENGINE.close();
	}

	@BeforeEach
	void standIns() {
		BpmnAwareTests.init(ENGINE);
		cycles = mock(ReportCycles.class);
		BEANS.put("reportCycleTasks", new ReportCycleTasks(cycles));
		BEANS.put("reportTaskListener", new ReportTaskListener(cycles, Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"))));
		Date inAWeek = new Date(System.currentTimeMillis() + 7 * 24 * 3600_000L);
		when(cycles.unitCodes(CYCLE)).thenReturn(List.of("vhxh", "kinhte"));
		when(cycles.unitReportDue(CYCLE)).thenReturn(inAWeek);
		when(cycles.unitReportsCloseAt(CYCLE)).thenReturn(inAWeek);
		when(cycles.reportDue(CYCLE)).thenReturn(inAWeek);
		when(cycles.coordinatingGroup(CYCLE)).thenReturn("unit-vhxh");
		when(cycles.unitReportForm(CYCLE, "vhxh"))
			.thenReturn(new UnitReportForm("Phòng Văn hóa – Xã hội", "19 nhiệm vụ do Phòng Văn hóa – Xã hội chủ trì:", "", ""));
		when(cycles.unitReportForm(CYCLE, "kinhte"))
			.thenReturn(new UnitReportForm("Phòng Kinh tế", "5 nhiệm vụ do Phòng Kinh tế chủ trì:", "", ""));
		when(cycles.consolidationForm(CYCLE)).thenReturn(new ConsolidationForm("Dự thảo báo cáo", ""));
		when(cycles.reportText(CYCLE)).thenReturn("Báo cáo đã tổng hợp");
		when(cycles.decided(eq(CYCLE), eq("approve"), any(), any())).thenReturn(true);
		when(cycles.decided(eq(CYCLE), eq("return"), any(), any())).thenReturn(false);
	}

	@AfterEach
	void forgetStandIns() {
		BEANS.clear();
		BpmnAwareTests.reset();
	}

	ProcessInstance start() {
		return ENGINE.getRuntimeService()
			.startProcessInstanceByKey(ReportCycleProcess.PROCESS_ID, "VK/bao-cao/quy-iii",
					Map.of(ReportCycleProcess.REPORT_CYCLE_ID, CYCLE, ReportCycleProcess.REPORT_LABEL, LABEL));
	}

	List<Task> tasks(ProcessInstance instance, String activity) {
		return ENGINE.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(activity)
			.orderByTaskName()
			.asc()
			.list();
	}

	List<String> candidateGroups(Task task) {
		return ENGINE.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.map(IdentityLink::getGroupId)
			.toList();
	}

	Task unitTask(ProcessInstance instance, String unitCode) {
		return tasks(instance, ReportCycleProcess.SUBMIT_UNIT_REPORT).stream()
			.filter(task -> candidateGroups(task).contains("unit-" + unitCode))
			.findFirst()
			.orElseThrow();
	}

	void submit(Task task, String user, Map<String, Object> fields) {
		ENGINE.getTaskService().claim(task.getId(), user);
		ENGINE.getFormService().submitTaskForm(task.getId(), fields);
	}

	@Test
	void shouldGiveEachLeadUnitItsOwnReportTaskWithItsTasksListed() {
		ProcessInstance instance = start();

		assertThat(instance).isWaitingAt(ReportCycleProcess.SUBMIT_UNIT_REPORT);
		List<Task> unitTasks = tasks(instance, ReportCycleProcess.SUBMIT_UNIT_REPORT);
		assertThat(unitTasks).hasSize(2)
			.allSatisfy(task -> assertThat(task.getName()).isEqualTo("Gửi báo cáo của đơn vị: " + LABEL));
		assertThat(unitTasks).flatExtracting(this::candidateGroups).containsExactlyInAnyOrder("unit-vhxh", "unit-kinhte");
		Task vhxh = unitTask(instance, "vhxh");
		assertThat(ENGINE.getTaskService().getVariablesLocal(vhxh.getId()))
			.containsEntry("unitName", "Phòng Văn hóa – Xã hội")
			.containsEntry("unitTasks", "19 nhiệm vụ do Phòng Văn hóa – Xã hội chủ trì:")
			.containsEntry("results", "");
	}

	@Test
	void shouldKeepEachUnitsAnswersApartAndConsolidateOnceAllUnitsReported() {
		ProcessInstance instance = start();

		submit(unitTask(instance, "vhxh"), "tuan.vhxh", Map.of("results", "Đã ban hành kế hoạch", "difficulties", "Thiếu người"));
		assertThat(instance).isWaitingAt(ReportCycleProcess.SUBMIT_UNIT_REPORT);
		assertThat(ENGINE.getTaskService().getVariablesLocal(unitTask(instance, "kinhte").getId()))
			.containsEntry("results", "");
		submit(unitTask(instance, "kinhte"), "hanh.kinhte", Map.of("results", "Đã rà soát thủ tục"));

		verify(cycles).unitReportSubmitted(CYCLE, "vhxh", "Đã ban hành kế hoạch", "Thiếu người", "tuan.vhxh");
		verify(cycles).unitReportSubmitted(CYCLE, "kinhte", "Đã rà soát thủ tục", "", "hanh.kinhte");
		assertThat(instance).isWaitingAt(ReportCycleProcess.CONSOLIDATE);
		Task consolidate = tasks(instance, ReportCycleProcess.CONSOLIDATE).get(0);
		assertThat(candidateGroups(consolidate)).containsExactly("unit-vhxh");
		assertThat(ENGINE.getTaskService().getVariablesLocal(consolidate.getId()))
			.containsEntry("reportText", "Dự thảo báo cáo");
	}

	@Test
	void shouldConsolidateWithoutTheSilentUnitsWhenTheUnitsStageCloses() {
		ProcessInstance instance = start();
		submit(unitTask(instance, "vhxh"), "tuan.vhxh", Map.of("results", "Đã ban hành kế hoạch"));

		String timer = ENGINE.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult().getId();
		ENGINE.getManagementService().executeJob(timer);

		assertThat(instance).hasPassed(ReportCycleProcess.UNIT_REPORTS_DUE).isWaitingAt(ReportCycleProcess.CONSOLIDATE);
		assertThat(tasks(instance, ReportCycleProcess.SUBMIT_UNIT_REPORT)).isEmpty();
	}

	@Test
	void shouldSendTheReportBackToTheCoordinatingOfficeWithTheLeadersReason() {
		ProcessInstance instance = start();
		submit(unitTask(instance, "vhxh"), "tuan.vhxh", Map.of("results", "A"));
		submit(unitTask(instance, "kinhte"), "hanh.kinhte", Map.of("results", "B"));
		submit(tasks(instance, ReportCycleProcess.CONSOLIDATE).get(0), "lan.vhxh", Map.of("reportText", "Bản 1"));
		assertThat(instance).isWaitingAt(ReportCycleProcess.APPROVE);
		Task approve = tasks(instance, ReportCycleProcess.APPROVE).get(0);
		assertThat(candidateGroups(approve)).containsExactly("approvers");
		assertThat(ENGINE.getTaskService().getVariablesLocal(approve.getId())).containsEntry("reportText", "Báo cáo đã tổng hợp");

		submit(approve, "thang.ct", Map.of("decision", "return", "returnReason", "Bổ sung số liệu TTHC"));

		verify(cycles).consolidated(CYCLE, "Bản 1", "lan.vhxh");
		verify(cycles).decided(CYCLE, "return", "Bổ sung số liệu TTHC", "thang.ct");
		assertThat(instance).hasPassed(ReportCycleProcess.REPORT_APPROVED_GATEWAY).isWaitingAt(ReportCycleProcess.CONSOLIDATE);
	}

	@Test
	void shouldRecordTheOutgoingDocumentOnceApprovedAndEnd() {
		ProcessInstance instance = start();
		submit(unitTask(instance, "vhxh"), "tuan.vhxh", Map.of("results", "A"));
		submit(unitTask(instance, "kinhte"), "hanh.kinhte", Map.of("results", "B"));
		submit(tasks(instance, ReportCycleProcess.CONSOLIDATE).get(0), "lan.vhxh", Map.of("reportText", "Bản 1"));
		submit(tasks(instance, ReportCycleProcess.APPROVE).get(0), "thang.ct", Map.of("decision", "approve"));
		assertThat(instance).isWaitingAt(ReportCycleProcess.RECORD_SUBMISSION);
		Task record = tasks(instance, ReportCycleProcess.RECORD_SUBMISSION).get(0);
		assertThat(candidateGroups(record)).containsExactly("unit-vhxh");

		submit(record, "lan.vhxh", Map.of("documentNumber", "125/BC-UBND", "documentDate", "2025-09-08"));

		verify(cycles).recordSubmission(CYCLE, "125/BC-UBND", java.time.LocalDate.of(2025, 9, 8), "lan.vhxh");
		assertThat(instance).hasPassed(ReportCycleProcess.RECORD_SUBMISSION).isEnded();
		assertThat(instance).hasPassed(ReportCycleProcess.END);
	}

	@Test
	void shouldRefuseADocumentDateThatIsNotADate() {
		ProcessInstance instance = start();
		submit(unitTask(instance, "vhxh"), "tuan.vhxh", Map.of("results", "A"));
		submit(unitTask(instance, "kinhte"), "hanh.kinhte", Map.of("results", "B"));
		submit(tasks(instance, ReportCycleProcess.CONSOLIDATE).get(0), "lan.vhxh", Map.of("reportText", "Bản 1"));
		submit(tasks(instance, ReportCycleProcess.APPROVE).get(0), "thang.ct", Map.of("decision", "approve"));
		Task record = tasks(instance, ReportCycleProcess.RECORD_SUBMISSION).get(0);

		assertThatThrownBy(() -> submit(record, "lan.vhxh", Map.of("documentNumber", "125/BC-UBND", "documentDate", "8/9")))
			.hasMessageContaining("“8/9” không phải một ngày");
		assertThat(instance).isWaitingAt(ReportCycleProcess.RECORD_SUBMISSION);
	}

	@Test
	void shouldRecordTheLoggedInPersonWhoCompletedTheUnitsPartNotTheOfficerWhoClaimedIt() {
		ProcessInstance instance = start();
		Task vhxh = unitTask(instance, "vhxh");
		ENGINE.getTaskService().claim(vhxh.getId(), "tuan.vhxh");

		ENGINE.getIdentityService().setAuthenticatedUserId("lan.vhxh");
		try {
			ENGINE.getFormService().submitTaskForm(vhxh.getId(), Map.of("results", "Đã ban hành kế hoạch"));
		}
		finally {
			ENGINE.getIdentityService().clearAuthentication();
		}

		verify(cycles).unitReportSubmitted(CYCLE, "vhxh", "Đã ban hành kế hoạch", "", "lan.vhxh");
	}

	@Test
	void shouldRefuseAStepWhoseIdTheListenerDoesNotKnowAndRecordNothing() {
		org.camunda.bpm.model.bpmn.BpmnModelInstance renamed = org.camunda.bpm.model.bpmn.Bpmn
			.createExecutableProcess("RenamedReportStep")
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.userTask("Task_RenamedInTheModeler")
			.name("Tổng hợp báo cáo")
			.camundaTaskListenerDelegateExpression("create", "${reportTaskListener}")
			.endEvent()
			.done();
		String deployment = ENGINE.getRepositoryService().createDeployment()
			.addModelInstance("renamed.bpmn", renamed)
			.deploy()
			.getId();
		try {
			assertThatThrownBy(() -> ENGINE.getRuntimeService().startProcessInstanceByKey("RenamedReportStep",
					Map.of(ReportCycleProcess.REPORT_CYCLE_ID, CYCLE)))
				.hasMessageContaining("Bước “Tổng hợp báo cáo” (mã Task_RenamedInTheModeler) của quy trình không có"
						+ " trong Parflow");
			assertThat(ENGINE.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("RenamedReportStep")
				.count()).isZero();
			org.mockito.Mockito.verifyNoInteractions(cycles);
		}
		finally {
			ENGINE.getRepositoryService().deleteDeployment(deployment, true);
		}
	}

}
