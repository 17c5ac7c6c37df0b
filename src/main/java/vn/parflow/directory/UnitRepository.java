package vn.parflow.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

/** The units of the directory. Written only by {@link DirectoryImportService}. */
public interface UnitRepository extends JpaRepository<Unit, Long> {

	@Transactional(readOnly = true)
	Optional<Unit> findByCode(String code);

	@Transactional(readOnly = true)
	List<Unit> findByActiveTrueOrderByCode();

}
