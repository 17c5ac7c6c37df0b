package vn.parflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads {@code config/calendar/days-off.yaml}. Every problem is refused with a Vietnamese message naming the year,
 * the list and the item; nothing of a refused file is used.
 */
public final class DaysOffFile {

	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Set<String> YEAR_FIELDS = Set.of("year", "announced", "source", "note", "daysOff",
			"workingDays");

	private static final Set<String> DAY_FIELDS = Set.of("date", "holiday", "kind", "note", "announced");

	private static final Set<String> WORKING_FIELDS = Set.of("date", "note");

	private DaysOffFile() {
	}

	/** The years of the file, or {@link IllegalArgumentException} with the first problem. */
	public static List<CalendarYear> read(InputStream in, String fileName) {
		JsonNode root;
		try {
			root = new ObjectMapper(new YAMLFactory()).readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(fileName + ": không đọc được tệp YAML: " + ex.getMessage(), ex);
		}
		if (root == null || !root.path("years").isArray()) {
			throw new IllegalArgumentException(fileName + ": thiếu danh sách “years”.");
		}
		List<CalendarYear> years = new ArrayList<>();
		Set<Integer> seenYears = new HashSet<>();
		Set<LocalDate> seenDays = new HashSet<>();
		int index = 0;
		for (JsonNode node : root.path("years")) {
			index++;
			String where = fileName + ", năm thứ " + index;
			unknownFields(node, YEAR_FIELDS, where);
			if (!node.path("year").canConvertToInt()) {
				throw new IllegalArgumentException(where + ": thiếu “year” (năm, ví dụ 2026).");
			}
			int year = node.path("year").asInt();
			where = fileName + ", năm " + year;
			if (!seenYears.add(year)) {
				throw new IllegalArgumentException(where + ": năm này đã có ở trên.");
			}
			boolean announced = flag(node, "announced", where);
			List<DayOff> daysOff = new ArrayList<>();
			int item = 0;
			for (JsonNode day : list(node, "daysOff", where)) {
				item++;
				String at = where + ", daysOff mục " + item;
				unknownFields(day, DAY_FIELDS, at);
				LocalDate date = date(day, year, at);
				if (!seenDays.add(date)) {
					throw new IllegalArgumentException(at + ": ngày " + DMY.format(date) + " đã có ở trên.");
				}
				Holiday holiday = choice(Holiday.class, day, "holiday", at);
				DayOffKind kind = choice(DayOffKind.class, day, "kind", at);
				if (kind != DayOffKind.HOLIDAY && weekend(date)) {
					throw new IllegalArgumentException(at + ": ngày nghỉ bù hoặc hoán đổi " + DMY.format(date)
							+ " rơi vào thứ Bảy hoặc Chủ nhật.");
				}
				boolean dayAnnounced = !day.has("announced") || flag(day, "announced", at);
				daysOff.add(new DayOff(date, holiday, kind, text(day, "note"), dayAnnounced));
			}
			List<WorkingSaturday> working = new ArrayList<>();
			item = 0;
			for (JsonNode day : list(node, "workingDays", where)) {
				item++;
				String at = where + ", workingDays mục " + item;
				unknownFields(day, WORKING_FIELDS, at);
				LocalDate date = date(day, year, at);
				if (!weekend(date)) {
					throw new IllegalArgumentException(at + ": ngày làm bù " + DMY.format(date)
							+ " không phải thứ Bảy hoặc Chủ nhật.");
				}
				if (!seenDays.add(date)) {
					throw new IllegalArgumentException(at + ": ngày " + DMY.format(date) + " đã có ở trên.");
				}
				working.add(new WorkingSaturday(date, text(day, "note")));
			}
			years.add(new CalendarYear(year, announced, text(node, "source"), text(node, "note"), daysOff, working));
		}
		return years;
	}

	private static Iterable<JsonNode> list(JsonNode node, String field, String where) {
		JsonNode list = node.path(field);
		if (list.isMissingNode() || list.isNull()) {
			return List.of();
		}
		if (!list.isArray()) {
			throw new IllegalArgumentException(where + ": “" + field + "” phải là một danh sách.");
		}
		return list;
	}

	private static LocalDate date(JsonNode day, int year, String at) {
		String written = text(day, "date");
		if (written == null) {
			throw new IllegalArgumentException(at + ": thiếu “date” (dd/MM/yyyy).");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(written, DMY);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(at + ": ngày “" + written + "” không đúng dạng dd/MM/yyyy hoặc không có thật.");
		}
		if (date.getYear() != year) {
			throw new IllegalArgumentException(at + ": ngày " + written + " không thuộc năm " + year + ".");
		}
		return date;
	}

	private static <E extends Enum<E>> E choice(Class<E> type, JsonNode node, String field, String at) {
		String written = text(node, field);
		List<String> allowed = new ArrayList<>();
		for (E value : type.getEnumConstants()) {
			allowed.add(value.name());
			if (value.name().equalsIgnoreCase(written == null ? "" : written.trim())) {
				return value;
			}
		}
		throw new IllegalArgumentException(at + ": “" + field + "” phải là một trong " + String.join(", ", allowed)
				+ (written == null ? "" : ", không phải “" + written + "”") + ".");
	}

	private static boolean flag(JsonNode node, String field, String at) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return false;
		}
		if (!value.isBoolean()) {
			throw new IllegalArgumentException(at + ": “" + field + "” phải là true hoặc false.");
		}
		return value.asBoolean();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		String text = value.asText().strip();
		return text.isEmpty() ? null : text;
	}

	private static void unknownFields(JsonNode node, Set<String> known, String at) {
		if (!node.isObject()) {
			throw new IllegalArgumentException(at + ": cần các trường " + String.join(", ", known) + ".");
		}
		for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!known.contains(name)) {
				throw new IllegalArgumentException(at + ": trường “" + name + "” không có trong mẫu (các trường: "
						+ String.join(", ", known.stream().sorted().toList()) + ").");
			}
		}
	}

	private static boolean weekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}


}
