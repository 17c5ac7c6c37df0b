package vn.parflow.directory.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

import vn.parflow.directory.DirectoryImportService;

/** The units of the directory. Written only by {@link DirectoryImportService}. */
public interface UnitRepository extends JpaRepository<Unit, Long> {

	@Transactional(readOnly = true)
	Optional<Unit> findByCode(String code);

	@Transactional(readOnly = true)
	List<Unit> findByActiveTrueOrderByCode();

}
