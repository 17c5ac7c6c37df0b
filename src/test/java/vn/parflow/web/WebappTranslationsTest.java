package vn.parflow.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parflow's Vietnamese for the Camunda webapps ({@code app/<app>/locales/vi.json}) against the English that Camunda
 * ships in its webjar ({@code en.json}, read from the classpath): every key there, nothing lost on the way
 * (placeholders, HTML, moment's date patterns) and nothing left in English but a few names that stay.
 */
class WebappTranslationsTest {

	static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

	/** Values that stay as they are in Vietnamese: product names, formats, patterns. */
	static final Set<String> SAME_IN_VIETNAMESE = Set.of("Camunda", "Camunda Cockpit", "Cockpit", "Optimize", "BPMN",
			"DMN", "CMMN", "DRD", "ID", "URL", "JSON", "CSV", "XML", "API", "LDAP", "YYYY-MM-DDTHH:mm:ss", "L", "LT",
			"DD/MM/YYYY", "HH:mm");

	/** What must come through a translation unchanged: {{placeholders}}, {}, %s and %d, HTML tags and entities. */
	static final Pattern KEPT = Pattern.compile(
			"\\{\\{[^}]*}}|\\{}|%[sd]|</?(?:a|br|strong|em|b|i|code|span|p|ul|li)\\b[^>]*>|&[a-z]+;|\\\\n|\n");

	static final ObjectMapper JSON = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void shouldTranslateEveryKeyOfCamundasEnglish(String app) {
		Map<String, String> english = flatten(read(app, "en"));
		Map<String, String> vietnamese = flatten(read(app, "vi"));

		assertThat(vietnamese.keySet()).as("keys of %s/vi.json", app).containsExactlyInAnyOrderElementsOf(english.keySet());
		assertThat(english).as("Camunda 7.24's %s/en.json", app).hasSizeGreaterThan(100);
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void shouldKeepPlaceholdersAndHtml(String app) {
		Map<String, String> english = flatten(read(app, "en"));
		Map<String, String> vietnamese = flatten(read(app, "vi"));

		List<String> broken = new ArrayList<>();
		english.forEach((key, value) -> {
			List<String> kept = kept(value);
			if (!kept(vietnamese.getOrDefault(key, "")).stream().sorted().toList().equals(kept.stream().sorted().toList())) {
				broken.add(key + ": «" + value + "» → «" + vietnamese.get(key) + "»");
			}
		});
		assertThat(broken).as("%s/vi.json values that lost or gained a placeholder or tag", app).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void shouldLeaveNothingInEnglish(String app) {
		Map<String, String> english = flatten(read(app, "en"));
		Map<String, String> vietnamese = flatten(read(app, "vi"));

		List<String> untranslated = english.entrySet()
			.stream()
			.filter(entry -> entry.getValue().equals(vietnamese.get(entry.getKey())))
			.filter(entry -> entry.getValue().chars().anyMatch(Character::isLetter))
			.filter(entry -> !SAME_IN_VIETNAMESE.contains(entry.getValue().strip()))
			.filter(entry -> !entry.getKey().startsWith("dateLocales.week."))
			.map(entry -> entry.getKey() + ": «" + entry.getValue() + "»")
			.toList();
		assertThat(untranslated).as("%s/vi.json values still as in en.json", app).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin" })
	void shouldShowDatesAsDayMonthYearWithA24HourClock(String app) {
		Map<String, String> vietnamese = flatten(read(app, "vi"));

		assertThat(vietnamese).containsEntry("dateLocales.longDateFormat.L", "DD/MM/YYYY")
			.containsEntry("dateLocales.longDateFormat.LT", "HH:mm")
			.containsEntry("dateLocales.months[0]", "tháng 1")
			.containsEntry("dateLocales.weekdays[1]", "thứ hai");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void shouldOfferVietnameseFirstAndEnglishInEachAppsConfig(String app) {
		String config = text("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js");

		assertThat(config).contains("export default {", "availableLocales: ['vi', 'en']", "fallbackLocale: 'vi'",
				"'../parflow/locale'");
		if (!app.equals("welcome")) {
			assertThat(config).contains("normal: 'DD/MM/YYYY HH:mm'");
		}
	}

	@org.junit.jupiter.api.Test
	void shouldUseTheGlossarysWordsInTheTasklist() {
		Map<String, String> tasklist = flatten(read("tasklist", "vi"));

		assertThat(tasklist).containsEntry("labels.CLAIM_TASK", "Nhận việc")
			.containsEntry("labels.UNCLAIM_TASK", "Trả lại việc")
			.containsEntry("labels.COMPLETE", "Hoàn thành")
			.containsEntry("labels.DUE", "Hạn xử lý")
			.containsEntry("labels.DUE_DATE", "Hạn xử lý")
			.containsEntry("labels.FOLLOW_UP_DATE", "Ngày theo dõi")
			.containsEntry("labels.ASSIGNEE", "Giao cho")
			.containsEntry("labels.CANDIDATE_GROUP", "Nhóm xử lý")
			.containsEntry("labels.COMMENT_CREATE", "Thêm ý kiến")
			.containsEntry("labels.FILTERS", "Bộ lọc");
	}

	private static JsonNode read(String app, String locale) {
		return parse(text(LOCALES.formatted(app, locale)));
	}

	private static String text(String resource) {
		URL url = WebappTranslationsTest.class.getClassLoader().getResource(resource);
		assertThat(url).as(resource + " on the classpath").isNotNull();
		try (InputStream in = url.openStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			// Camunda's own files start with a byte order mark
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonNode parse(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every leaf of the tree as "labels.KEY" or "dateLocales.months[0]" → its text. */
	static Map<String, String> flatten(JsonNode tree) {
		Map<String, String> leaves = new LinkedHashMap<>();
		flatten("", tree, leaves);
		return leaves;
	}

	private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(path + "[" + i + "]", node.get(i), leaves);
			}
		}
		else {
			leaves.put(path, node.asText());
		}
	}

	private static List<String> kept(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = KEPT.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

}
