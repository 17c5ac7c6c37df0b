package vn.parflow.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.plan.PlanImportService;
import vn.parflow.plan.PlanLifecycle;
import vn.parflow.plan.PlanQueries;
import vn.parflow.system.DatabaseIntegrationTest;
import vn.parflow.system.Fixtures;

/**
 * The calendars of a plan against a real database (H2 and MariaDB): the demo plan, imported under its own code and
 * active (the same plan as {@code vn.parflow.reporting.ReportCycleIT}'s), lists its task and report deadlines with
 * the reminders as the mail sends them, as JSON and as .ics feeds that ical4j reads, and one person's feed is served
 * without login until its token is revoked.
 */
@DatabaseIntegrationTest
class CalendarFeedIT {

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

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void activeDemoPlan() throws IOException {
		Fixtures.demoDirectory(directory);
		if (!planQueries.exists(PLAN)) {
			Fixtures.demoPlan(importer, PLAN);
			lifecycle.activate(PLAN);
		}
	}

	@Test
	void shouldListEveryDeadlineOfThePlanWithItsReminders() throws Exception {
		ResponseEntity<String> response = http.withBasicAuth("admin", "demo")
			.getForEntity("/api/plans/" + PLAN + "/calendar", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode entries = json.readTree(response.getBody());
		JsonNode quarterThree = find(entries, "REPORT", "Quý III");
		assertThat(quarterThree.get("due").asText()).isEqualTo("2025-09-09");
		assertThat(quarterThree.get("report").asText()).isEqualTo(CCHC);
		// on working days: 02/09 is Quốc khánh (30/08 – 02/09 off) → Friday 29/08; Saturday 06/09 → Friday 05/09
		assertThat(quarterThree.get("reminders")).extracting(JsonNode::asText)
			.containsExactly("2025-08-29T08:00+07:00", "2025-09-05T08:00+07:00", "2025-09-08T08:00+07:00");
		JsonNode taskOne = find(entries, "TASK", "1");
		assertThat(taskOne.get("due").asText()).isEqualTo("2025-07-31");
		assertThat(taskOne.get("reminders")).extracting(JsonNode::asText)
			.containsExactly("2025-07-24T08:00+07:00", "2025-07-30T08:00+07:00");
		assertThat(find(entries, "REPORT", "Năm").get("due").asText()).isEqualTo("2025-12-09");

		ResponseEntity<String> ics = http.withBasicAuth("admin", "demo")
			.getForEntity("/api/plans/" + PLAN + "/calendar.ics", String.class);
		assertThat(ics.getHeaders().getContentType().toString()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics.getBody()));
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(entries.size());
		VEvent report = event(calendar, PLAN + "/report/bao-cao-cong-tac-cai-cach-hanh-chinh/quy-iii@parflow");
		assertThat(report.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2025, 9, 9));
		assertThat(report.getSummary().getValue()).isEqualTo("Hạn gửi báo cáo công tác cải cách hành chính – Quý III");
		assertThat(event(calendar, PLAN + "/task/1/0@parflow").getStartDate().orElseThrow().getDate())
			.isEqualTo(LocalDate.of(2025, 7, 31));
	}

	@Test
	void shouldServeAPersonalFeedWithoutLoginUntilTheTokenIsRevoked() throws Exception {
		ResponseEntity<String> created = http.withBasicAuth("tuan.vhxh", "demo")
			.postForEntity("/api/me/calendar-token", null, String.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String url = json.readTree(created.getBody()).get("url").asText();
		String path = URI.create(url).getPath();
		assertThat(path).matches("/api/calendar/[A-Za-z0-9_-]{43}\\.ics");

		ResponseEntity<String> feed = http.getForEntity(path, String.class);

		assertThat(feed.getStatusCode()).isEqualTo(HttpStatus.OK);
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed.getBody()));
		assertThat(calendar.<Property>getProperty("X-WR-CALNAME").orElseThrow().getValue())
			.isEqualTo("Parflow – lịch của Phạm Minh Tuấn");
		Set<String> uids = calendar.<VEvent>getComponents(Component.VEVENT)
			.stream()
			.map(event -> event.<Property>getProperty(Property.UID).orElseThrow().getValue())
			.collect(Collectors.toSet());
		String vhxhTask = planQueries.tasks(PLAN).stream().filter(t -> t.lead().code().equals("vhxh")).findFirst()
			.orElseThrow().number();
		String otherTask = planQueries.tasks(PLAN).stream().filter(t -> !t.lead().code().equals("vhxh"))
			.filter(t -> !t.schedule().dueDates().isEmpty()).findFirst().orElseThrow().number();
		assertThat(uids).contains(PLAN + "/task/" + vhxhTask + "/0@parflow",
				PLAN + "/report/bao-cao-cong-tac-cai-cach-hanh-chinh/quy-iii@parflow")
			.doesNotContain(PLAN + "/task/" + otherTask + "/0@parflow");

		http.withBasicAuth("tuan.vhxh", "demo").exchange("/api/me/calendar-token", HttpMethod.DELETE, null, Void.class);

		assertThat(http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	static JsonNode find(JsonNode entries, String kind, String key) {
		for (JsonNode entry : entries) {
			if (entry.get("kind").asText().equals(kind) && entry.get("planCode").asText().equals(PLAN)
					&& key.equals(entry.path(kind.equals("TASK") ? "taskNumber" : "period").asText())) {
				return entry;
			}
		}
		throw new AssertionError("no " + kind + " " + key + " in " + entries);
	}

	static VEvent event(Calendar calendar, String uid) {
		return calendar.<VEvent>getComponents(Component.VEVENT)
			.stream()
			.filter(event -> event.<Property>getProperty(Property.UID).orElseThrow().getValue().equals(uid))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no event " + uid));
	}

}
