package vn.parflow.benchmark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark plans of the demo's shape: the Việt Khê plan (45 tasks, coordination with "Các phòng, ban, đơn vị có
 * liên quan", i.e. every office of the demo directory) under another code, moved to the given year so that no
 * deadline is past, and for a large plan its task table repeated with numbers {@code {copy}.{number}}.
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

}
