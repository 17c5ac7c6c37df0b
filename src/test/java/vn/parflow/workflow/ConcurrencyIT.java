package vn.parflow.workflow;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.plan.PlanImportReport;
import vn.parflow.plan.PlanImportService.ImportRequest;
import vn.parflow.plan.PlanImportService;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.Fixtures;
import vn.parflow.system.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two or more people at the same moment, on H2 and on MariaDB: parallel activations of one plan start each task
 * exactly once; parallel claims, submissions and approve-against-return on one task let one win and answer the
 * others 409 with a Vietnamese problem, never 500.
 */
@DatabaseIntegrationTest
class ConcurrencyIT {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	TestRestTemplate http;

	@Autowired
	DirectoryImportService directory;

	@Autowired
	PlanImportService plans;

	@Autowired
	TestClock clock;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Scheduler quartz;

	@Autowired
	HistoryService history;

	@Autowired
	TaskService tasks;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void loadDemoDirectory() throws IOException {
		Fixtures.demoDirectory(directory);
	}

	@AfterEach
	void removeProcesses() {
		clock.moveTo(at(2025, 7, 1, 9));
		Fixtures.endProcesses(runtime, quartz, "IT-CC-%");
		clock.reset();
	}

	@Test
	void shouldStartEveryTaskExactlyOnceWhenThreeActivationsComeAtTheSameMoment() throws Exception {
		clock.moveTo(at(2025, 7, 1, 9));
		String code = "IT-CC-VK";
		Fixtures.demoPlan(plans, code);

		List<ResponseEntity<String>> answers = parallel(3, i -> () -> post("admin", "/api/plans/" + code + "/activate", "{}"));

		Map<Integer, Long> statuses = statuses(answers);
		assertThat(statuses.keySet()).as(answers.toString()).isSubsetOf(200, 409);
		int started = 0;
		for (ResponseEntity<String> answer : answers) {
			if (answer.getStatusCode().value() == 200) {
				started += json.readTree(answer.getBody()).get("started").asInt();
			}
			else {
				assertThat(answer.getBody()).contains("đang được kích hoạt");
			}
		}
		assertThat(started).isEqualTo(45);
		Map<String, Long> perTask = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(PlanTaskProcess.KEY)
			.processInstanceBusinessKeyLike(code + "/%").list().stream()
			.collect(Collectors.groupingBy(instance -> instance.getBusinessKey(), Collectors.counting()));
		assertThat(perTask).hasSize(45);
		assertThat(perTask.values()).as("processes per task").containsOnly(1L);
		System.out.printf("[concurrency] 3 parallel activations: statuses %s, processes per task %s%n", statuses,
				perTask.values().stream().distinct().toList());
	}

	@Test
	void shouldLetOneOfTwoPeopleWinAClaimASubmissionAndADecisionAndAnswerTheOther409() throws Exception {
		clock.moveTo(at(2025, 10, 1, 9));
		String code = "IT-CC-1";
		PlanImportReport imported = plans.importPlan(new ImportRequest(code + ".yaml",
				OneTaskPlan.yaml(code, "Trung tâm phục vụ hành chính công"), code, false, false, "it"));
		assertThat(imported.stored()).as(imported.toString()).isTrue();
		assertThat(post("admin", "/api/plans/" + code + "/activate", "{}").getStatusCode().value()).isEqualTo(200);
		String key = code + "/1";

		// the head sends "assign to long.hcc" four times at once (a double click, twice)
		Task assign = tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult();
		List<ResponseEntity<String>> submits = parallel(4, i -> () -> post("anh.hcc",
				"/engine-rest/task/" + assign.getId() + "/submit-form",
				"{\"variables\":{\"officer\":{\"value\":\"long.hcc\"}}}"));
		// a loser is told the task was done ("…hoàn thành hoặc duyệt…") or, when the database chose it as the victim of
		// a deadlock while the winner was still saving, that it was changed ("…thay đổi; hãy tải lại…"): both begin so
		assertWonOnce(submits, "Nhiệm vụ này vừa được người khác");
		Task submit = tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult();
		assertThat(submit.getAssignee()).isEqualTo("long.hcc");

		clock.moveTo(at(2025, 10, 20, 10));
		ResponseEntity<String> delivered = post("long.hcc", "/engine-rest/task/" + submit.getId() + "/submit-form",
				"{\"variables\":{\"documentNumber\":{\"value\":\"12/BC-UBND\"},\"documentDate\":{\"value\":\"2025-10-20\"},"
						+ "\"documentLink\":{\"value\":\"https://vietkhe.example.vn/12\"}}}");
		assertThat(delivered.getStatusCode().value()).as(delivered.getBody()).isEqualTo(204);

		// two leaders claim the approval at once, then one approves while the other returns it
		Task review = tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult();
		List<String> leaders = List.of("thang.ct", "hong.pct");
		List<ResponseEntity<String>> claims = parallel(2, i -> () -> post(leaders.get(i),
				"/engine-rest/task/" + review.getId() + "/claim", "{\"userId\":\"" + leaders.get(i) + "\"}"));
		assertWonOnce(claims, "vừa được người khác nhận");

		List<String> decisions = List.of("{\"variables\":{\"approved\":{\"value\":true}}}",
				"{\"variables\":{\"approved\":{\"value\":false},\"returnReason\":{\"value\":\"Bổ sung số liệu\"}}}");
		List<ResponseEntity<String>> decided = parallel(2, i -> () -> post(leaders.get(i),
				"/engine-rest/task/" + review.getId() + "/submit-form", decisions.get(i)));
		assertWonOnce(decided, "vừa được người khác");
		System.out.printf("[concurrency] 4 parallel submits %s; 2 claims %s; approve vs return %s%n", statuses(submits),
				statuses(claims), statuses(decided));
	}

	private void assertWonOnce(List<ResponseEntity<String>> answers, String message) {
		Map<Integer, Long> statuses = statuses(answers);
		assertThat(statuses).as(answers.toString()).containsOnlyKeys(204, 409);
		assertThat(statuses.get(204)).isEqualTo(1L);
		answers.stream().filter(answer -> answer.getStatusCode().value() == 409).forEach(answer -> {
			assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
			assertThat(answer.getBody()).contains(message).doesNotContain("ENGINE-");
		});
	}

	private static Map<Integer, Long> statuses(List<ResponseEntity<String>> answers) {
		return answers.stream().collect(Collectors.groupingBy(answer -> answer.getStatusCode().value(), TreeMap::new,
				Collectors.counting()));
	}

	/** Runs the calls at the same moment (released together), in as many threads. */
	private static <T> List<T> parallel(int count, Function<Integer, Callable<T>> call) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Callable<T> work = call.apply(i);
				futures.add(threads.submit(() -> {
					go.await();
					return work.call();
				}));
			}
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private ResponseEntity<String> post(String user, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
				String.class);
	}

	private static Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(ZONE).toInstant();
	}

	@SuppressWarnings("unused")
	private JsonNode read(String body) throws IOException {
		return json.readTree(body);
	}

}
