package vn.parflow.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The directory in memory and the rules that find a unit by the name a plan writes: by normalised name or alias,
 * by collective phrase, and otherwise not at all, with the closest name as a suggestion. Plain logic: built from
 * lists, so it is tested without a database.
 */
final class UnitCatalog {

	/** A unit as the catalog needs it. */
	record KnownUnit(String code, String name, UnitKind kind, boolean active, Collection<String> aliases,
			String locality) {

		KnownUnit {
			aliases = aliases == null ? List.of() : List.copyOf(aliases);
		}

		KnownUnit(String code, String name, UnitKind kind, boolean active, Collection<String> aliases) {
			this(code, name, kind, active, aliases, null);
		}

		UnitRef ref() {
			return new UnitRef(code, name);
		}

	}

	/** A collective phrase: every active unit of kind UNIT of the phrase's locality, or the listed units. */
	record KnownCollective(String phrase, boolean allUnits, List<String> unitCodes, String locality) {

		KnownCollective {
			unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
		}

		KnownCollective(String phrase, boolean allUnits, List<String> unitCodes) {
			this(phrase, allUnits, unitCodes, null);
		}

	}

	/** Suggest a name only when at most this share of its characters must change. */
	private static final double MAX_SUGGESTION_DISTANCE = 0.5;

	private final List<KnownUnit> units;

	private final Map<String, KnownUnit> byCode = new HashMap<>();

	private final Map<String, List<KnownUnit>> byKey = new HashMap<>();

	private final Map<String, KnownCollective> collectives = new LinkedHashMap<>();

	/** Normalised names of active units and collective phrases, mapped to the name to suggest. */
	private final Map<String, String> suggestions = new LinkedHashMap<>();

	UnitCatalog(List<KnownUnit> units, List<KnownCollective> collectives) {
		this.units = List.copyOf(units);
		for (KnownUnit unit : this.units) {
			byCode.put(unit.code(), unit);
			for (String key : keys(unit)) {
				List<KnownUnit> named = byKey.computeIfAbsent(key, k -> new ArrayList<>());
				if (!named.contains(unit)) {
					named.add(unit);
				}
				if (unit.active()) {
					suggestions.putIfAbsent(key, unit.name());
				}
			}
		}
		for (KnownCollective collective : collectives) {
			String key = UnitNames.normalise(collective.phrase());
			this.collectives.putIfAbsent(key, collective);
			suggestions.putIfAbsent(key, collective.phrase());
		}
	}

	private static List<String> keys(KnownUnit unit) {
		List<String> keys = new ArrayList<>();
		keys.add(UnitNames.normalise(unit.name()));
		unit.aliases().forEach(alias -> keys.add(UnitNames.normalise(alias)));
		return keys.stream().filter(key -> !key.isEmpty()).distinct().toList();
	}

	/** The units that work today, in directory order. */
	List<UnitRef> active() {
		return units.stream().filter(KnownUnit::active).map(KnownUnit::ref).toList();
	}

	UnitMatch match(String asWritten) {
		if (asWritten == null || asWritten.isBlank()) {
			return UnitMatch.problem(asWritten, "Chưa ghi tên đơn vị.");
		}
		String key = UnitNames.normalise(asWritten);
		KnownCollective collective = collectives.get(key);
		if (collective != null) {
			return UnitMatch.collective(asWritten, unitsOf(collective));
		}
		List<KnownUnit> named = byKey.getOrDefault(key, List.of());
		List<KnownUnit> active = named.stream().filter(KnownUnit::active).toList();
		if (active.size() == 1) {
			return UnitMatch.unit(asWritten, active.get(0).ref());
		}
		if (active.size() > 1) {
			String names = active.stream().map(unit -> "“" + unit.name() + "”").collect(Collectors.joining(", "));
			return UnitMatch.problem(asWritten,
					"Tên “%s” ứng với nhiều đơn vị trong danh mục: %s.".formatted(asWritten, names));
		}
		if (!named.isEmpty()) {
			return UnitMatch.problem(asWritten,
					"Đơn vị “%s” đã ngừng hoạt động trong danh mục.".formatted(named.get(0).name()));
		}
		return UnitMatch.unknown(asWritten, closest(key));
	}

	private List<UnitRef> unitsOf(KnownCollective collective) {
		if (collective.allUnits()) {
			return units.stream()
				.filter(unit -> unit.active() && unit.kind() == UnitKind.UNIT
						&& Objects.equals(unit.locality(), collective.locality()))
				.map(KnownUnit::ref)
				.toList();
		}
		return collective.unitCodes().stream()
			.map(byCode::get)
			.filter(Objects::nonNull)
			.filter(KnownUnit::active)
			.map(KnownUnit::ref)
			.toList();
	}

	private String closest(String key) {
		if (key.isEmpty()) {
			return null;
		}
		record Candidate(String name, int distance, int length) {
		}
		return suggestions.entrySet().stream()
			.map(entry -> new Candidate(entry.getValue(), UnitNames.editDistance(key, entry.getKey()),
					Math.max(key.length(), entry.getKey().length())))
			.filter(candidate -> candidate.distance() <= MAX_SUGGESTION_DISTANCE * candidate.length())
			.min(Comparator.comparingInt(Candidate::distance))
			.map(Candidate::name)
			.orElse(null);
	}

}
