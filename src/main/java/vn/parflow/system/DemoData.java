package vn.parflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import vn.parflow.directory.DirectoryImportReport;
import vn.parflow.directory.DirectoryImportService;
import vn.parflow.plan.PlanImportReport;
import vn.parflow.plan.PlanImportService;
import vn.parflow.plan.PlanImportService.ImportRequest;
import vn.parflow.plan.PlanQueries;
import vn.parflow.security.Administrators;

/**
 * The demo profile's data, loaded on first start (when there is neither an administrator nor a plan yet): the demo
 * directory (units, people, the documented demo accounts) and the demo plan. Later starts leave everything as the
 * users left it. A demo plan whose period is already over is moved to a year in which it runs
 * ({@link DemoPlanDates}), so that the README's walk-through works on any date.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "parflow.demo.enabled", havingValue = "true")
@Order(0)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DirectoryImportService directory;

	private final PlanImportService plans;

	private final PlanQueries planQueries;

	private final Administrators administrators;

	private final Resource directoryFile;

	private final List<Resource> planFiles;

	private final Clock clock;

	DemoData(DirectoryImportService directory, PlanImportService plans, PlanQueries planQueries,
			Administrators administrators, @Value("${parflow.demo.directory}") Resource directoryFile,
			@Value("${parflow.demo.plans}") List<Resource> planFiles, Clock clock) {
		this.clock = clock;
		this.directory = directory;
		this.plans = plans;
		this.planQueries = planQueries;
		this.administrators = administrators;
		this.directoryFile = directoryFile;
		this.planFiles = planFiles;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (administrators.exist() || !planQueries.plans().isEmpty()) {
			return;
		}
		try (InputStream in = directoryFile.getInputStream()) {
			DirectoryImportReport report = directory.importDirectory(directoryFile.getFilename(), in);
			log.info("Dữ liệu demo: {}", report.summary());
		}
		administrators.ensureGroup();
		for (Resource file : planFiles) {
			PlanImportReport report;
			try (InputStream in = file.getInputStream()) {
				byte[] content = in.readAllBytes();
				String name = String.valueOf(file.getFilename());
				if (name.endsWith(".yaml") || name.endsWith(".yml")) {
					LocalDate today = LocalDate.now(clock);
					int years = DemoPlanDates.yearsToMove(new String(content, java.nio.charset.StandardCharsets.UTF_8),
							today);
					if (years > 0) {
						log.info("Dữ liệu demo: kỳ của kế hoạch {} đã qua, dời {} năm để chạy được hôm nay ({})", name,
								years, today);
						content = DemoPlanDates.forToday(content, today);
					}
				}
				report = plans.importPlan(new ImportRequest(file.getFilename(), content, null, false, false, "demo"));
			}
			if (report.stored()) {
				log.info("Dữ liệu demo: kế hoạch {} ({} nhiệm vụ) đã nạp từ {}", report.planCode(), report.taskCount(),
						file.getFilename());
			}
			else {
				throw new IllegalStateException("Kế hoạch demo %s không nạp được: %s".formatted(file.getFilename(),
						report.errors()));
			}
		}
	}

}
