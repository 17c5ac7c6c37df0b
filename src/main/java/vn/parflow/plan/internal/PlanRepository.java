package vn.parflow.plan.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import org.springframework.data.repository.Repository;

import vn.parflow.plan.PlanStatus;

public interface PlanRepository extends Repository<Plan, Long> {

	Optional<Plan> findByCode(String code);

	/** The plan's row, locked until the transaction ends (SELECT … FOR UPDATE): one activation at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Plan p where p.code = :code")
	Optional<Plan> lockByCode(@Param("code") String code);

	boolean existsByCode(String code);

	List<Plan> findByStatusOrderByCode(PlanStatus status);

	List<Plan> findAllByOrderByPeriodStartDescCodeAsc();

	Plan save(Plan plan);

	void delete(Plan plan);

	void flush();

}
