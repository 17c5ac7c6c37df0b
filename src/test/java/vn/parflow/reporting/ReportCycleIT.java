package vn.parflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.impl.JobExecutionContextImpl;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.spi.OperableTrigger;
import org.quartz.spi.TriggerFiredBundle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.directory.internal.PersonRepository;
import vn.parflow.plan.PlanImportReport;
import vn.parflow.plan.PlanImportService.ImportRequest;
import vn.parflow.plan.PlanImportService;
import vn.parflow.plan.PlanLifecycle;
import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanViews.TaskView;
import vn.parflow.schedule.ReportDeadline;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.Fixtures;

/**
 * Report cycles against a real database (H2 and MariaDB): the demo plan, imported under its own code and active,
 * has its cycle opened by the Quartz job (executed here, not waited for), which gives every lead unit its report
 * task; the cycle goes through consolidation, a return, approval and the record of the outgoing document. The
 * plan's calendars: {@code vn.parflow.ical.CalendarFeedIT}.
 */
@DatabaseIntegrationTest
class ReportCycleIT {

	static final String PLAN = "IT-RC-VIETKHE";

	static final String CCHC = "Báo cáo công tác cải cách hành chính";

	@Autowired
	TestRestTemplate http;

	@Autowired
	DirectoryImportService directory;

	@Autowired
	PlanImportService importer;

	@Autowired
	PlanLifecycle lifecycle;

	@Autowired
	PlanQueries planQueries;

	@Autowired
	ReportCycles cycles;

	@Autowired
	PersonRepository people;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Autowired
	FormService formService;

	@Autowired
	Scheduler quartz;

	@Autowired
	ReportDeadlineScheduler scheduler;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void activeDemoPlan() throws IOException {
		Fixtures.demoDirectory(directory);
		if (!planQueries.exists(PLAN)) {
			Fixtures.demoPlan(importer, PLAN);
			lifecycle.activate(PLAN);
		}
	}

	/** Runs the report-cycle job of one deadline as Quartz would: a job instance made by Spring, with its data. */
	void runJob(String period, LocalDate due) throws Exception {
		JobDetail detail = ReportCycleSchedule.job(PLAN, new ReportDeadline(CCHC, period, due));
		OperableTrigger trigger = (OperableTrigger) TriggerBuilder.newTrigger().forJob(detail).startNow().build();
		Job job = context.getAutowireCapableBeanFactory().createBean(ReportCycleJob.class);
		Date now = new Date();
		job.execute(new JobExecutionContextImpl(quartz,
				new TriggerFiredBundle(detail, trigger, null, false, now, now, null, null), job));
	}

	Set<String> leadUnits() {
		return planQueries.tasks(PLAN).stream().map(TaskView::lead).map(lead -> lead.code()).collect(Collectors.toSet());
	}

	ProcessInstance instance(String periodSlug) {
		return runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(PLAN + "/bao-cao-cong-tac-cai-cach-hanh-chinh/" + periodSlug)
			.singleResult();
	}

	List<Task> tasks(ProcessInstance instance, String activity) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).list();
	}

	List<String> groups(Task task) {
		return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).toList();
	}

	void submit(Task task, String user, Map<String, Object> fields) {
		taskService.claim(task.getId(), user);
		formService.submitTaskForm(task.getId(), fields);
	}

	ReportCycleView cycle(String period) {
		return cycles.cycles(PLAN).stream().filter(c -> c.period().equals(period)).findFirst().orElseThrow();
	}

	@Test
	void shouldOpenTheCycleFromItsQuartzJobWithAReportTaskForEveryLeadUnit() throws Exception {
		runJob("Quý III", LocalDate.of(2025, 9, 9));

		ReportCycleView cycle = cycle("Quý III");
		assertThat(cycle.status()).isEqualTo(ReportCycleStatus.OPEN);
		assertThat(cycle.due()).isEqualTo(LocalDate.of(2025, 9, 9));
		ProcessInstance instance = instance("quy-iii");
		assertThat(instance.getId()).isEqualTo(cycle.processInstanceId());
		assertThat(runtime.getVariable(instance.getId(), ReportCycleProcess.REPORT_CYCLE_ID)).isEqualTo(cycle.id());
		List<Task> unitTasks = tasks(instance, ReportCycleProcess.SUBMIT_UNIT_REPORT);
		assertThat(unitTasks).flatExtracting(this::groups)
			.containsExactlyInAnyOrderElementsOf(leadUnits().stream().map(unit -> "unit-" + unit).toList());
		Task vhxh = unitTasks.stream().filter(task -> groups(task).contains("unit-vhxh")).findFirst().orElseThrow();
		assertThat((String) taskService.getVariableLocal(vhxh.getId(), ReportCycleProcess.UNIT_TASKS))
			.startsWith(planQueries.tasks(PLAN).stream().filter(t -> t.lead().code().equals("vhxh")).count()
					+ " nhiệm vụ do Phòng Văn hóa – Xã hội chủ trì:")
			.containsPattern("\n• NV 1 – Ban hành Kế hoạch cải cách hành chính 6 tháng cuối năm 2025 – [^\n]+ – hạn 31/07/2025, quá hạn\n");
		assertThat(vhxh.getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse("2025-09-07T17:00+07:00").toInstant()));
		assertThat(cycles.owing(PLAN, CCHC, "Quý III")).contains("lan.vhxh", "tuan.vhxh", "hai.vp", "mai.vp")
			.doesNotContain("thang.ct");

		runJob("Quý III", LocalDate.of(2025, 9, 9));

		assertThat(cycles.cycles(PLAN).stream().filter(c -> c.period().equals("Quý III"))).hasSize(1);
		assertThat(runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(PLAN + "/bao-cao-cong-tac-cai-cach-hanh-chinh/quy-iii")
			.count()).isEqualTo(1);
	}

	@Test
	void shouldCarryTheCycleThroughConsolidationReturnAndApprovalAndKeepThatItLeftOnTime() throws Exception {
		runJob("Năm", LocalDate.of(2025, 12, 9));
		ProcessInstance instance = instance("nam");

		for (Task task : tasks(instance, ReportCycleProcess.SUBMIT_UNIT_REPORT)) {
			String unit = groups(task).get(0).substring("unit-".length());
			String officer = people.findOfficers(unit).get(0).getUsername();
			submit(task, officer, Map.of("results", "Kết quả của " + unit, "difficulties", "Khó khăn của " + unit));
		}
		assertThat(cycle("Năm").units()).allSatisfy(unit -> {
			assertThat(unit.submittedAt()).isNotNull();
			assertThat(unit.results()).isEqualTo("Kết quả của " + unit.unitCode());
		});
		Task consolidate = tasks(instance, ReportCycleProcess.CONSOLIDATE).get(0);
		assertThat(groups(consolidate)).containsExactly("unit-vhxh");
		String draft = (String) taskService.getVariableLocal(consolidate.getId(), ReportCycleProcess.REPORT_TEXT);
		assertThat(draft).startsWith(CCHC + " – Năm\n")
			.contains("Tổng số 45 nhiệm vụ:")
			.contains("Tỷ lệ % nhiệm vụ hoàn thành:")
			.contains("Công tác chỉ đạo, điều hành:")
			.contains("  + Kết quả: Kết quả của kinhte")
			.contains("  + Khó khăn, vướng mắc: Khó khăn của vhxh");
		assertThat(cycles.owing(PLAN, CCHC, "Năm")).contains("lan.vhxh").doesNotContain("hai.vp", "thang.ct");

		submit(consolidate, "lan.vhxh", Map.of(ReportCycleProcess.REPORT_TEXT, draft + "\nBản 1"));
		assertThat(cycles.owing(PLAN, CCHC, "Năm")).contains("thang.ct", "hong.pct").doesNotContain("lan.vhxh");
		submit(tasks(instance, ReportCycleProcess.APPROVE).get(0), "thang.ct",
				Map.of("decision", "return", "returnReason", "Bổ sung kết quả khảo sát"));

		Task again = tasks(instance, ReportCycleProcess.CONSOLIDATE).get(0);
		assertThat(taskService.getVariablesLocal(again.getId())).containsEntry("returnReason", "Bổ sung kết quả khảo sát")
			.containsEntry("reportText", draft + "\nBản 1");
		submit(again, "lan.vhxh", Map.of(ReportCycleProcess.REPORT_TEXT, draft + "\nBản 2"));
		Task approve = tasks(instance, ReportCycleProcess.APPROVE).get(0);
		assertThat((String) taskService.getVariableLocal(approve.getId(), "reportText")).endsWith("Bản 2");
		String draftLink = (String) taskService.getVariableLocal(approve.getId(), ReportCycleProcess.DRAFT_DOCX);
		assertThat(draftLink).isEqualTo("/api/plans/" + PLAN + "/reports/bao-cao-cong-tac-cai-cach-hanh-chinh/nam.docx");
		assertThat(taskService.getVariableLocal(approve.getId(), ReportCycleProcess.DRAFT_XLSX))
			.isEqualTo("/api/plans/" + PLAN + "/reports/bao-cao-cong-tac-cai-cach-hanh-chinh/nam.xlsx");
		String approvedPath = "/api/plans/" + PLAN + "/reports/bao-cao-cong-tac-cai-cach-hanh-chinh/nam/approved.docx";
		assertThat(http.withBasicAuth("lan.vhxh", "demo").getForEntity(approvedPath, String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		submit(approve, "thang.ct", Map.of("decision", "approve"));
		assertThat(cycle("Năm").status()).isEqualTo(ReportCycleStatus.APPROVED);
		assertThat(cycle("Năm").documents().approvedDocx()).isEqualTo(approvedPath);
		assertThat(cycle("Năm").documents().draftXlsx()).isEqualTo(draftLink.replace(".docx", ".xlsx"));
		Task record = tasks(instance, ReportCycleProcess.RECORD_SUBMISSION).get(0);
		assertThat(taskService.getVariableLocal(record.getId(), ReportCycleProcess.APPROVED_DOCX)).isEqualTo(approvedPath);
		byte[] approved = http.withBasicAuth("lan.vhxh", "demo").getForEntity(approvedPath, byte[].class).getBody();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(approved))) {
			String text = ReportDocumentIT.paragraphs(doc) + ReportDocumentRenderTest.text(doc.getTables().get(2));
			assertThat(text).contains("Nguyễn Văn Thắng", "Kết quả của kinhte", "Khó khăn của vhxh")
				.doesNotContain("chưa gửi báo cáo");
		}
		assertThat(http.withBasicAuth("lan.vhxh", "demo")
			.getForEntity(approvedPath.replace(".docx", ".xlsx"), byte[].class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		submit(record, "lan.vhxh", Map.of("documentNumber", "215/BC-UBND", "documentDate", "2025-12-09"));
		// the draft now carries the outgoing number; the approved version stays exactly as it was approved
		byte[] draftAfter = http.withBasicAuth("lan.vhxh", "demo").getForEntity(draftLink, byte[].class).getBody();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(draftAfter))) {
			assertThat(ReportDocumentRenderTest.text(doc.getTables().get(0))).contains("Số: 215/BC-UBND",
					"ngày 09 tháng 12 năm 2025");
		}
		assertThat(http.withBasicAuth("thang.ct", "demo").getForEntity(approvedPath, byte[].class).getBody())
			.isEqualTo(approved);

		ReportCycleView sent = cycle("Năm");
		assertThat(sent.status()).isEqualTo(ReportCycleStatus.SUBMITTED);
		assertThat(sent.documentNumber()).isEqualTo("215/BC-UBND");
		assertThat(sent.documentDate()).isEqualTo(LocalDate.of(2025, 12, 9));
		assertThat(sent.submittedOnTime()).isTrue();
		assertThat(sent.returns()).isEqualTo(1);
		assertThat(sent.approvedBy()).isEqualTo("thang.ct");
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
		assertThat(cycles.owing(PLAN, CCHC, "Năm")).isEmpty();
	}

	@Test
	void shouldScheduleTheOpeningOfEveryCycleWhenAPlanIsActivatedAndAgainWithoutDuplicates() throws Exception {
		String future = "IT-RC-SCHED-2035";
		if (!planQueries.exists(future)) {
			// the demo plan moved to 2035, so that Quartz, which fires by the real time, keeps its triggers waiting
			String yaml = Files.readString(Path.of("config/plans/viet-khe-2025-h2.yaml")).replace("2025", "2035");
			PlanImportReport report = importer.importPlan(new ImportRequest("viet-khe-2035-h2.yaml",
					yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), future, false, false, "it"));
			assertThat(report.errors()).isEmpty();
		}

		lifecycle.activate(future);

		Set<JobKey> keys = quartz.getJobKeys(GroupMatcher.jobGroupEquals(ReportCycleSchedule.GROUP))
			.stream()
			.filter(key -> key.getName().startsWith(future + "/"))
			.collect(Collectors.toSet());
		JobKey quarterThree = new JobKey(future + "/bao-cao-cong-tac-cai-cach-hanh-chinh/quy-iii", ReportCycleSchedule.GROUP);
		JobKey year = new JobKey(future + "/bao-cao-cong-tac-cai-cach-hanh-chinh/nam", ReportCycleSchedule.GROUP);
		assertThat(keys).containsExactlyInAnyOrder(quarterThree, year);
		assertThat(quartz.getTriggersOfJob(quarterThree)).singleElement()
			.satisfies(trigger -> assertThat(trigger.getStartTime())
				.isEqualTo(Date.from(OffsetDateTime.parse("2035-08-30T07:00+07:00").toInstant())));
		assertThat(quartz.getTriggersOfJob(year)).singleElement()
			.satisfies(trigger -> assertThat(trigger.getStartTime())
				.isEqualTo(Date.from(OffsetDateTime.parse("2035-11-29T07:00+07:00").toInstant())));
		assertThat(quartz.getJobDetail(year).getJobDataMap()).containsEntry(ReportCycleJob.PLAN_CODE, future)
			.containsEntry(ReportCycleJob.REPORT, CCHC)
			.containsEntry(ReportCycleJob.PERIOD, "Năm");

		assertThat(scheduler.reschedule(future).changes()).as("scheduling again changes nothing").isZero();

		assertThat(quartz.getJobKeys(GroupMatcher.jobGroupEquals(ReportCycleSchedule.GROUP))
			.stream()
			.filter(key -> key.getName().startsWith(future + "/"))).containsExactlyInAnyOrder(quarterThree, year);
		assertThat(quartz.getTriggersOfJob(year)).hasSize(1);
		// Quartz would open them in 2035 against the shared test database
		quartz.deleteJobs(List.of(quarterThree, year));
	}

}
