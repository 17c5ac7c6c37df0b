package vn.parflow.security;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees when their write on a task loses a race, as the engine's REST API reported it: the answers are
 * the engine's own error bodies (as {@code TaskRestServiceImpl} writes them), the task is a real one on the in-memory
 * engine.
 */
class EngineConflictsTest {

	@RegisterExtension
	ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-tests.camunda.cfg.xml").build();

	final ObjectMapper json = new ObjectMapper();

	EngineConflicts conflicts;

	Task task;

	@BeforeEach
	void task() {
		TaskService tasks = engine.getTaskService();
		task = tasks.newTask();
		task.setName("Duyệt kết quả");
		tasks.saveTask(task);
		conflicts = new EngineConflicts(tasks, engine.getHistoryService());
	}

	@Test
	void shouldAnswer409WhenTheDatabaseChoseThisSubmissionAsTheVictimOfADeadlock() throws Exception {
		MockHttpServletResponse response = submit(500, "{\"type\":\"RestException\",\"message\":\"Cannot submit task form "
				+ task.getId() + ": An exception occurred in the persistence layer. Please check the server logs for a"
				+ " detailed message and the entire exception stack trace.\",\"code\":10000}");

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(problem.get("message").asText()).isEqualTo(EngineConflicts.CHANGED).doesNotContain("ENGINE-");
	}

	@Test
	void shouldSayTheTaskIsDoneWhenSomebodyElseCompletedItAMomentAgo() throws Exception {
		engine.getTaskService().complete(task.getId());

		MockHttpServletResponse response = submit(500, "{\"type\":\"RestException\",\"message\":\"Cannot submit task form "
				+ task.getId() + ": ENGINE-03052 …\",\"code\":1}");

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("message").asText())
			.isEqualTo(EngineConflicts.DONE);
	}

	@Test
	void shouldPassOnAFailureThatIsNotARaceAsTheEngineWroteIt() throws Exception {
		String refused = "{\"type\":\"RestException\",\"message\":\"Cannot submit task form " + task.getId()
				+ ": Hãy nhập số văn bản.\",\"code\":0}";

		MockHttpServletResponse response = submit(500, refused);

		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(refused);
	}

	private MockHttpServletResponse submit(int status, String body) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST",
				"/engine-rest/task/" + task.getId() + "/submit-form");
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain restApi = (req, res) -> {
			((jakarta.servlet.http.HttpServletResponse) res).setStatus(status);
			res.setContentType("application/json;charset=UTF-8");
			res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
		};
		conflicts.doFilter(request, response, restApi);
		return response;
	}

}
