package vn.parflow.directory;

import org.springframework.data.jpa.repository.JpaRepository;

interface CollectiveRepository extends JpaRepository<Collective, Long> {
}
