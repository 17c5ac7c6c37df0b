package vn.parflow.workflow;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.parflow.api.ApiErrors;
import vn.parflow.workflow.PlanActivation.ActivationRefused;
import vn.parflow.workflow.PlanActivation.PastPeriodNotConfirmed;
import vn.parflow.workflow.PlanActivation.UnknownPlan;

/**
 * How activation and a task's history are refused, on the web slice with the services mocked. Security is left out
 * of the slice ({@code addFilters = false}): the application's configuration needs the engine's identity service,
 * and who may activate is proved with the real filter chain in {@code WorkflowIT}.
 */
@WebMvcTest(WorkflowController.class)
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = { WorkflowController.class, ApiErrors.class })
class WorkflowControllerTest {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ActivationRequests activation;

	@MockitoBean
	private TaskHistory history;

	@Test
	void shouldAnswer404ForAnUnknownPlan() throws Exception {
		given(activation.activate("KH-LA", false)).willThrow(new UnknownPlan("KH-LA"));

		mvc.perform(post("/api/plans/KH-LA/activate"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Không có kế hoạch mã “KH-LA”."))
			.andExpect(jsonPath("$.message").value("Không có kế hoạch mã “KH-LA”."));
	}

	@Test
	void shouldAnswer422WithTheReasonsWhenTasksCannotRun() throws Exception {
		given(activation.activate("KH-2026", false)).willThrow(new ActivationRefused("Chưa kích hoạt được kế hoạch KH-2026.",
				List.of("Nhiệm vụ 1: chưa có hạn.")));

		mvc.perform(post("/api/plans/KH-2026/activate"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Không xử lý được"))
			.andExpect(jsonPath("$.detail").value("Chưa kích hoạt được kế hoạch KH-2026."))
			.andExpect(jsonPath("$.reasons[0]").value("Nhiệm vụ 1: chưa có hạn."))
			.andExpect(jsonPath("$.needsConfirmation").doesNotExist());
	}

	@Test
	void shouldAnswer409AskingForConfirmationOfAPastPeriod() throws Exception {
		given(activation.activate("KH-2020", false))
			.willThrow(new PastPeriodNotConfirmed("Kỳ của kế hoạch KH-2020 đã kết thúc.", List.of()));

		mvc.perform(post("/api/plans/KH-2020/activate"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Xung đột"))
			.andExpect(jsonPath("$.needsConfirmation").value(true))
			.andExpect(jsonPath("$.confirmWith").value("confirmPast=true"));
	}

	@Test
	void shouldAnswer409WhileAnotherActivationHoldsThePlan() throws Exception {
		given(activation.activate("KH-2026", false)).willThrow(new ActivationRequests.ActivationRunning("KH-2026"));
		given(activation.activate("KH-2027", false)).willThrow(new PessimisticLockingFailureException("locked"));

		mvc.perform(post("/api/plans/KH-2026/activate"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.message").value(startsWith("Kế hoạch KH-2026 đang được kích hoạt")));
		mvc.perform(post("/api/plans/KH-2027/activate"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(WorkflowController.BUSY.formatted("KH-2027")));
	}

	@Test
	void shouldAnswer404ForNoActivationAndNoSuchTask() throws Exception {
		given(history.history("KH-2026", "9.9")).willReturn(Optional.empty());

		mvc.perform(get("/api/plans/KH-2026/activation"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(startsWith("Chưa có yêu cầu kích hoạt kế hoạch KH-2026")));
		mvc.perform(get("/api/plans/KH-2026/tasks/9.9/history"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Kế hoạch KH-2026 không có nhiệm vụ số 9.9."));
	}

}
