package vn.parflow.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PlanRepository extends Repository<Plan, Long> {

	Optional<Plan> findByCode(String code);

	boolean existsByCode(String code);

	List<Plan> findByStatusOrderByCode(PlanStatus status);

	List<Plan> findAllByOrderByPeriodStartDescCodeAsc();

	Plan save(Plan plan);

	void delete(Plan plan);

	void flush();

}
