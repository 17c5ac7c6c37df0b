package vn.parflow.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.parflow.plan.TaskStatus;
import vn.parflow.schedule.ScheduleKind;
import vn.parflow.workflow.PlanActivation.ActivationResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.parflow.workflow.PlanTaskStubs.PLAN;
import static vn.parflow.workflow.PlanTaskProcess.*;

/**
 * PlanTaskProcess on the in-memory engine, one test per path: who gets each task (candidate groups, assignee), when
 * it is due, where the process waits, and what it writes back (the calls to the plan module, history, reminder and overdue events).
 * Forms are submitted as the Tasklist submits them ({@code formService.submitTaskForm}).
 */
@Deployment(resources = "processes/PlanTaskProcess.bpmn")
class PlanTaskProcessTest {

	@RegisterExtension
	ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-tests.camunda.cfg.xml").build();

	ProcessRig rig;

	@BeforeEach
	void rig() {
		init(engine.getProcessEngine());
		rig = new ProcessRig(engine.getProcessEngine());
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void shouldRunTheHappyPathFromAssignmentThroughInputToApproval() {
		rig.tasks.add(1, "1", "vhxh", ScheduleKind.ONE_OFF, List.of(day(2025, 9, 30)), List.of("kinhte"));

		assertThat(rig.activation.activate(PLAN)).isEqualTo(new ActivationResult(1, 0));
		ProcessInstance instance = instance("1");
		assertThat(instance).hasBusinessKey(PLAN + "/1").isWaitingAt(ASSIGN_OFFICER);
		assertThat(task()).hasCandidateGroup("unit-heads-vhxh");
		assertThat(view(task())).contains("Nội dung nhiệm vụ 1", "Báo cáo của UBND xã", "30/09/2025");
		assertThat(taskService().getVariableLocal(task().getId(), VIEW_OFFICERS))
			.isEqualTo("trang.vhxh|trang.vhxh (trang.vhxh);tuan.vhxh|Phạm Minh Tuấn (tuan.vhxh)");
		assertThat(rig.tasks.statusesWritten(1)).as("not started until a head assigns it").isEmpty();

		submit(task(), OFFICER, "tuan.vhxh");
		assertThat(instance).isWaitingAt(PROVIDE_INPUT);
		assertThat(task()).hasCandidateGroup("unit-kinhte").hasDueDate(endOf(day(2025, 9, 27)));
		verify(rig.tasks.progress).assigned(1L, "tuan.vhxh");
		assertThat(rig.tasks.statusesWritten(1)).containsExactly(TaskStatus.IN_COORDINATION);

		submit(task(), INPUT_TEXT, "Phòng Kinh tế: 12/12 hồ sơ đúng hạn trong quý III.");
		assertThat(instance).isWaitingAt(SUBMIT_DELIVERABLE);
		assertThat(task()).isAssignedTo("tuan.vhxh").hasDueDate(endOf(day(2025, 9, 30)));
		assertThat(view(task())).contains("Phòng kinhte", "12/12 hồ sơ đúng hạn");
		assertThat(rig.tasks.statusesWritten(1)).containsExactly(TaskStatus.IN_COORDINATION, TaskStatus.IN_PROGRESS);

		rig.clock.moveTo(LocalDateTime.of(2025, 9, 20, 10, 0));
		submit(task(), DOCUMENT_NUMBER, "125/BC-UBND", DOCUMENT_DATE, "2025-09-20", DOCUMENT_LINK,
				"https://vanban.example.vn/125");
		assertThat(instance).isWaitingAt(APPROVE_DELIVERABLE);
		assertThat(task()).hasCandidateGroup("approvers").hasCandidateGroup("unit-heads-vhxh").isNotAssigned();
		assertThat(view(task())).contains("125/BC\\-UBND".replace("\\", ""), "20/09/2025", "https://vanban.example.vn/125");
		verify(rig.tasks.progress).submitted(1L, 0, instant(2025, 9, 20, 10));
		// the report's annex names the deliverable as submitted
		verify(rig.tasks.progress).deliverableRecorded(1L, 0, "125/BC-UBND", day(2025, 9, 20),
				"https://vanban.example.vn/125");

		submit(task(), APPROVED, true);
		assertThat(instance).isEnded().hasPassed(END, GATEWAY_DELIVERABLE_APPROVED);
		verify(rig.tasks.progress).approved(1L, 0, instant(2025, 9, 20, 10));
		assertThat(rig.tasks.statusesWritten(1)).containsExactly(TaskStatus.IN_COORDINATION, TaskStatus.IN_PROGRESS,
				TaskStatus.DONE);
		assertThat(rig.events.kinds(1)).containsExactly(TaskEventKind.ACTIVATED, TaskEventKind.ASSIGNED, TaskEventKind.INPUT_PROVIDED, TaskEventKind.SUBMITTED, TaskEventKind.APPROVED, TaskEventKind.DONE);
	}

	@Test
	void shouldGoStraightToTheOnlyOfficerWhenThereIsNoCoordinatingUnit() {
		rig.tasks.add(2, "2", "ttdvc", ScheduleKind.ONE_OFF, List.of(day(2025, 8, 31)), List.of());

		rig.activation.activate(PLAN);

		ProcessInstance instance = instance("2");
		assertThat(instance).isWaitingAt(SUBMIT_DELIVERABLE).hasNotPassed(ASSIGN_OFFICER, COORDINATION);
		assertThat(task()).isAssignedTo("huong.ttdvc").hasDueDate(endOf(day(2025, 8, 31)));
		verify(rig.tasks.progress).assigned(2L, "huong.ttdvc");
		assertThat(rig.tasks.statusesWritten(2)).containsExactly(TaskStatus.IN_PROGRESS);
		assertThat(view(task())).doesNotContain("Ý kiến của các đơn vị phối hợp");
		assertThat(rig.events.kinds(2)).containsExactly(TaskEventKind.ACTIVATED, TaskEventKind.ASSIGNED);
	}

	@Test
	void shouldAskEveryCoordinatingUnitOnceInParallelAndWaitForAll() {
		// the lead unit among its own coordinators and a unit named twice (a collective phrase and its member)
		rig.tasks.add(3, "3", "vhxh", ScheduleKind.ONE_OFF, List.of(day(2025, 10, 31)),
				List.of("kinhte", "vhxh", "hcc", "kinhte"));
		rig.tasks.add(30, "3.1", "ttdvc", ScheduleKind.ONE_OFF, List.of(day(2025, 10, 31)), List.of());

		rig.activation.activate(PLAN);
		ProcessInstance instance = instance("3");
		submit(taskAt(ASSIGN_OFFICER, instance), OFFICER, "trang.vhxh");

		List<Task> inputs = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(PROVIDE_INPUT).list();
		assertThat(inputs).hasSize(2);
		assertThat(taskQuery().processInstanceId(instance.getId()).taskCandidateGroup("unit-kinhte").count()).isOne();
		assertThat(taskQuery().processInstanceId(instance.getId()).taskCandidateGroup("unit-hcc").count()).isOne();
		assertThat(inputs).allSatisfy(input -> assertThat(input.getDueDate()).isEqualTo(endOf(day(2025, 10, 28))));

		submit(taskQuery().processInstanceId(instance.getId()).taskCandidateGroup("unit-hcc").singleResult(),
				INPUT_TEXT, "Trung tâm đã số hóa 85% hồ sơ.", INPUT_LINK, "https://hcc.example.vn/so-hoa");
		assertThat(instance).isWaitingAt(PROVIDE_INPUT).isNotWaitingAt(SUBMIT_DELIVERABLE);
		submit(taskQuery().processInstanceId(instance.getId()).taskCandidateGroup("unit-kinhte").singleResult(),
				INPUT_TEXT, "Không có ý kiến bổ sung.");

		assertThat(instance).isWaitingAt(SUBMIT_DELIVERABLE);
		assertThat(taskAt(SUBMIT_DELIVERABLE, instance)).isAssignedTo("trang.vhxh");
		assertThat(view(taskAt(SUBMIT_DELIVERABLE, instance))).contains("Phòng hcc", "số hóa 85%",
				"https://hcc.example.vn/so\\-hoa".replace("\\", ""), "Phòng kinhte", "Không có ý kiến bổ sung");
		assertThat(runtimeService().getVariables(instance.getId())).doesNotContainKeys(INPUT_TEXT, INPUT_LINK);
	}

	@Test
	void shouldReturnWithARequiredReasonAndCountTheReturnsUntilResubmitted() {
		rig.tasks.add(4, "4", "ttdvc", ScheduleKind.ONE_OFF, List.of(day(2025, 9, 30)), List.of());
		rig.activation.activate(PLAN);
		ProcessInstance instance = instance("4");
		rig.clock.moveTo(LocalDateTime.of(2025, 9, 10, 9, 0));
		submit(task(), DOCUMENT_NUMBER, "12/KH-UBND", DOCUMENT_DATE, "2025-09-10", DOCUMENT_LINK,
				"https://vanban.example.vn/12");

		Task review = task();
		assertThatThrownBy(() -> submit(review, APPROVED, false)).isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Hãy nêu lý do trả lại");
		assertThat(instance).isWaitingAt(APPROVE_DELIVERABLE);

		submit(review, APPROVED, false, RETURN_REASON, "Thiếu số liệu quý III của Trung tâm HCC.");
		assertThat(instance).isWaitingAt(SUBMIT_DELIVERABLE);
		assertThat(task()).isAssignedTo("huong.ttdvc");
		assertThat(view(task())).contains("Sản phẩm bị trả lại (lần 1)", "Thiếu số liệu quý III");
		assertThat(taskService().getVariable(task().getId(), DOCUMENT_NUMBER)).as("the form keeps the last entries")
			.isEqualTo("12/KH-UBND");
		verify(rig.tasks.progress).returned(4L, 0, "Thiếu số liệu quý III của Trung tâm HCC.");
		verify(rig.tasks.progress, never()).approved(anyLong(), anyInt(), any());

		submit(task(), DOCUMENT_NUMBER, "12/KH-UBND", DOCUMENT_DATE, "2025-09-10", DOCUMENT_LINK,
				"https://vanban.example.vn/12-bo-sung");
		assertThat(taskService().getVariable(task().getId(), APPROVED)).as("each review starts undecided")
			.isEqualTo(false);
		assertThat(taskService().getVariable(task().getId(), RETURN_REASON)).isNull();
		submit(task(), APPROVED, true);

		assertThat(instance).isEnded();
		verify(rig.tasks.progress, times(2)).submitted(4L, 0, instant(2025, 9, 10, 9));
		verify(rig.tasks.progress).approved(4L, 0, instant(2025, 9, 10, 9));
		assertThat(rig.tasks.statusesWritten(4)).endsWith(TaskStatus.DONE);
		assertThat(rig.events.kinds(4)).containsExactly(TaskEventKind.ACTIVATED, TaskEventKind.ASSIGNED, TaskEventKind.SUBMITTED, TaskEventKind.RETURNED, TaskEventKind.SUBMITTED, TaskEventKind.APPROVED,
				TaskEventKind.DONE);
		assertThat(rig.events.findByPlanTaskIdAndKindOrderByIdAsc(4, TaskEventKind.RETURNED).get(0).getDetail())
			.isEqualTo("Thiếu số liệu quý III của Trung tâm HCC.");
	}

	@Test
	void shouldRefuseASubmissionWithoutDocumentNumberDateOrLink() {
		rig.tasks.add(5, "5", "ttdvc", ScheduleKind.ONE_OFF, List.of(day(2025, 9, 30)), List.of());
		rig.activation.activate(PLAN);
		Task submission = task();

		assertThatThrownBy(() -> submit(submission, DOCUMENT_DATE, "2025-07-01", DOCUMENT_LINK, "https://x.vn/1"))
			.hasMessageContaining("số, ký hiệu văn bản");
		assertThatThrownBy(() -> submit(submission, DOCUMENT_NUMBER, "1/BC", DOCUMENT_DATE, "2025-07-01"))
			.hasMessageContaining("đường dẫn đến văn bản hoặc đính kèm tệp");
		assertThatThrownBy(() -> submit(submission, DOCUMENT_NUMBER, "1/BC", DOCUMENT_DATE, "2025-07-01",
				DOCUMENT_LINK, "vanban/1.pdf"))
			.hasMessageContaining("không phải địa chỉ web");

		assertThat(instance("5")).isWaitingAt(SUBMIT_DELIVERABLE);
		verify(rig.tasks.progress, never()).submitted(anyLong(), anyInt(), any());
		verify(rig.tasks.progress, never()).deliverableRecorded(anyLong(), anyInt(), any(), any(), any());
		assertThat(rig.tasks.statusesWritten(5)).containsExactly(TaskStatus.IN_PROGRESS);
	}

	@Test
	void shouldTakeAnAttachedFileInsteadOfALinkAndShowItToTheApprover() {
		rig.tasks.add(15, "15", "ttdvc", ScheduleKind.ONE_OFF, List.of(day(2025, 9, 30)), List.of());
		rig.activation.activate(PLAN);
		Task submission = task();
		rig.files.put(submission.getId(), List.of(new TaskFiles.TaskFile("ke-hoach-15.pdf", "/api/attachments/f15")));

		submit(submission, DOCUMENT_NUMBER, "15/KH-UBND", DOCUMENT_DATE, "2025-07-01");

		assertThat(instance("15")).isWaitingAt(APPROVE_DELIVERABLE);
		assertThat(view(task())).contains("[ke-hoach-15.pdf](/api/attachments/f15)");
		assertThat(rig.events.findByPlanTaskIdAndKindOrderByIdAsc(15, TaskEventKind.SUBMITTED).get(0).getDetail())
			.isEqualTo("Văn bản số 15/KH-UBND ngày 01/07/2025\nTệp đính kèm: 1");
	}

	@Test
	void shouldRefuseToActivateAPlanWhoseLeadUnitHasNobodyAndStartNothing() {
		rig.tasks.add(16, "16", "ttdvc", ScheduleKind.ONE_OFF, List.of(day(2025, 9, 30)), List.of());
		rig.tasks.add(17, "17", "ghost", ScheduleKind.ONE_OFF, List.of(day(2025, 9, 30)), List.of("nobody"));

		assertThatThrownBy(() -> rig.activation.activate(PLAN)).isInstanceOf(PlanActivation.ActivationRefused.class)
			.satisfies(ex -> assertThat(((PlanActivation.ActivationRefused) ex).reasons()).containsExactly(
					"Nhiệm vụ 17: Phòng ghost chưa có ai trong danh mục người dùng.",
					"Nhiệm vụ 17: đơn vị phối hợp chưa có ai trong danh mục người dùng: Phòng nobody."));

		assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
		// the plan's row was locked, and nothing else: the plan is not marked active
		verify(rig.lifecycle).lockForActivation(PLAN);
		verifyNoMoreInteractions(rig.lifecycle);
	}

	@Test
	void shouldRunSubmissionAndApprovalOncePerDeadlineOfAMultiDeadlineTask() {
		rig.tasks.add(6, "6", "ttdvc", ScheduleKind.MULTI, List.of(day(2025, 9, 15), day(2025, 12, 15)), List.of());
		rig.activation.activate(PLAN);
		ProcessInstance instance = instance("6");

		assertThat(task()).hasDueDate(endOf(day(2025, 9, 15)));
		assertThat(view(task())).contains("Mốc 1 – 15/09/2025");
		rig.clock.moveTo(LocalDateTime.of(2025, 9, 16, 9, 0));
		submit(task(), DOCUMENT_NUMBER, "30/BC-UBND", DOCUMENT_DATE, "2025-09-16", DOCUMENT_LINK, "https://x.vn/30");
		submit(task(), APPROVED, true);
		// submitted on 16/09, a day after its due date: the plan module counts it late from this instant
		verify(rig.tasks.progress).submitted(6L, 0, instant(2025, 9, 16, 9));
		verify(rig.tasks.progress).approved(6L, 0, instant(2025, 9, 16, 9));
		assertThat(rig.tasks.statusesWritten(6)).doesNotContain(TaskStatus.DONE);

		assertThat(instance).isWaitingAt(SUBMIT_DELIVERABLE);
		assertThat(task()).isAssignedTo("huong.ttdvc").hasDueDate(endOf(day(2025, 12, 15)));
		assertThat(view(task())).contains("Mốc 2 – 15/12/2025").doesNotContain("trả lại");
		assertThat(taskService().getVariable(task().getId(), DOCUMENT_NUMBER)).as("a new deadline starts empty").isNull();
		rig.clock.moveTo(LocalDateTime.of(2025, 12, 1, 9, 0));
		submit(task(), DOCUMENT_NUMBER, "90/BC-UBND", DOCUMENT_DATE, "2025-12-01", DOCUMENT_LINK, "https://x.vn/90");
		submit(task(), APPROVED, true);

		assertThat(instance).isEnded();
		verify(rig.tasks.progress).submitted(6L, 1, instant(2025, 12, 1, 9));
		verify(rig.tasks.progress).approved(6L, 1, instant(2025, 12, 1, 9));
		assertThat(rig.tasks.statusesWritten(6)).endsWith(TaskStatus.DONE).containsOnlyOnce(TaskStatus.DONE);
	}

	@Test
	void shouldAskAnOngoingTaskForAProgressUpdateAtEveryReportDateOfThePlan() {
		rig.tasks.add(7, "7", "ttdvc", ScheduleKind.ONGOING, List.of(), List.of());
		rig.activation.activate(PLAN);
		ProcessInstance instance = instance("7");

		assertThat(task()).hasDueDate(endOf(day(2025, 9, 9)));
		assertThat(taskService().getVariableLocal(task().getId(), VIEW_ONGOING)).isEqualTo(true);
		assertThat(view(task())).contains("Kỳ báo cáo Quý III – 09/09/2025");
		assertThatThrownBy(() -> submit(task(), COMMENT, "xong")).hasMessageContaining("kết quả thực hiện trong kỳ");
		submit(task(), PROGRESS_REPORT, "Đã tiếp nhận 240 hồ sơ, giải quyết đúng hạn 100%.");
		assertThat(rig.tasks.statusesWritten(7)).endsWith(TaskStatus.SUBMITTED);
		assertThat(view(task())).contains("240 hồ sơ");
		submit(task(), APPROVED, true);

		assertThat(task()).hasDueDate(endOf(day(2025, 12, 9)));
		assertThat(view(task())).contains("Kỳ báo cáo Năm – 09/12/2025");
		submit(task(), PROGRESS_REPORT, "Cả năm: 980 hồ sơ.");
		submit(task(), APPROVED, true);

		assertThat(instance).isEnded();
		assertThat(rig.tasks.statusesWritten(7)).endsWith(TaskStatus.DONE);
		// an ongoing task reports progress; it has no deliverable to count on time or late
		verify(rig.tasks.progress, never()).submitted(anyLong(), anyInt(), any());
		verify(rig.tasks.progress, never()).approved(anyLong(), anyInt(), any());
		assertThat(rig.events.kinds(7)).containsExactly(TaskEventKind.ACTIVATED, TaskEventKind.ASSIGNED, TaskEventKind.SUBMITTED, TaskEventKind.APPROVED, TaskEventKind.SUBMITTED, TaskEventKind.APPROVED,
				TaskEventKind.DONE);
	}

	@Test
	void shouldStartAnUnresolvedTaskAtSetDeadlineAndNotPassItWithoutADate() {
		rig.tasks.add(8, "8", "vhxh", ScheduleKind.UNRESOLVED, List.of(), List.of());
		rig.activation.activate(PLAN);
		ProcessInstance instance = instance("8");

		assertThat(instance).isWaitingAt(SET_DEADLINE);
		assertThat(task()).hasCandidateGroup("unit-heads-vhxh").hasCandidateGroup("plan-admins");
		Task setDeadline = task();
		assertThatThrownBy(() -> submit(setDeadline, NEW_DEADLINE, null)).isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Hãy chọn hạn xử lý");
		assertThatThrownBy(() -> submit(setDeadline, NEW_DEADLINE, "2025-06-30")).hasMessageContaining("đã qua");
		assertThat(instance).isWaitingAt(SET_DEADLINE);

		submit(setDeadline, NEW_DEADLINE, "2025-11-15");
		assertThat(instance).isWaitingAt(ASSIGN_OFFICER);
		verify(rig.tasks.progress).deadlineSet(eq(8L), eq(day(2025, 11, 15)), any());
		submit(task(), OFFICER, "tuan.vhxh");

		assertThat(task()).isAssignedTo("tuan.vhxh").hasDueDate(endOf(day(2025, 11, 15)));
		assertThat(rig.events.findByPlanTaskIdAndKindOrderByIdAsc(8, TaskEventKind.DEADLINE_SET).get(0).getDetail())
			.isEqualTo("Hạn: 15/11/2025");
	}

	@Test
	void shouldRefuseAnOfficerFromAnotherUnit() {
		rig.tasks.add(9, "9", "vhxh", ScheduleKind.ONE_OFF, List.of(day(2025, 9, 30)), List.of());
		rig.activation.activate(PLAN);

		assertThatThrownBy(() -> submit(task(), OFFICER, "hanh.kinhte")).isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("không phải công chức của Phòng vhxh");
		assertThat(instance("9")).isWaitingAt(ASSIGN_OFFICER);
	}

	@Test
	void shouldRemindTheOfficerSevenAndOneDayBeforeAndEscalateWeeklyOnceOverdue() {
		rig.tasks.add(10, "10", "kinhte", ScheduleKind.ONE_OFF, List.of(day(2025, 9, 30)), List.of());
		rig.activation.activate(PLAN);
		ProcessInstance instance = instance("10");
		submit(task(), OFFICER, "hanh.kinhte");
		String submission = task().getId();

		Job reminder = reminderJob(REMINDER_DUE);
		assertThat(reminder.getDuedate()).isEqualTo(at(2025, 9, 23, 8));
		fire(reminder);
		assertThat(rig.published(TaskReminderDue.class)).containsExactly(
				new TaskReminderDue(10, 0, day(2025, 9, 30), submission, List.of("hanh.kinhte"), 7));

		reminder = reminderJob(REMINDER_DUE);
		assertThat(reminder.getDuedate()).isEqualTo(at(2025, 9, 29, 8));
		fire(reminder);
		assertThat(rig.published(TaskReminderDue.class)).extracting(TaskReminderDue::daysBefore).containsExactly(7, 1);
		assertThat(jobQuery().activityId(REMINDER_DUE).count()).as("no reminder after the last one").isZero();

		Job overdue = reminderJob(OVERDUE);
		assertThat(overdue.getDuedate()).isEqualTo(at(2025, 10, 1, 8));
		fire(overdue);
		assertThat(rig.published(TaskOverdue.class)).containsExactly(
				new TaskOverdue(10, 0, day(2025, 9, 30), submission, List.of("thanh.kinhte", "lan.vhxh"), 1));
		overdue = reminderJob(OVERDUE);
		assertThat(overdue.getDuedate()).isEqualTo(at(2025, 10, 8, 8));
		fire(overdue);
		assertThat(rig.published(TaskOverdue.class)).extracting(TaskOverdue::weeksOverdue).containsExactly(1, 2);

		assertThat(instance).isWaitingAt(SUBMIT_DELIVERABLE);
		assertThat(task().getId()).as("the task stays open, the timers do not interrupt it").isEqualTo(submission);
		assertThat(rig.events.kinds(10)).containsSubsequence(TaskEventKind.REMINDER, TaskEventKind.REMINDER, TaskEventKind.OVERDUE, TaskEventKind.OVERDUE);
		assertThat(rig.events.findByPlanTaskIdAndKindOrderByIdAsc(10, TaskEventKind.OVERDUE).get(0).getDetail())
			.isEqualTo("Quá hạn 30/09/2025 (lần báo thứ 1); gửi: thanh.kinhte, lan.vhxh");
	}

	@Test
	void shouldRemindOnlyOncePerWindowWhenTheTaskArrivesLate() {
		rig.clock.moveTo(LocalDateTime.of(2025, 9, 26, 9, 0));
		rig.tasks.add(11, "11", "ttdvc", ScheduleKind.ONE_OFF, List.of(day(2025, 9, 30)), List.of());
		rig.activation.activate(PLAN);

		Job reminder = reminderJob(REMINDER_DUE);
		assertThat(reminder.getDuedate()).as("the 7-day reminder day is past").isEqualTo(at(2025, 9, 29, 8));
		fire(reminder);
		assertThat(rig.published(TaskReminderDue.class)).extracting(TaskReminderDue::daysBefore).containsExactly(1);
	}

	@Test
	void shouldRemindAndEscalateACoordinatingUnitThatHasNotAnswered() {
		rig.tasks.add(12, "12", "ttdvc", ScheduleKind.ONE_OFF, List.of(day(2025, 9, 30)), List.of("kinhte"));
		rig.activation.activate(PLAN);
		ProcessInstance instance = instance("12");
		String input = task().getId();

		// input due Saturday 27/09/2025: the 7-day reminder (Saturday 20/09) goes out on Friday 19/09, 8 days before
		Job reminder = reminderJob(INPUT_REMINDER_DUE);
		assertThat(reminder.getDuedate()).isEqualTo(at(2025, 9, 19, 8));
		fire(reminder);
		assertThat(rig.published(TaskReminderDue.class)).containsExactly(new TaskReminderDue(12, 0,
				day(2025, 9, 27), input, List.of("hanh.kinhte", "thanh.kinhte", "viet.kinhte"), 8));

		// and the first escalation on the first working day after it, Monday 29/09
		Job overdue = reminderJob(INPUT_OVERDUE);
		assertThat(overdue.getDuedate()).isEqualTo(at(2025, 9, 29, 8));
		fire(overdue);
		assertThat(rig.published(TaskOverdue.class)).containsExactly(
				new TaskOverdue(12, 0, day(2025, 9, 27), input, List.of("thanh.kinhte", "lan.vhxh"), 1));
		assertThat(rig.events.findByPlanTaskIdAndKindOrderByIdAsc(12, TaskEventKind.OVERDUE).get(0).getUnitCode()).isEqualTo("kinhte");
		assertThat(instance).isWaitingAt(PROVIDE_INPUT);
	}

	@Test
	void shouldStartATaskWhoseDeadlineIsPastAsOverdueAndEscalateAtOnce() {
		// the plan is activated on 10/11/2025; task 15 was due 31/8/2025, its coordinating unit's input 28/8
		rig.clock.moveTo(LocalDateTime.of(2025, 11, 10, 9, 30));
		rig.tasks.add(15, "15", "kinhte", ScheduleKind.ONE_OFF, List.of(day(2025, 8, 31)), List.of("ttdvc"));
		rig.activation.activate(PLAN);
		ProcessInstance instance = instance("15");
		submit(task(), OFFICER, "hanh.kinhte");

		Task input = taskAt(PROVIDE_INPUT, instance);
		assertThat(input.getDueDate()).as("asked today, due today").isEqualTo(endOf(day(2025, 11, 10)));
		assertThat(reminderJob(INPUT_REMINDER_DUE).getDuedate()).isEqualTo(at(2025, 11, 10, 9, 31));
		submit(input, INPUT_TEXT, "Đã rà soát.");

		Task submission = task();
		assertThat(submission.getTaskDefinitionKey()).isEqualTo(SUBMIT_DELIVERABLE);
		assertThat(submission.getDueDate()).as("the due date as written").isEqualTo(endOf(day(2025, 8, 31)));
		Job overdue = reminderJob(OVERDUE);
		assertThat(overdue.getDuedate()).as("escalated within a minute, not at the next weekly slot")
			.isEqualTo(at(2025, 11, 10, 9, 31));
		fire(overdue);
		assertThat(rig.published(TaskOverdue.class)).containsExactly(
				new TaskOverdue(15, 0, day(2025, 8, 31), submission.getId(), List.of("thanh.kinhte", "lan.vhxh"), 11));
		assertThat(reminderJob(OVERDUE).getDuedate()).as("then every week").isEqualTo(at(2025, 11, 17, 9, 31));
		Job reminder = reminderJob(REMINDER_DUE);
		fire(reminder);
		assertThat(rig.published(TaskReminderDue.class)).as("no reminder for a day already past").isEmpty();
		assertThat(instance).isWaitingAt(SUBMIT_DELIVERABLE);
	}

	@Test
	void shouldStartNothingNewWhenActivatedTwice() {
		rig.tasks.add(13, "13", "ttdvc", ScheduleKind.ONE_OFF, List.of(day(2025, 9, 30)), List.of());
		rig.tasks.add(14, "14", "vhxh", ScheduleKind.UNRESOLVED, List.of(), List.of());

		assertThat(rig.activation.activate(PLAN)).isEqualTo(new ActivationResult(2, 0));
		assertThat(rig.activation.activate(PLAN)).isEqualTo(new ActivationResult(0, 2));

		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(2);
		assertThat(instance("14")).isWaitingAt(SET_DEADLINE);
	}

	@Test
	void shouldRefuseAStepWhoseIdTheFormListenerDoesNotKnow() {
		rig.tasks.add(18, "18", "vhxh", ScheduleKind.ONE_OFF, List.of(day(2025, 9, 30)), List.of());
		org.camunda.bpm.model.bpmn.BpmnModelInstance renamed = org.camunda.bpm.model.bpmn.Bpmn
			.createExecutableProcess("RenamedPlanStep")
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.userTask("Task_RenamedInTheModeler")
			.name("Giao công chức thực hiện")
			.camundaTaskListenerDelegateExpression("create", "${taskFormView}")
			.endEvent()
			.done();
		repositoryService().createDeployment().addModelInstance("renamed.bpmn", renamed).deploy();

		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("RenamedPlanStep", PLAN + "/18",
				Map.of(PLAN_TASK_ID, 18L)))
			.hasMessageContaining("Bước “Giao công chức thực hiện” (mã Task_RenamedInTheModeler) của quy trình không"
					+ " có trong Parflow: taskFormView không biết bước này");
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("RenamedPlanStep").count())
			.isZero();
	}

	@Test
	void shouldRecordTheLoggedInHeadWhoAssignedTheTaskInItsHistory() {
		rig.tasks.add(19, "19", "vhxh", ScheduleKind.ONE_OFF, List.of(day(2025, 9, 30)), List.of());
		rig.activation.activate(PLAN);
		Task assign = task();
		taskService().claim(assign.getId(), "admin");

		engine.getProcessEngine().getIdentityService().setAuthenticatedUserId("lan.vhxh");
		try {
			submit(assign, OFFICER, "tuan.vhxh");
		}
		finally {
			engine.getProcessEngine().getIdentityService().clearAuthentication();
		}

		assertThat(rig.events.findByPlanTaskIdAndKindOrderByIdAsc(19, TaskEventKind.ASSIGNED).get(0).getActor())
			.isEqualTo("lan.vhxh");
	}

	// ---- helpers

	private static ProcessInstance instance(String number) {
		return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(PLAN + "/" + number)
			.singleResult();
	}

	/** The one open task of the test (each test but one runs one instance). */
	private static Task task() {
		return taskQuery().singleResult();
	}

	private static Task taskAt(String key, ProcessInstance instance) {
		return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
	}

	/** Completes the task as the Tasklist does: the form's fields, then the task's listeners. */
	private static void submit(Task task, String key, Object value, Object... more) {
		Map<String, Object> variables = new java.util.HashMap<>();
		variables.put(key, value);
		for (int i = 0; i < more.length; i += 2) {
			variables.put((String) more[i], more[i + 1]);
		}
		formService().submitTaskForm(task.getId(), variables);
	}

	private static String view(Task task) {
		return String.valueOf(taskService().getVariableLocal(task.getId(), VIEW_SUMMARY));
	}

	private static Job reminderJob(String boundaryEvent) {
		return jobQuery().activityId(boundaryEvent).singleResult();
	}

	/** Moves both clocks a minute past the job's due date and executes it, as the job executor would. */
	private void fire(Job job) {
		rig.clock.moveTo(job.getDuedate().toInstant().plusSeconds(60));
		managementService().executeJob(job.getId());
	}

	private static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	private static Date endOf(LocalDate day) {
		return Date.from(day.atTime(23, 59, 59).atZone(MovableClock.ZONE).toInstant());
	}

	private static java.time.Instant instant(int year, int month, int day, int hour) {
		return at(year, month, day, hour).toInstant();
	}

	private static Date at(int year, int month, int day, int hour) {
		return at(year, month, day, hour, 0);
	}

	private static Date at(int year, int month, int day, int hour, int minute) {
		return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(MovableClock.ZONE).toInstant());
	}

}
