package vn.parflow.directory;

import java.util.List;
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
 * with the closest known name. The directory is held in memory and read again after every directory import.
 */
@Service
public class UnitMatcher {

	private record Loaded(long generation, UnitCatalog catalog) {
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

	public UnitMatch match(String nameAsWritten) {
		return catalog().match(nameAsWritten);
	}

	/** Every unit that works today, in directory order: what a person may pick for a name nobody knows. */
	public List<UnitRef> activeUnits() {
		return catalog().active();
	}

	private UnitCatalog catalog() {
		long wanted = generation.get();
		Loaded current = loaded;
		if (current != null && current.generation() == wanted) {
			return current.catalog();
		}
		UnitCatalog fresh = readOnly.execute(status -> load());
		loaded = new Loaded(wanted, fresh);
		return fresh;
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
