package vn.parflow.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What production and the Docker image run: the packaged jar ({@code target/parflow.jar}, built by the build's
 * {@code package} phase), started as a process of its own in a scratch folder holding only {@code config/} (as the
 * Dockerfile's image does), on H2 (the demo profile) and on the build's MariaDB server (profile {@code mysql}),
 * driven over HTTP as its users drive it: health, login, import a plan, activate it, the head assigns, the officer
 * submits, the leader approves, the task is done. On H2 it is {@code java -jar parflow.jar}, as the README's
 * production section says; on MariaDB it is the Docker image's start (the jar extracted, with a class-data-sharing
 * archive). Prints the time to ready and to the first successful login.
 */
class PackagedJarIT {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@TempDir
	Path work;

	Process app;

	final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final ObjectMapper json = new ObjectMapper();

	String base;

	@AfterEach
	void stop() throws InterruptedException, IOException {
		if (app != null) {
			app.destroy();
			if (!app.waitFor(60, TimeUnit.SECONDS)) {
				app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
		// kept for whoever reads a failed build
		Path log = work.resolve("parflow.log");
		if (Files.exists(log)) {
			Files.createDirectories(Path.of("target"));
			Files.copy(log, Path.of("target", "packaged-jar-" + database() + ".log"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}

	@Test
	void shouldDeployTheModelsAndRunAPlanTaskFromImportToApprovalInThePackagedJar() throws Exception {
		Path jar = Path.of(System.getProperty("parflow.jar", "target/parflow.jar")).toAbsolutePath();
		assertThat(jar).as("the build packages the jar before the integration tests").isRegularFile();
		FileSystemUtils.copyRecursively(Path.of("config"), work.resolve("config"));
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		base = "http://localhost:" + port;

		// on MariaDB (profile mysql, what the Docker image runs) the jar is started as the Dockerfile starts it:
		// extracted, with the class-data-sharing archive of a training start
		List<String> start = TestDatabase.isMariaDb() ? asTheImageStartsIt(jar) : List.of("-jar", jar.toString());
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx768m", "-Dfile.encoding=UTF-8"));
		command.addAll(start);
		command.addAll(List.of("--server.port=" + port, "--spring.main.banner-mode=off"));
		ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
			.redirectOutput(work.resolve("parflow.log").toFile());
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		if (TestDatabase.isMariaDb()) {
			command.add("--spring.profiles.active=mysql,demo");
			// MariaDB lacks MySQL 8's INFORMATION_SCHEMA.KEYWORDS, which Hibernate would read
			command.add("--spring.jpa.database-platform=org.hibernate.dialect.MySQLDialect");
			command.add("--spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false");
			builder.environment().put("MYSQL_URL", TestDatabase.newMariaDbDatabase());
			builder.environment().put("MYSQL_USER", "root");
			builder.environment().put("MYSQL_PASSWORD", "");
		}
		builder.command(command);
		long started = System.nanoTime();
		app = builder.start();

		// ready means ready: once health says UP, the demo administrator logs in at the first try
		long ready = awaitReady();
		HttpResponse<String> login = get("admin", "/api/plans");
		long loggedIn = System.nanoTime();
		assertThat(login.statusCode()).as(log()).isEqualTo(200);
		System.out.printf("[packaged-jar %s] ready after %.1f s, first login after %.1f s%n", database(),
				(ready - started) / 1e9, (loggedIn - started) / 1e9);

		// the models of processes/ are deployed from inside the jar
		JsonNode definitions = json.readTree(get("admin", "/engine-rest/process-definition?latestVersion=true").body());
		List<String> keys = new ArrayList<>();
		definitions.forEach(definition -> keys.add(definition.get("key").asText()));
		assertThat(keys).as(log()).contains("PlanTaskProcess", "ReportCycleProcess");

		// a plan of one task of the Trung tâm phục vụ hành chính công, due this quarter
		LocalDate today = LocalDate.now(ZONE);
		String code = "SMOKE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		HttpResponse<String> imported = importPlan(code, planYaml(code, today));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
		HttpResponse<String> activated = post("admin", "/api/plans/" + code + "/activate", "{}");
		assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
		assertThat(json.readTree(activated.body()).get("started").asInt()).isEqualTo(1);

		String key = code + "/1";
		JsonNode assign = single(get("anh.hcc", "/engine-rest/task?processInstanceBusinessKey=" + key));
		assertThat(assign.get("taskDefinitionKey").asText()).isEqualTo("Task_AssignOfficer");
		complete("anh.hcc", assign, "{\"officer\":{\"value\":\"long.hcc\"}}");

		JsonNode submit = single(get("long.hcc", "/engine-rest/task?assignee=long.hcc&processInstanceBusinessKey=" + key));
		assertThat(submit.get("taskDefinitionKey").asText()).isEqualTo("Task_SubmitDeliverable");
		complete("long.hcc", submit, "{\"documentNumber\":{\"value\":\"01/BC-UBND\"},\"documentDate\":{\"value\":\""
				+ today + "\"},\"documentLink\":{\"value\":\"https://xa.example.vn/van-ban/01\"}}");

		JsonNode review = single(get("thang.ct", "/engine-rest/task?candidateGroup=approvers&processInstanceBusinessKey="
				+ key));
		assertThat(review.get("taskDefinitionKey").asText()).isEqualTo("Task_ApproveDeliverable");
		complete("thang.ct", review, "{\"approved\":{\"value\":true}}");

		JsonNode planTasks = json.readTree(get("admin", "/api/plans/" + code + "/tasks").body());
		assertThat(planTasks.get(0).get("status").asText()).as(planTasks.toString()).isEqualTo("DONE");
		assertThat(get("admin", "/engine-rest/task?processInstanceBusinessKey=" + key).body()).isEqualTo("[]");
	}

	/**
	 * The Dockerfile's steps in the scratch folder: the jar extracted ({@code parflow/parflow.jar} with {@code lib/}),
	 * a training start that writes the class-data-sharing archive and exits once the context is refreshed (on the
	 * demo profile's H2, whose files are then removed, as the image's build removes them).
	 * @return how the application is then started
	 */
	private List<String> asTheImageStartsIt(Path jar) throws IOException, InterruptedException {
		run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", "parflow"));
		run(List.of(java(), "-Xmx768m", "-Dfile.encoding=UTF-8", "-XX:ArchiveClassesAtExit=parflow.jsa",
				"-Dspring.context.exit=onRefresh", "-jar", "parflow/parflow.jar", "--server.port=0",
				"--spring.main.banner-mode=off"));
		assertThat(work.resolve("parflow.jsa")).as("the training start wrote the archive").isNotEmptyFile();
		FileSystemUtils.deleteRecursively(work.resolve("data"));
		return List.of("-XX:SharedArchiveFile=parflow.jsa", "-jar", "parflow/parflow.jar");
	}

	private void run(List<String> command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("parflow.log").toFile()));
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		Process step = builder.start();
		assertThat(step.waitFor(4, TimeUnit.MINUTES)).as("%s finishes", command).isTrue();
		assertThat(step.exitValue()).as("%s: %s", command, log()).isZero();
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private long awaitReady() {
		await("Parflow ready").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250))
			.ignoreExceptionsInstanceOf(IOException.class) // the web server is not up yet
			.until(this::readyNow);
		return System.nanoTime();
	}

	/** Whether the jar says it is ready; meanwhile it must say so by status code and never refuse a login. */
	private boolean readyNow() throws IOException, InterruptedException {
		assertThat(app.isAlive()).as("Parflow stopped: %s", log()).isTrue();
		HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
			.timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
		if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
			return true;
		}
		// not ready yet: a load balancer must read it from the status code, not only from the body
		assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
		HttpResponse<String> readiness = client.send(HttpRequest.newBuilder(URI.create(base
				+ "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (!readiness.body().contains("\"UP\"")) {
			assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
		}
		// while starting, a login is refused as "starting", not as a wrong password
		HttpResponse<String> early = get("admin", "/api/plans");
		assertThat(early.statusCode()).as(early.body()).isIn(200, 503);
		return false;
	}

	private void complete(String user, JsonNode task, String variables) throws IOException, InterruptedException {
		String id = task.get("id").asText();
		HttpResponse<String> claimed = post(user, "/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + user + "\"}");
		assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
		HttpResponse<String> done = post(user, "/engine-rest/task/" + id + "/submit-form", "{\"variables\":" + variables + "}");
		assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
	}

	private JsonNode single(HttpResponse<String> response) throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode list = json.readTree(response.body());
		assertThat(list).as(response.body()).hasSize(1);
		return list.get(0);
	}

	private HttpResponse<String> importPlan(String code, String yaml) throws IOException, InterruptedException {
		String boundary = "parflow-" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + code
				+ ".yaml\"\r\nContent-Type: application/yaml\r\n\r\n" + yaml + "\r\n--" + boundary + "--\r\n";
		return send(request("admin", "/api/plans/import").header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	private static String planYaml(String code, LocalDate today) {
		int quarter = (today.getMonthValue() - 1) / 3 + 1;
		LocalDate periodStart = LocalDate.of(today.getYear(), 1, 1);
		return """
				code: %s
				title: Kế hoạch thử bản đóng gói
				issuingBody: Ủy ban nhân dân xã Việt Khê
				locality: xã Việt Khê
				periodStart: %s
				periodEnd: %s
				decisionNumber: null
				decisionDate: null
				coordinatingUnit: Phòng Văn hóa – Xã hội
				reportingRules: []
				tasks:
				  - number: "1"
				    area: CHI_DAO_DIEU_HANH
				    content: Tuyên truyền cải cách hành chính trên hệ thống loa của xã
				    lead: Trung tâm phục vụ hành chính công
				    coordinating: []
				    time: Quý %s/%d
				    deliverables: [Báo cáo kết quả tuyên truyền]
				    notes: null
				""".formatted(code, periodStart, periodStart.plusYears(1).minusDays(1),
				List.of("I", "II", "III", "IV").get(quarter - 1), today.getYear());
	}

	private HttpRequest.Builder request(String user, String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
	}

	private HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
		return send(request(user, path).GET());
	}

	private HttpResponse<String> post(String user, String path, String body) throws IOException, InterruptedException {
		return send(request(user, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private String database() {
		return TestDatabase.isMariaDb() ? "MariaDB" : "H2";
	}

	private String log() {
		try {
			String text = Files.readString(work.resolve("parflow.log"), StandardCharsets.UTF_8);
			return text.length() <= 8000 ? text : text.substring(text.length() - 8000);
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

}
