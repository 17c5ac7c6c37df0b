package vn.parflow.directory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;

import vn.parflow.directory.DirectoryFile.CollectiveEntry;
import vn.parflow.directory.DirectoryFile.PersonEntry;
import vn.parflow.directory.DirectoryFile.UnitEntry;
import vn.parflow.directory.internal.Unit;

/**
 * Reads a directory YAML file and checks it against itself and the units already stored. Plain logic: every
 * problem found is collected and thrown at once as a {@link DirectoryImportException}, so the administrator fixes
 * the file in one go.
 */
final class DirectoryFileReader {

	/** Unit codes become Camunda group ids ("unit-heads-" + code, at most 64 characters). */
	private static final Pattern CODE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?");

	/** Usernames become Camunda user ids (at most 64 characters). */
	private static final Pattern USERNAME = Pattern.compile("[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final int MAX_TEXT = 255;

	/** What {@link #CODE} allows, for the messages about a unit's code and a locality. */
	private static final String CODE_RULE = "mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang,"
			+ " tối đa 50 ký tự";

	/**
	 * A province's directory (hundreds of communes, each with its units and people) is a few MB of YAML, above
	 * SnakeYAML's default limit of 3 MB; the upload limit ({@code spring.servlet.multipart.max-file-size}, 20 MB)
	 * is what bounds a file, so the reader takes as much.
	 */
	static final int MAX_CODE_POINTS = 20 * 1024 * 1024;

	private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
			.loaderOptions(loaderOptions())
			.build())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
		.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
		.build();

	private static LoaderOptions loaderOptions() {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(MAX_CODE_POINTS);
		return options;
	}

	// The file as written, every field optional; the checks below say what is missing.
	record FileYaml(String locality, List<UnitYaml> units, List<CollectiveYaml> collectives,
			List<PersonYaml> people) {
	}

	record UnitYaml(String code, String name, List<String> aliases, String kind, Boolean active, String locality) {
	}

	record CollectiveYaml(String phrase, JsonNode units, String locality) {
	}

	record PersonYaml(String username, String name, String email, List<String> units, List<String> roles,
			String password, Boolean active) {
	}

	private final String source;

	private final List<String> problems = new ArrayList<>();

	/** The file's own {@code locality}: that of every unit and collective that names none. */
	private String fileLocality;

	/** Every well-formed code the file lists, even of a unit with other problems, so its people are not blamed. */
	private final Set<String> writtenCodes = new HashSet<>();

	private DirectoryFileReader(String source) {
		this.source = source;
	}

	/**
	 * @param existing the units already stored; people and collectives may name them even when this file does not
	 *                 list them, and the file's names must not collide with theirs
	 * @throws DirectoryImportException when the file cannot be read or has any problem
	 */
	static DirectoryFile read(String source, InputStream yaml, Collection<UnitCatalog.KnownUnit> existing) {
		DirectoryFileReader reader = new DirectoryFileReader(source);
		FileYaml file = reader.parse(yaml);
		DirectoryFile checked = reader.check(file, existing);
		if (!reader.problems.isEmpty()) {
			throw new DirectoryImportException(source, reader.problems);
		}
		return checked;
	}

	private FileYaml parse(InputStream yaml) {
		try {
			FileYaml file = YAML.readValue(yaml, FileYaml.class);
			if (file == null) {
				throw new DirectoryImportException(source, List.of("tệp trống."));
			}
			return file;
		}
		catch (UnrecognizedPropertyException ex) {
			throw unreadable(ex, "trường “%s” không có trong mẫu danh mục (xem config/plans/FORMAT.md)."
				.formatted(ex.getPropertyName()));
		}
		catch (MismatchedInputException ex) {
			if (ex.getPath().isEmpty() && String.valueOf(ex.getOriginalMessage()).startsWith("No content")) {
				throw new DirectoryImportException(source, List.of("tệp trống."), ex);
			}
			if (ex.getPath().isEmpty()) {
				throw unreadable(ex, "tệp không theo mẫu danh mục (cần các mục units, collectives, people).");
			}
			throw unreadable(ex, "giá trị ở “%s” không đúng kiểu (cần chữ, danh sách hoặc true/false như mẫu)."
				.formatted(path(ex)));
		}
		catch (JsonProcessingException ex) {
			throw unreadable(ex, "không đúng cú pháp YAML (%s).".formatted(ex.getOriginalMessage()));
		}
		catch (IOException ex) {
			throw new DirectoryImportException(source, List.of("không đọc được tệp (" + ex.getMessage() + ")."), ex);
		}
	}

	private DirectoryImportException unreadable(JsonProcessingException ex, String what) {
		JsonLocation where = ex.getLocation();
		String line = where == null || where.getLineNr() < 1 ? "" : "dòng %d: ".formatted(where.getLineNr());
		return new DirectoryImportException(source, List.of(line + what), ex);
	}

	private static String path(JsonMappingException ex) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : ex.getPath()) {
			if (reference.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex() + 1).append(']');
			}
		}
		return path.toString();
	}

	/** A locality as written (or {@code otherwise} when none is), checked as a code is. */
	private String locality(String label, String written, String otherwise) {
		String locality = strip(written);
		if (locality == null) {
			return otherwise;
		}
		if (!CODE.matcher(locality).matches()) {
			problems.add(label + ": mã địa bàn (locality) “%s” không hợp lệ; %s (ví dụ xa-viet-khe)."
				.formatted(locality, CODE_RULE));
			return otherwise;
		}
		return locality;
	}

	private DirectoryFile check(FileYaml file, Collection<UnitCatalog.KnownUnit> existing) {
		fileLocality = locality("Tệp danh mục", file.locality(), null);
		List<UnitEntry> units = checkUnits(orEmpty(file.units()), existing);
		Set<String> knownCodes = new HashSet<>(writtenCodes);
		existing.forEach(unit -> knownCodes.add(unit.code()));
		List<CollectiveEntry> collectives = checkCollectives(orEmpty(file.collectives()), knownCodes,
				unitKeys(units, existing));
		List<PersonEntry> people = checkPeople(orEmpty(file.people()), knownCodes);
		return new DirectoryFile(units, collectives, people);
	}

	private List<UnitEntry> checkUnits(List<UnitYaml> written, Collection<UnitCatalog.KnownUnit> existing) {
		List<UnitEntry> units = new ArrayList<>();
		Map<String, Integer> codes = new HashMap<>();
		for (int i = 0; i < written.size(); i++) {
			UnitYaml unit = written.get(i);
			if (unit == null) {
				problems.add("Đơn vị thứ %d: mục để trống.".formatted(i + 1));
				continue;
			}
			String code = strip(unit.code());
			String label = code == null ? "Đơn vị thứ %d".formatted(i + 1) : "Đơn vị “%s”".formatted(code);
			int before = problems.size();
			if (code == null) {
				problems.add(label + ": thiếu mã (code).");
			}
			else if (!CODE.matcher(code).matches()) {
				problems.add(label + ": mã không hợp lệ; " + CODE_RULE + " (ví dụ vhxh).");
			}
			else if (codes.putIfAbsent(code, i + 1) != null) {
				problems.add(label + ": mã bị trùng với đơn vị thứ %d.".formatted(codes.get(code)));
			}
			else {
				writtenCodes.add(code);
			}
			String name = requireText(label, unit.name(), "tên (name)");
			UnitKind kind = null;
			if (strip(unit.kind()) == null) {
				problems.add(label + ": thiếu loại (kind: UNIT hoặc POST).");
			}
			else {
				try {
					kind = UnitKind.valueOf(strip(unit.kind()).toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					problems.add(label + ": loại “%s” không hợp lệ (UNIT hoặc POST).".formatted(unit.kind()));
				}
			}
			Set<String> aliases = new LinkedHashSet<>();
			for (String alias : orEmpty(unit.aliases())) {
				String text = strip(alias);
				if (text == null) {
					problems.add(label + ": có bí danh (aliases) để trống.");
				}
				else if (text.length() > MAX_TEXT) {
					problems.add(label + ": bí danh “%s” dài quá %d ký tự.".formatted(text, MAX_TEXT));
				}
				else if (!text.equals(name)) {
					aliases.add(text);
				}
			}
			String locality = locality(label, unit.locality(), fileLocality);
			if (problems.size() == before) {
				units.add(new UnitEntry(code, name, aliases, kind, unit.active(), locality));
			}
		}
		checkNameCollisions(units, existing);
		return units;
	}

	/**
	 * Two units of one locality whose names or aliases compare equal could not be told apart in a plan of that
	 * locality; the units of different communes may share a name ("Phòng Văn hóa – Xã hội" in every commune).
	 */
	private void checkNameCollisions(List<UnitEntry> units, Collection<UnitCatalog.KnownUnit> existing) {
		Map<String, String> owners = new HashMap<>();
		Map<String, String> written = new HashMap<>();
		for (UnitEntry unit : withStored(units, existing)) {
			List<String> names = new ArrayList<>();
			names.add(unit.name());
			names.addAll(unit.aliases());
			for (String name : names) {
				String key = UnitNames.normalise(name);
				if (key.isEmpty()) {
					problems.add("Đơn vị “%s”: tên “%s” không có chữ nào để so khớp.".formatted(unit.code(), name));
					continue;
				}
				key = inLocality(unit.locality(), key);
				String owner = owners.putIfAbsent(key, unit.code());
				if (owner != null && !owner.equals(unit.code())) {
					problems.add(("Đơn vị “%s”: tên “%s” trùng với “%s” của đơn vị “%s”; kế hoạch ghi tên này sẽ"
							+ " không biết là đơn vị nào.").formatted(unit.code(), name, written.get(key), owner));
				}
				written.putIfAbsent(key, name);
			}
		}
	}

	/**
	 * The file's units, each with the locality it will have once stored (a unit written without one keeps its
	 * stored locality), followed by the stored units the file does not name.
	 */
	private static List<UnitEntry> withStored(List<UnitEntry> units, Collection<UnitCatalog.KnownUnit> existing) {
		Map<String, UnitCatalog.KnownUnit> stored = new HashMap<>();
		existing.forEach(unit -> stored.put(unit.code(), unit));
		List<UnitEntry> all = new ArrayList<>();
		for (UnitEntry unit : units) {
			UnitCatalog.KnownUnit before = stored.remove(unit.code());
			all.add(unit.locality() != null || before == null ? unit
					: new UnitEntry(unit.code(), unit.name(), unit.aliases(), unit.kind(), unit.active(),
							before.locality()));
		}
		for (UnitCatalog.KnownUnit unit : existing) {
			if (stored.containsKey(unit.code())) {
				all.add(new UnitEntry(unit.code(), unit.name(), Set.copyOf(unit.aliases()), unit.kind(), unit.active(),
						unit.locality()));
			}
		}
		return all;
	}

	/** A name's or phrase's key within its locality: the same name in two localities is two keys. */
	private static String inLocality(String locality, String key) {
		return (locality == null ? "" : locality) + "\u0000" + key;
	}

	/** Every unit name and alias, by {@link #inLocality} key, with the unit's name. */
	private static Map<String, String> unitKeys(List<UnitEntry> units, Collection<UnitCatalog.KnownUnit> existing) {
		Map<String, String> keys = new HashMap<>();
		for (UnitEntry unit : withStored(units, existing)) {
			keys.putIfAbsent(inLocality(unit.locality(), UnitNames.normalise(unit.name())), unit.name());
			unit.aliases().forEach(alias -> keys.putIfAbsent(inLocality(unit.locality(), UnitNames.normalise(alias)),
					unit.name()));
		}
		return keys;
	}

	/**
	 * Two phrases that compare equal ("Các cơ quan, đơn vị liên quan", "Các cơ quan đơn vị liên quan") are one
	 * phrase to the matcher: a repeat with the same units is redundant and skipped, with other units an error.
	 */
	private List<CollectiveEntry> checkCollectives(List<CollectiveYaml> written, Set<String> knownCodes,
			Map<String, String> unitKeys) {
		Map<String, CollectiveEntry> collectives = new LinkedHashMap<>();
		for (int i = 0; i < written.size(); i++) {
			CollectiveYaml collective = written.get(i);
			if (collective == null) {
				problems.add("Cụm từ tập thể thứ %d: mục để trống.".formatted(i + 1));
				continue;
			}
			String phrase = strip(collective.phrase());
			String label = phrase == null ? "Cụm từ tập thể thứ %d".formatted(i + 1)
					: "Cụm từ tập thể “%s”".formatted(phrase);
			int before = problems.size();
			String key = UnitNames.normalise(phrase);
			if (phrase == null) {
				problems.add(label + ": thiếu cụm từ (phrase).");
			}
			else if (phrase.length() > MAX_TEXT) {
				problems.add(label + ": dài quá %d ký tự.".formatted(MAX_TEXT));
			}
			else if (key.isEmpty()) {
				problems.add(label + ": không có chữ nào để so khớp.");
			}
			String locality = locality(label, collective.locality(), fileLocality);
			if (phrase != null && unitKeys.containsKey(inLocality(locality, key))) {
				problems.add(label + ": trùng với tên đơn vị “%s”.".formatted(unitKeys.get(inLocality(locality, key))));
			}
			boolean allUnits = false;
			Set<String> codes = new LinkedHashSet<>();
			JsonNode units = collective.units();
			if (units == null || units.isNull()) {
				problems.add(label + ": thiếu danh sách đơn vị (units: ALL hoặc danh sách mã đơn vị).");
			}
			else if (units.isTextual() && units.asText().strip().equals("ALL")) {
				allUnits = true;
			}
			else if (units.isArray() && !units.isEmpty()) {
				for (JsonNode code : units) {
					String text = code.isValueNode() ? strip(code.asText()) : null;
					if (text == null) {
						problems.add(label + ": có mã đơn vị để trống.");
					}
					else if (!knownCodes.contains(text)) {
						problems.add(label + ": mã đơn vị “%s” không có trong danh mục.".formatted(text));
					}
					else {
						codes.add(text);
					}
				}
			}
			else {
				problems.add(label + ": units phải là ALL hoặc danh sách mã đơn vị, không phải “%s”."
					.formatted(units.isValueNode() ? units.asText() : units.toString()));
			}
			if (problems.size() > before) {
				continue;
			}
			CollectiveEntry entry = new CollectiveEntry(phrase, allUnits, codes, locality);
			CollectiveEntry same = collectives.putIfAbsent(inLocality(locality, key), entry);
			if (same != null && (same.allUnits() != allUnits || !same.unitCodes().equals(entry.unitCodes()))) {
				problems.add(label + ": khi so khớp là cùng một cụm từ với “%s” nhưng chỉ các đơn vị khác; gộp hai mục"
					.formatted(same.phrase()) + " làm một.");
			}
		}
		return List.copyOf(collectives.values());
	}

	private List<PersonEntry> checkPeople(List<PersonYaml> written, Set<String> knownCodes) {
		List<PersonEntry> people = new ArrayList<>();
		Map<String, Integer> usernames = new HashMap<>();
		for (int i = 0; i < written.size(); i++) {
			PersonYaml person = written.get(i);
			if (person == null) {
				problems.add("Người dùng thứ %d: mục để trống.".formatted(i + 1));
				continue;
			}
			String username = strip(person.username());
			String label = username == null ? "Người dùng thứ %d".formatted(i + 1)
					: "Người dùng “%s”".formatted(username);
			int before = problems.size();
			if (username == null) {
				problems.add(label + ": thiếu tên đăng nhập (username).");
			}
			else if (!USERNAME.matcher(username).matches()) {
				problems.add(label + ": tên đăng nhập không hợp lệ; chỉ gồm chữ thường không dấu, chữ số và các dấu"
						+ " . _ -, tối đa 64 ký tự (ví dụ lan.vhxh).");
			}
			else if (usernames.putIfAbsent(username, i + 1) != null) {
				problems.add(label + ": tên đăng nhập bị trùng với người dùng thứ %d."
					.formatted(usernames.get(username)));
			}
			String name = requireText(label, person.name(), "họ tên (name)");
			String email = requireText(label, person.email(), "thư điện tử (email)");
			if (email != null && !EMAIL.matcher(email).matches()) {
				problems.add(label + ": thư điện tử “%s” không hợp lệ.".formatted(email));
			}
			Set<String> units = new LinkedHashSet<>();
			for (String code : orEmpty(person.units())) {
				String text = strip(code);
				if (text == null) {
					problems.add(label + ": có mã đơn vị (units) để trống.");
				}
				else if (!knownCodes.contains(text)) {
					problems.add(label + ": mã đơn vị “%s” không có trong danh mục.".formatted(text));
				}
				else {
					units.add(text);
				}
			}
			Set<Role> roles = new LinkedHashSet<>();
			for (String role : orEmpty(person.roles())) {
				try {
					roles.add(Role.valueOf(String.valueOf(strip(role)).toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					problems.add(label + ": vai trò “%s” không hợp lệ (UNIT_HEAD, APPROVER, PLAN_ADMIN, CAMUNDA_ADMIN)."
						.formatted(role));
				}
			}
			if (roles.contains(Role.UNIT_HEAD) && orEmpty(person.units()).isEmpty()) {
				problems.add(label + ": có vai trò UNIT_HEAD nhưng không thuộc đơn vị nào (units).");
			}
			String password = person.password();
			if (password != null && password.isBlank()) {
				problems.add(label + ": mật khẩu (password) để trống; bỏ hẳn dòng này nếu không đặt mật khẩu.");
			}
			if (problems.size() == before) {
				people.add(new PersonEntry(username, name, email, units, roles, password, person.active()));
			}
		}
		return people;
	}

	private String requireText(String label, String value, String field) {
		String text = strip(value);
		if (text == null) {
			problems.add(label + ": thiếu " + field + ".");
		}
		else if (text.length() > MAX_TEXT) {
			problems.add(label + ": %s dài quá %d ký tự.".formatted(field, MAX_TEXT));
		}
		return text;
	}

	/** Trimmed, with runs of spaces (line breaks of a folded value) made one; null when blank. */
	private static String strip(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip().replaceAll("\\s+", " ");
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

}
