package vn.parflow.directory.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CollectiveRepository extends JpaRepository<Collective, Long> {
}
