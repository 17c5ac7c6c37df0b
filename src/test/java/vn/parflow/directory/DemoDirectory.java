package vn.parflow.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo directory (config/directory/demo.yaml) as the plan import matches unit names against it, for tests outside
 * this package that must know whether a plan's lead would be found, without a database.
 */
public final class DemoDirectory {

	private static final Path FILE = Path.of("config/directory/demo.yaml");

	private final UnitCatalog catalog;

	private DemoDirectory(UnitCatalog catalog) {
		this.catalog = catalog;
	}

	/** Reads config/directory/demo.yaml (the working directory is the project's, as under Maven). */
	public static DemoDirectory load() {
		try (InputStream in = Files.newInputStream(FILE)) {
			DirectoryFile file = DirectoryFileReader.read(FILE.toString(), in, List.of());
			List<UnitCatalog.KnownUnit> units = file.units().stream()
				.map(unit -> new UnitCatalog.KnownUnit(unit.code(), unit.name(), unit.kind(),
						unit.active() == null || unit.active(), unit.aliases()))
				.toList();
			List<UnitCatalog.KnownCollective> collectives = file.collectives().stream()
				.map(collective -> new UnitCatalog.KnownCollective(collective.phrase(), collective.allUnits(),
						collective.unitCodes().stream().sorted().toList()))
				.toList();
			return new DemoDirectory(new UnitCatalog(units, collectives));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What the import makes of a unit name as written: the unit(s), or the Vietnamese error it reports. */
	public UnitMatch match(String nameAsWritten) {
		return catalog.match(nameAsWritten);
	}

}
