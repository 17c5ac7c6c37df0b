package vn.parflow.security;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.parflow.ParflowApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No default credentials outside the demo: the real application, started in a production profile without
 * PARFLOW_ADMIN_USER / PARFLOW_ADMIN_PASSWORD on an empty database, refuses to start and says what to set. It runs
 * in a JVM of its own (a second Camunda process application cannot share the test JVM with the integration tests'
 * context) on a throwaway in-memory H2 database.
 */
class ProductionStartTest {

	@TempDir
	Path work;

	@Test
	void shouldRefuseToStartTheProductionProfileWithoutTheAdministratorVariables() throws Exception {
		Path log = work.resolve("start.log");
		ProcessBuilder builder = new ProcessBuilder(javaCommand()).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().remove("PARFLOW_ADMIN_USER");
		builder.environment().remove("PARFLOW_ADMIN_PASSWORD");
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		Process process = builder.start();
		boolean ended = process.waitFor(240, TimeUnit.SECONDS);
		if (!ended) {
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);

		assertThat(ended).as("the application stopped by itself; output:%n%s", tail(output)).isTrue();
		assertThat(process.exitValue()).as(tail(output)).isNotZero();
		assertThat(output).as(tail(output))
			.contains("Parflow chưa có quản trị viên: hãy đặt biến môi trường PARFLOW_ADMIN_USER và"
					+ " PARFLOW_ADMIN_PASSWORD rồi khởi động lại.")
			.doesNotContain("Parflow đã sẵn sàng");
	}

	private List<String> javaCommand() throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Dfile.encoding=UTF-8");
		command.add("-Duser.timezone=Asia/Ho_Chi_Minh");
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(mainClassPath());
		command.add(ParflowApplication.class.getName());
		command.add("--spring.profiles.active=production");
		command.add("--spring.datasource.url=jdbc:h2:mem:production-start;DB_CLOSE_DELAY=-1");
		command.add("--server.port=0");
		command.add("--parflow.attachments.dir=" + work.resolve("uploads"));
		command.add("--spring.main.banner-mode=off");
		return command;
	}

	/** The test JVM's class path without the test classes (surefire may hand it over in a manifest-only jar). */
	private static String mainClassPath() throws IOException {
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			Path path = Path.of(entry);
			if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
				try (JarFile jar = new JarFile(path.toFile())) {
					Manifest manifest = jar.getManifest();
					String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
					if (classPath != null && !classPath.isBlank() && path.getFileName().toString().startsWith("surefire")) {
						for (String url : classPath.trim().split("\\s+")) {
							entries.add(Path.of(path.getParent().toUri().resolve(URI.create(url))).toString());
						}
						continue;
					}
				}
			}
			entries.add(entry);
		}
		return String.join(File.pathSeparator,
				entries.stream().filter(entry -> !entry.replace('\\', '/').matches(".*/test-classes/?")).toList());
	}

	private static String tail(String output) {
		return output.length() <= 6000 ? output : output.substring(output.length() - 6000);
	}

}
