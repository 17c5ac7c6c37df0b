package vn.parflow.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A JPA slice (entities, Spring Data repositories, the data source and Flyway, no Camunda engine, no web layer) on
 * the database the build chose for this run (H2 or a real MariaDB server, see {@link TestDatabase}), its schema made
 * by the real migrations and checked by Hibernate ({@code ddl-auto: validate}). Each test runs in a transaction that
 * is rolled back.
 * <p>
 * Name such tests {@code *IT}: a query that works on H2 may still fail, or sort and compare differently, on MySQL,
 * so failsafe runs them once per database like the full-application tests ({@link DatabaseIntegrationTest}). The
 * slice does not replace the data source with an embedded one ({@link Replace#NONE}): the test's database is
 * {@link TestDatabase}'s.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = Replace.NONE)
@ActiveProfiles(resolver = TestDatabase.Profiles.class)
@ContextConfiguration(initializers = TestDatabase.class)
public @interface RepositorySliceTest {
}
