package vn.parflow.directory;

import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parflow.directory.DirectoryFile.CollectiveEntry;
import vn.parflow.directory.DirectoryFile.PersonEntry;
import vn.parflow.directory.DirectoryFile.UnitEntry;
import vn.parflow.directory.internal.CamundaIdentity;
import vn.parflow.directory.internal.Collective;
import vn.parflow.directory.internal.CollectiveRepository;
import vn.parflow.directory.internal.Person;
import vn.parflow.directory.internal.PersonRepository;
import vn.parflow.directory.internal.Unit;
import vn.parflow.directory.internal.UnitRepository;

/**
 * Imports a directory file (units, collective phrases, people; see config/plans/FORMAT.md) into Parflow's tables
 * and Camunda's identity. Idempotent: an entry already as the file describes it is not touched, and nothing absent
 * from the file is deleted. A file with any problem changes nothing at all: the checks run before the first write,
 * and everything, Camunda's users and groups included, is written in one transaction.
 */
@Service
@Transactional
public class DirectoryImportService {

	private static final Logger log = LoggerFactory.getLogger(DirectoryImportService.class);

	private final UnitRepository units;

	private final CollectiveRepository collectives;

	private final PersonRepository people;

	private final CamundaIdentity identity;

	private final ApplicationEventPublisher events;

	DirectoryImportService(UnitRepository units, CollectiveRepository collectives, PersonRepository people,
			CamundaIdentity identity, ApplicationEventPublisher events) {
		this.units = units;
		this.collectives = collectives;
		this.people = people;
		this.identity = identity;
		this.events = events;
	}

	/**
	 * @param sourceName the file's name, for messages
	 * @throws DirectoryImportException when the file cannot be read or has any problem; nothing is stored then
	 */
	public DirectoryImportReport importDirectory(String sourceName, InputStream yaml) {
		Map<String, Unit> storedUnits = units.findAll().stream()
			.collect(Collectors.toMap(Unit::getCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		List<UnitCatalog.KnownUnit> known = storedUnits.values().stream()
			.map(unit -> new UnitCatalog.KnownUnit(unit.getCode(), unit.getName(), unit.getKind(), unit.isActive(),
					unit.getAliases(), unit.getLocality()))
			.toList();
		DirectoryFile file = DirectoryFileReader.read(sourceName, yaml, known);

		Counter unitCount = new Counter();
		for (UnitEntry entry : file.units()) {
			storedUnits.put(entry.code(), upsertUnit(storedUnits.get(entry.code()), entry, unitCount));
		}
		Counter collectiveCount = new Counter();
		List<Collective> storedCollectives = collectives.findAll();
		for (CollectiveEntry entry : file.collectives()) {
			upsertCollective(storedCollective(storedCollectives, entry), entry, storedUnits, collectiveCount);
		}
		Counter personCount = new Counter();
		// everyone read at once: a look-up per person would make Hibernate dirty-check every unit and person
		// loaded so far before each query (auto-flush), minutes for a province's directory
		Map<String, Person> storedPeople = people.findAll().stream()
			.collect(Collectors.toMap(Person::getUsername, Function.identity(), (a, b) -> a));
		Map<String, Person> stored = new LinkedHashMap<>();
		for (PersonEntry entry : file.people()) {
			stored.put(entry.username(), upsertPerson(storedPeople.get(entry.username()), entry, storedUnits,
					personCount));
		}

		try {
			// one engine command for the whole directory, not several per person (see OneEngineCommand)
			identity.inOneCommand(() -> {
				file.units().forEach(entry -> identity.syncUnit(storedUnits.get(entry.code())));
				identity.syncRoleGroups();
				file.people().forEach(entry -> identity.syncPerson(stored.get(entry.username()), entry.password()));
			});
		}
		catch (IllegalStateException ex) {
			throw new DirectoryImportException(sourceName, List.of(ex.getMessage()), ex);
		}

		DirectoryImportReport report = new DirectoryImportReport(sourceName, unitCount.created, unitCount.updated,
				collectiveCount.created, collectiveCount.updated, personCount.created, personCount.updated);
		events.publishEvent(new DirectoryChanged(report));
		log.info(report.summary());
		return report;
	}

	private Unit upsertUnit(Unit unit, UnitEntry entry, Counter count) {
		if (unit == null) {
			unit = new Unit(entry.code(), entry.name(), entry.kind());
			unit.replaceAliases(entry.aliases());
			unit.setLocality(entry.locality());
			if (entry.active() != null) {
				unit.setActive(entry.active());
			}
			count.created++;
			return units.save(unit);
		}
		boolean active = entry.active() == null ? unit.isActive() : entry.active();
		String locality = entry.locality() == null ? unit.getLocality() : entry.locality();
		if (unit.getName().equals(entry.name()) && unit.getKind() == entry.kind() && unit.isActive() == active
				&& unit.getAliases().equals(entry.aliases()) && Objects.equals(unit.getLocality(), locality)) {
			return unit;
		}
		unit.setName(entry.name());
		unit.setLocality(locality);
		unit.setKind(entry.kind());
		unit.setActive(active);
		unit.replaceAliases(entry.aliases());
		count.updated++;
		return unit;
	}

	/** The stored phrase an entry updates: the same wording in the same locality (or of no locality, as written). */
	private static Collective storedCollective(List<Collective> stored, CollectiveEntry entry) {
		String key = UnitNames.normalise(entry.phrase());
		return stored.stream()
			.filter(collective -> Objects.equals(collective.getLocality(), entry.locality())
					&& UnitNames.normalise(collective.getPhrase()).equals(key))
			.findFirst()
			.orElse(null);
	}

	private void upsertCollective(Collective collective, CollectiveEntry entry, Map<String, Unit> storedUnits,
			Counter count) {
		Set<Unit> members = entry.unitCodes().stream().map(storedUnits::get).collect(Collectors.toSet());
		if (collective == null) {
			collective = new Collective(entry.phrase());
			collective.setAllUnits(entry.allUnits());
			collective.setLocality(entry.locality());
			collective.replaceUnits(members);
			collectives.save(collective);
			count.created++;
			return;
		}
		if (collective.getPhrase().equals(entry.phrase()) && collective.isAllUnits() == entry.allUnits()
				&& collective.getUnits().equals(members)) {
			return;
		}
		collective.setPhrase(entry.phrase());
		collective.setAllUnits(entry.allUnits());
		collective.replaceUnits(members);
		count.updated++;
	}

	private Person upsertPerson(Person person, PersonEntry entry, Map<String, Unit> storedUnits, Counter count) {
		Set<Unit> memberOf = entry.unitCodes().stream().map(storedUnits::get).collect(Collectors.toSet());
		if (person == null) {
			person = new Person(entry.username(), entry.name(), entry.email());
			person.replaceUnits(memberOf);
			person.replaceRoles(entry.roles());
			if (entry.active() != null) {
				person.setActive(entry.active());
			}
			count.created++;
			return people.save(person);
		}
		boolean active = entry.active() == null ? person.isActive() : entry.active();
		if (person.getFullName().equals(entry.name()) && person.getEmail().equals(entry.email())
				&& person.isActive() == active && codes(person.getUnits()).equals(entry.unitCodes())
				&& person.getRoles().equals(entry.roles())) {
			return person;
		}
		person.setFullName(entry.name());
		person.setEmail(entry.email());
		person.setActive(active);
		person.replaceUnits(memberOf);
		person.replaceRoles(entry.roles());
		count.updated++;
		return person;
	}

	private static Set<String> codes(Set<Unit> units) {
		Set<String> codes = new HashSet<>();
		units.forEach(unit -> codes.add(unit.getCode()));
		return codes;
	}

	private static final class Counter {

		int created;

		int updated;

	}

}
