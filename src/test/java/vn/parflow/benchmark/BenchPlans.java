package vn.parflow.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Benchmark plans of the demo's shape: the Việt Khê plan (45 tasks, coordination with "Các phòng, ban, đơn vị có
 * liên quan", i.e. every office of the demo directory) under another code, moved to the given year so that no
 * deadline is past, and for a large plan its task table repeated with numbers {@code {copy}.{number}}.
 * <p>
 * Province shape ({@code -Dbenchmark.communes=C}): commune 1 is the demo commune as shipped; every other commune n
 * has its own copy of the demo directory under its own locality {@code xa-x<n>}, with the demo's names, aliases and
 * collective phrases as they are (unit codes {@code x<n>-…}, people {@code <username>.x<n>}), and its plans say
 * {@code locality: xã X<n>}, so that Parflow matches their names among commune n's units, as in a province where
 * every commune has its "Phòng Văn hóa – Xã hội": each unit holds its own commune's tasks only, and "Các phòng, ban,
 * đơn vị có liên quan" ({@code units: ALL}) names commune n's offices.
 */
final class BenchPlans {

	private static final Pattern NUMBER = Pattern.compile("(?m)^  - number: \"([^\"]+)\"");

	private BenchPlans() {
	}

	/** A plan of exactly {@code size} tasks (the Việt Khê table repeated, then cut). */
	static String plan(String vietKhe, String code, int year, int copies, int size) {
		String text = plan(vietKhe, code, year, copies);
		int at = text.indexOf("\ntasks:\n") + "\ntasks:\n".length();
		Matcher items = NUMBER.matcher(text);
		int count = 0;
		while (items.find()) {
			if (items.start() >= at && ++count > size) {
				return text.substring(0, items.start());
			}
		}
		return text;
	}

	static String plan(String vietKhe, String code, int year, int copies) {
		String text = vietKhe.replace("2025", String.valueOf(year))
			.replaceFirst("(?m)^code: .*$", "code: " + code)
			.replaceFirst("(?m)^title: (.*)$", "title: $1 (" + code + ")");
		int at = text.indexOf("\ntasks:\n");
		String head = text.substring(0, at + "\ntasks:\n".length());
		String tasks = text.substring(at + "\ntasks:\n".length());
		if (copies <= 1) {
			return head + tasks;
		}
		StringBuilder all = new StringBuilder(head);
		for (int copy = 1; copy <= copies; copy++) {
			Matcher numbers = NUMBER.matcher(tasks);
			all.append(numbers.replaceAll("  - number: \"" + copy + ".$1\""));
			all.append('\n');
		}
		return all.toString();
	}

	/** Commune n's locality in the directory ({@code xa-x<n>}), as its plans' {@code locality: xã X<n>} reads. */
	static String locality(int commune) {
		return "xa-x%03d".formatted(commune);
	}

	/** The demo directory and C-1 more communes shaped like it (see the class comment); commune 1 unchanged. */
	@SuppressWarnings("unchecked")
	static String province(String demoDirectory, int communes) {
		Map<String, Object> demo = new Yaml().load(demoDirectory);
		List<Map<String, Object>> units = new ArrayList<>((List<Map<String, Object>>) demo.get("units"));
		List<Map<String, Object>> collectives = new ArrayList<>((List<Map<String, Object>>) demo.get("collectives"));
		List<Map<String, Object>> people = new ArrayList<>((List<Map<String, Object>>) demo.get("people"));
		List<Map<String, Object>> demoUnits = List.copyOf(units);
		for (int n = 2; n <= communes; n++) {
			String prefix = "x%03d-".formatted(n);
			String locality = locality(n);
			for (Map<String, Object> unit : demoUnits) {
				Map<String, Object> copy = new LinkedHashMap<>(unit);
				copy.put("code", prefix + unit.get("code"));
				copy.put("locality", locality);
				copy.put("aliases", new ArrayList<>((List<String>) unit.get("aliases")));
				units.add(copy);
			}
			for (Map<String, Object> collective : (List<Map<String, Object>>) demo.get("collectives")) {
				Map<String, Object> copy = new LinkedHashMap<>();
				copy.put("phrase", collective.get("phrase"));
				Object members = collective.get("units");
				copy.put("units", "ALL".equals(members) ? "ALL"
						: new ArrayList<>(((List<String>) members).stream().map(code -> prefix + code).toList()));
				copy.put("locality", locality);
				collectives.add(copy);
			}
			for (Map<String, Object> person : (List<Map<String, Object>>) demo.get("people")) {
				if ("admin".equals(person.get("username"))) {
					continue;
				}
				Map<String, Object> copy = new LinkedHashMap<>(person);
				String username = person.get("username") + ".x%03d".formatted(n);
				copy.put("username", username);
				copy.put("email", username + "@demo.parflow.vn");
				copy.put("units", new ArrayList<>(((List<String>) person.get("units")).stream().map(code -> prefix + code).toList()));
				copy.put("roles", new ArrayList<>((List<String>) person.get("roles")));
				people.add(copy);
			}
		}
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("units", units);
		all.put("collectives", collectives);
		all.put("people", people);
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		options.setWidth(1000);
		// every list above is its own object, so the dump has no anchors (&id001) for the directory's reader to see
		return new Yaml(options).dump(all);
	}

	/** The plan as commune n would write it: the plan of its own locality (commune 1: as is). */
	static String inCommune(String plan, int commune) {
		if (commune <= 1) {
			return plan;
		}
		return plan.replaceFirst("(?m)^locality: .*$", "locality: xã X%03d".formatted(commune));
	}

}
