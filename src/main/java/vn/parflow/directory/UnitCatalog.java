package vn.parflow.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
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

	private final List<KnownCollective> phrases;

	/** The locality this catalog is narrowed to ({@link #within}), or null for the whole installation. */
	private final String scope;

	private final Map<String, KnownUnit> byCode = new HashMap<>();

	private final Map<String, List<KnownUnit>> byKey = new HashMap<>();

	/** Phrases by their key; the same phrase may belong to several localities. */
	private final Map<String, List<KnownCollective>> collectives = new LinkedHashMap<>();

	/** Normalised names of active units and collective phrases, mapped to the name to suggest. */
	private final Map<String, String> suggestions = new LinkedHashMap<>();

	UnitCatalog(List<KnownUnit> units, List<KnownCollective> collectives) {
		this(units, collectives, null);
	}

	private UnitCatalog(List<KnownUnit> units, List<KnownCollective> collectives, String scope) {
		this.units = List.copyOf(units);
		this.phrases = List.copyOf(collectives);
		this.scope = scope;
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
			this.collectives.computeIfAbsent(key, k -> new ArrayList<>()).add(collective);
			suggestions.putIfAbsent(key, collective.phrase());
		}
	}

	private static List<String> keys(KnownUnit unit) {
		List<String> keys = new ArrayList<>();
		keys.add(UnitNames.normalise(unit.name()));
		unit.aliases().forEach(alias -> keys.add(UnitNames.normalise(alias)));
		return keys.stream().filter(key -> !key.isEmpty()).distinct().toList();
	}

	/**
	 * The catalog a plan of {@code locality} (a directory locality code, {@link UnitNames#localityCode}) is matched
	 * in: that locality's units and phrases, and those that belong to no locality. A phrase without a locality whose
	 * units are ALL names that locality's offices there. When no unit of the directory has that locality (a plan
	 * from elsewhere, a directory without localities), the whole catalog.
	 */
	UnitCatalog within(String locality) {
		if (locality == null || units.stream().noneMatch(unit -> locality.equals(unit.locality()))) {
			return this;
		}
		List<KnownUnit> scoped = units.stream()
			.filter(unit -> unit.locality() == null || locality.equals(unit.locality()))
			.toList();
		List<KnownCollective> scopedPhrases = new ArrayList<>(
				phrases.stream().filter(phrase -> locality.equals(phrase.locality())).toList());
		Set<String> own = scopedPhrases.stream().map(phrase -> UnitNames.normalise(phrase.phrase()))
			.collect(Collectors.toSet());
		phrases.stream()
			.filter(phrase -> phrase.locality() == null && !own.contains(UnitNames.normalise(phrase.phrase())))
			.map(phrase -> phrase.allUnits() ? new KnownCollective(phrase.phrase(), true, List.of(), locality) : phrase)
			.forEach(scopedPhrases::add);
		return new UnitCatalog(scoped, scopedPhrases, locality);
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
		List<KnownCollective> phrased = preferOwn(collectives.getOrDefault(key, List.of()), KnownCollective::locality);
		if (phrased.size() > 1) {
			String localities = phrased.stream()
				.map(phrase -> phrase.locality() == null ? "(không ghi địa bàn)" : phrase.locality())
				.collect(Collectors.joining(", "));
			return UnitMatch.problem(asWritten, ("Cụm từ “%s” có trong danh mục của nhiều địa bàn (%s); kế hoạch cần"
					+ " ghi địa bàn (locality) của mình.").formatted(asWritten, localities));
		}
		if (!phrased.isEmpty()) {
			return UnitMatch.collective(asWritten, unitsOf(phrased.get(0)));
		}
		List<KnownUnit> named = byKey.getOrDefault(key, List.of());
		List<KnownUnit> active = preferOwn(named.stream().filter(KnownUnit::active).toList(), KnownUnit::locality);
		if (active.size() == 1) {
			return UnitMatch.unit(asWritten, active.get(0).ref());
		}
		if (active.size() > 1) {
			String names = active.stream()
				.map(unit -> "“" + unit.name() + "”" + (unit.locality() == null ? "" : " (" + unit.locality() + ")"))
				.collect(Collectors.joining(", "));
			return UnitMatch.problem(asWritten,
					"Tên “%s” ứng với nhiều đơn vị trong danh mục%s: %s.".formatted(asWritten, ofScope(), names));
		}
		if (!named.isEmpty()) {
			return UnitMatch.problem(asWritten,
					"Đơn vị “%s” đã ngừng hoạt động trong danh mục.".formatted(named.get(0).name()));
		}
		return UnitMatch.unknown(asWritten, closest(key), scope);
	}

	/**
	 * Of several entries that fit a name, those of this catalog's own locality (of no locality for the whole
	 * installation's catalog), when there are any: a commune's own office before a shared one of the same name.
	 */
	private <T> List<T> preferOwn(List<T> fitting, Function<T, String> locality) {
		if (fitting.size() < 2) {
			return fitting;
		}
		List<T> own = fitting.stream().filter(entry -> Objects.equals(locality.apply(entry), scope)).toList();
		return own.isEmpty() ? fitting : own;
	}

	/** " của địa bàn xa-viet-khe" for a catalog narrowed to a locality. */
	private String ofScope() {
		return scope == null ? "" : " của địa bàn " + scope;
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
