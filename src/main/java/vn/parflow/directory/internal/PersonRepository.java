package vn.parflow.directory.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.directory.Role;

/** The people of the directory. Written only by {@link DirectoryImportService} (and the digest opt-out). */
public interface PersonRepository extends JpaRepository<Person, Long> {

	@Transactional(readOnly = true)
	Optional<Person> findByUsername(String username);

	/** The unit's officers: every active person of the unit, heads included. */
	@Transactional(readOnly = true)
	@Query("""
			select distinct p from Person p join p.units u
			where u.code = :unitCode and p.active = true
			order by p.username""")
	List<Person> findOfficers(String unitCode);

	/** The unit's heads: its active people with the role UNIT_HEAD. */
	@Transactional(readOnly = true)
	@Query("""
			select distinct p from Person p join p.units u join p.roles r
			where u.code = :unitCode and r = vn.parflow.directory.Role.UNIT_HEAD and p.active = true
			order by p.username""")
	List<Person> findHeads(String unitCode);

	/** Every active person with the role. */
	@Transactional(readOnly = true)
	@Query("""
			select distinct p from Person p join p.roles r
			where r = :role and p.active = true
			order by p.username""")
	List<Person> findByRole(Role role);

	/** Active people who have not turned the daily digest mail off. */
	@Transactional(readOnly = true)
	List<Person> findByActiveTrueAndDailyDigestTrueOrderByUsername();

}
