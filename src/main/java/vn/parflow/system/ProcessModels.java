package vn.parflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN models, DMN tables and Camunda Forms of {@code processes/} (on the class path as
 * {@code processes/}) at start-up, before anything else runs, as the deployment {@code parflow}: a new version only of a
 * resource that changed since the last {@code parflow} deployment (the one the README's {@code curl} makes too).
 * <p>
 * The resources are found by Spring's resource resolver, which reads the class path the same way whether Parflow runs
 * from its build folder ({@code spring-boot:run}, the tests), from the packaged jar (Spring Boot 3.2+'s
 * {@code jar:nested:} URLs, which Camunda's own process-archive scanner cannot read: camunda-bpm-platform#4292) or from
 * the extracted jar. The resource names are those the earlier process archive used ({@code PlanTaskProcess.bpmn},
 * {@code forms/submit-deliverable.form}), so that an existing database sees no change where there is none.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProcessModels implements ApplicationRunner {

	static final String DEPLOYMENT = "parflow";

	/** The source Camunda's process applications gave the same deployment before. */
	static final String SOURCE = "process application";

	static final List<String> PATTERNS = List.of("classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
			"classpath*:processes/**/*.form");

	private static final Logger log = LoggerFactory.getLogger(ProcessModels.class);

	private final RepositoryService repository;

	ProcessModels(RepositoryService repository) {
		this.repository = repository;
	}

	@Override
	public void run(ApplicationArguments args) {
		deploy();
	}

	/** Deploys what changed; returns the names of the resources found. */
	List<String> deploy() {
		Map<String, Resource> resources = find();
		if (resources.isEmpty()) {
			throw new IllegalStateException("Không tìm thấy mô hình quy trình nào trong processes/ trên class path:"
					+ " bản dựng thiếu thư mục processes/.");
		}
		DeploymentBuilder deployment = repository.createDeployment()
			.name(DEPLOYMENT)
			.source(SOURCE)
			.enableDuplicateFiltering(true);
		resources.forEach((name, resource) -> {
			try (InputStream in = resource.getInputStream()) {
				deployment.addInputStream(name, new java.io.ByteArrayInputStream(in.readAllBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Không đọc được " + name, ex);
			}
		});
		DeploymentWithDefinitions deployed = deployment.deployWithResult();
		int definitions = deployed.getDeployedProcessDefinitions() == null ? 0
				: deployed.getDeployedProcessDefinitions().size();
		log.info("Mô hình quy trình: {} tệp trong processes/ ({}); {} quy trình có phiên bản mới.", resources.size(),
				String.join(", ", resources.keySet()), definitions);
		return new ArrayList<>(resources.keySet());
	}

	private static Map<String, Resource> find() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
				ProcessModels.class.getClassLoader());
		Map<String, Resource> found = new TreeMap<>();
		for (String pattern : PATTERNS) {
			try {
				for (Resource resource : resolver.getResources(pattern)) {
					found.putIfAbsent(name(resource), resource);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Không đọc được " + pattern, ex);
			}
		}
		return found;
	}

	/** The resource's path below {@code processes/}. */
	static String name(Resource resource) {
		try {
			String url = resource.getURL().toString();
			int root = url.lastIndexOf("/processes/");
			if (root < 0) {
				throw new IllegalStateException("Tệp quy trình ngoài processes/: " + url);
			}
			return java.net.URLDecoder.decode(url.substring(root + "/processes/".length()),
					java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
