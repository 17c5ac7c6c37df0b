package vn.parflow.plan.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface PlanTaskRepository extends Repository<PlanTask, Long> {

	Optional<PlanTask> findById(long id);

	List<PlanTask> findByPlanCodeOrderByPosition(String planCode);

	Optional<PlanTask> findByPlanCodeAndNumber(String planCode, String number);

	long countByPlanCode(String planCode);

}
