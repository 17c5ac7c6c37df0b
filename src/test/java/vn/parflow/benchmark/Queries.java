package vn.parflow.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist's queries, three ways at once: Parflow over its REST API as the person (what the Tasklist does),
 * Parflow's engine with the person's authentication (the SQL with its authorization check, no HTTP), and the bare
 * engine's TaskQuery with the same criteria (no authorization). Interleaved sample by sample.
 */
final class Queries {

	private static final String SORTED = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

	private final String base;

	private final ProcessEngine parflow;

	private final ProcessEngine bare;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	Queries(String base, ProcessEngine parflow, ProcessEngine bare) {
		this.base = base;
		this.parflow = parflow;
		this.bare = bare;
	}

	record Case(String name, Supplier<Object> rest, String user, Supplier<Object> engine, Supplier<Object> bare) {
	}

	void measure(ScaleBenchmark.Run run, int samples) {
		List<Case> cases = new ArrayList<>();
		for (String user : List.of(ScaleBenchmark.OFFICER, ScaleBenchmark.HEAD)) {
			String who = user.equals(ScaleBenchmark.OFFICER) ? "officer" : "head";
			List<String> groups = groups(user);
			TasklistSession tasklist = TasklistSession.logIn(base, user);
			cases.add(new Case(who + ": task?candidateUser, list 15", () -> tasklist.get("/task?candidateUser="
					+ user + "&firstResult=0&maxResults=15"), user,
					() -> parflow.getTaskService().createTaskQuery().taskCandidateUser(user).listPage(0, 15),
					() -> bare.getTaskService().createTaskQuery().taskCandidateUser(user).listPage(0, 15)));
			cases.add(new Case(who + ": task/count?candidateUser", () -> tasklist.get("/task/count?candidateUser="
					+ user), user, () -> parflow.getTaskService().createTaskQuery().taskCandidateUser(user).count(),
					() -> bare.getTaskService().createTaskQuery().taskCandidateUser(user).count()));
			List<String> filters = new ArrayList<>(List.of("Việc của tôi", "Việc của đơn vị", "Quá hạn"));
			for (String filterName : filters) {
				String id = filterId(filterName);
				Supplier<TaskQuery> bareQuery = () -> bareFilter(filterName, user, groups);
				cases.add(new Case(who + ": filter “" + filterName + "”, list 15",
						() -> tasklist.post("/filter/" + id + "/list?firstResult=0&maxResults=15", SORTED), user,
						() -> parflow.getFilterService().listPage(id,
								parflow.getTaskService().createTaskQuery().orderByTaskCreateTime().desc(), 0, 15),
						() -> bareQuery.get().orderByTaskCreateTime().desc().listPage(0, 15)));
				cases.add(new Case(who + ": filter “" + filterName + "”, count",
						() -> tasklist.post("/filter/" + id + "/count", "{}"), user,
						() -> parflow.getFilterService().count(id), () -> bareQuery.get().count()));
			}
		}
		String officer = ScaleBenchmark.OFFICER;
		cases.add(new Case("admin: task?candidateUser=" + officer + ", list 15",
				() -> get("/engine-rest/task?candidateUser=" + officer + "&firstResult=0&maxResults=15",
						ScaleBenchmark.ADMIN),
				ScaleBenchmark.ADMIN,
				() -> parflow.getTaskService().createTaskQuery().taskCandidateUser(officer).listPage(0, 15),
				() -> bare.getTaskService().createTaskQuery().taskCandidateUser(officer).listPage(0, 15)));
		cases.add(new Case("admin: /api/plans/BENCH-0001/progress", () -> get("/api/plans/BENCH-0001/progress",
				ScaleBenchmark.ADMIN), null, null,
				() -> bare.getTaskService().createTaskQuery().processInstanceBusinessKeyLike("BENCH-0001/%").list()));

		for (Case c : cases) {
			run.queries.put(c.name(), new Stats[] { new Stats(), new Stats(), new Stats() });
		}
		int warmup = 5;
		for (int i = 0; i < warmup + samples; i++) {
			for (Case c : cases) {
				Stats[] stats = run.queries.get(c.name());
				boolean record = i >= warmup;
				time(c.rest(), record ? stats[0] : null);
				if (c.engine() != null) {
					List<String> groups = groups(c.user());
					parflow.getIdentityService().setAuthentication(c.user(), groups);
					try {
						time(c.engine(), record ? stats[1] : null);
					}
					finally {
						parflow.getIdentityService().clearAuthentication();
					}
				}
				time(c.bare(), record ? stats[2] : null);
			}
		}
	}

	/**
	 * The database's plans for the officer's task list, count and unit filter and the head's task list as Parflow's
	 * engine sends them (with the authorization check), and for the officer's list as the bare engine sends it.
	 */
	List<QueryPlans.Plan> plans() {
		String user = ScaleBenchmark.OFFICER;
		String unitFilter = filterId("Việc của đơn vị");
		java.util.Map<String, Supplier<Object>> asked = new java.util.LinkedHashMap<>();
		asked.put("Parflow, officer: task?candidateUser, list 15",
				() -> parflow.getTaskService().createTaskQuery().taskCandidateUser(user).listPage(0, 15));
		asked.put("Parflow, officer: task/count?candidateUser",
				() -> parflow.getTaskService().createTaskQuery().taskCandidateUser(user).count());
		asked.put("Parflow, officer: filter “Việc của đơn vị”, list 15", () -> parflow.getFilterService()
			.listPage(unitFilter, parflow.getTaskService().createTaskQuery().orderByTaskCreateTime().desc(), 0, 15));
		List<QueryPlans.Plan> plans = new ArrayList<>(QueryPlans.explain(parflow, user, groups(user), asked));
		String head = ScaleBenchmark.HEAD;
		plans.addAll(QueryPlans.explain(parflow, head, groups(head), java.util.Map.of(
				"Parflow, head: task?candidateUser, list 15",
				() -> parflow.getTaskService().createTaskQuery().taskCandidateUser(head).listPage(0, 15))));
		plans.addAll(QueryPlans.explain(bare, user, groups(user), java.util.Map.of("bare: task?candidateUser, list 15",
				() -> bare.getTaskService().createTaskQuery().taskCandidateUser(user).listPage(0, 15))));
		return plans;
	}

	private final java.util.Map<String, List<String>> groupCache = new java.util.HashMap<>();

	private List<String> groups(String user) {
		return groupCache.computeIfAbsent(user, u -> parflow.getIdentityService()
			.createGroupQuery()
			.groupMember(u)
			.list()
			.stream()
			.map(group -> group.getId())
			.toList());
	}

	private TaskQuery bareFilter(String name, String user, List<String> groups) {
		TaskQuery query = bare.getTaskService().createTaskQuery();
		return switch (name) {
			case "Việc của tôi" -> query.taskAssignee(user);
			case "Việc của đơn vị" -> query.taskCandidateGroupIn(groups).includeAssignedTasks();
			case "Chờ phê duyệt" -> query.taskDefinitionKeyLike("Task_Approve%").taskCandidateGroupIn(groups)
				.includeAssignedTasks();
			default -> query.dueBefore(new Date());
		};
	}

	private String filterId(String name) {
		return parflow.getFilterService()
			.createTaskFilterQuery()
			.filterName(name)
			.list()
			.stream()
			.filter(filter -> filter.getOwner() == null)
			.map(Filter::getId)
			.findFirst()
			.orElseThrow();
	}

	private static void time(Supplier<Object> query, Stats into) {
		long start = System.nanoTime();
		query.get();
		long took = System.nanoTime() - start;
		if (into != null) {
			into.add(took);
		}
	}

	private Object get(String path, String user) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", ScaleBenchmark.basic(user))
			.header("Accept", "application/json").GET().build());
	}

	private Object post(String path, String body, String user) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", ScaleBenchmark.basic(user))
			.header("Accept", "application/json").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	private Object send(HttpRequest request) {
		try {
			HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				throw new IllegalStateException(request.uri() + " answered " + answer.statusCode() + ": " + answer.body());
			}
			return answer.body();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
