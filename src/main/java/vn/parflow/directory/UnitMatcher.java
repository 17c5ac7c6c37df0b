package vn.parflow.directory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parflow.directory.internal.CollectiveRepository;
import vn.parflow.directory.internal.Unit;
import vn.parflow.directory.internal.UnitRepository;

/**
 * Finds the unit(s) a plan means by a name as written: "Phòng VH-XH", "Văn phòng HĐND và UBND xã", "Các phòng,
 * ban, đơn vị có liên quan". Names are compared by {@link UnitNames}; an unknown name gets a Vietnamese message
 * with the closest known name. A plan's names are looked for in its own commune's part of the directory (its
 * locality), where one installation holds the directories of many communes. The directory is held in memory and
 * read again after every directory import.
 */
@Service
public class UnitMatcher {

	private record Loaded(long generation, UnitCatalog catalog, Map<String, UnitCatalog> byLocality) {

		UnitCatalog within(String locality) {
			return locality == null ? catalog : byLocality.computeIfAbsent(locality, catalog::within);
		}

	}

	private final UnitRepository units;

	private final CollectiveRepository collectives;

	private final TransactionTemplate readOnly;

	/** Counts directory changes; a catalog read before the latest change is read again. */
	private final AtomicLong generation = new AtomicLong();

	private volatile Loaded loaded;

	UnitMatcher(UnitRepository units, CollectiveRepository collectives, PlatformTransactionManager transactions) {
		this.units = units;
		this.collectives = collectives;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * The unit(s) a plan of {@code planLocality} (its locality as written, "xã Việt Khê", or null) means by a name:
	 * looked for among the units and phrases of the directory locality with that name ({@code xa-viet-khe}) and
	 * those of no locality, or in the whole directory when no unit has that locality.
	 */
	public UnitMatch match(String nameAsWritten, String planLocality) {
		return catalog(planLocality).match(nameAsWritten);
	}

	/**
	 * Every unit that works today that a plan of {@code planLocality} may name, in directory order: what a person
	 * may pick for a name nobody knows.
	 */
	public List<UnitRef> activeUnits(String planLocality) {
		return catalog(planLocality).active();
	}

	private UnitCatalog catalog(String planLocality) {
		long wanted = generation.get();
		Loaded current = loaded;
		if (current == null || current.generation() != wanted) {
			current = new Loaded(wanted, readOnly.execute(status -> load()), new ConcurrentHashMap<>());
			loaded = current;
		}
		return current.within(UnitNames.localityCode(planLocality));
	}

	private UnitCatalog load() {
		List<UnitCatalog.KnownUnit> known = units.findAll().stream()
			.sorted((a, b) -> Long.compare(a.getId(), b.getId()))
			.map(unit -> new UnitCatalog.KnownUnit(unit.getCode(), unit.getName(), unit.getKind(), unit.isActive(),
					unit.getAliases(), unit.getLocality()))
			.toList();
		List<UnitCatalog.KnownCollective> phrases = collectives.findAll().stream()
			.sorted((a, b) -> Long.compare(a.getId(), b.getId()))
			.map(collective -> new UnitCatalog.KnownCollective(collective.getPhrase(), collective.isAllUnits(),
					collective.getUnits().stream().sorted((a, b) -> Long.compare(a.getId(), b.getId()))
						.map(Unit::getCode).toList(), collective.getLocality()))
			.toList();
		return new UnitCatalog(known, phrases);
	}

	/**
	 * Within the importing transaction: later matches in that transaction see the new directory, other threads
	 * read the directory again rather than keep a copy that could be older than the import.
	 */
	@EventListener
	void directoryChanging(DirectoryChanged event) {
		generation.incrementAndGet();
	}

	/** After the import committed (or rolled back): everyone reads the directory as stored. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
	void directoryChanged(DirectoryChanged event) {
		generation.incrementAndGet();
	}

}
