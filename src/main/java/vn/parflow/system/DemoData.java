package vn.parflow.system;

import java.io.IOException;
import java.io.InputStream;
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

/**
 * The demo profile's data, loaded on first start (when there is neither an administrator nor a plan yet): the demo
 * directory (units, people, the documented demo accounts) and the demo plan. Later starts leave everything as the
 * users left it.
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

	DemoData(DirectoryImportService directory, PlanImportService plans, PlanQueries planQueries,
			Administrators administrators, @Value("${parflow.demo.directory}") Resource directoryFile,
			@Value("${parflow.demo.plans}") List<Resource> planFiles) {
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
				report = plans.importPlan(new ImportRequest(file.getFilename(), in.readAllBytes(), null, false, false,
						"demo"));
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
