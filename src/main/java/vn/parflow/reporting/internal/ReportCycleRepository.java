package vn.parflow.reporting.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface ReportCycleRepository extends Repository<ReportCycle, Long> {

	Optional<ReportCycle> findById(Long id);

	Optional<ReportCycle> findByPlanCodeAndReportAndPeriod(String planCode, String report, String period);

	boolean existsByPlanCodeAndReportAndPeriod(String planCode, String report, String period);

	List<ReportCycle> findByPlanCodeOrderByDueAscReportAsc(String planCode);

	ReportCycle saveAndFlush(ReportCycle cycle);

}
