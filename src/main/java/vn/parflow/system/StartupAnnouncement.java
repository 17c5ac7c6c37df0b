package vn.parflow.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Tells the person who started Parflow where to log in. */
@Component
@ConditionalOnWebApplication
class StartupAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);

	private final Environment environment;

	private final String baseUrl;

	StartupAnnouncement(Environment environment, @Value("${parflow.base-url}") String baseUrl) {
		this.environment = environment;
		this.baseUrl = baseUrl;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		StringBuilder text = new StringBuilder()
			.append("\n\n  Parflow đã sẵn sàng / Parflow is ready\n")
			.append("  Đăng nhập (Tasklist, Cockpit, Admin): ").append(baseUrl).append("/camunda/app/\n")
			.append("  REST API của Camunda:                 ").append(baseUrl).append("/engine-rest\n")
			.append("  API của Parflow:                      ").append(baseUrl).append("/api\n")
			.append("  Tình trạng hệ thống:                  ").append(baseUrl).append("/actuator/health\n");
		if (environment.acceptsProfiles(Profiles.of("demo"))) {
			text.append("  Tài khoản demo: admin / demo (quản trị); các tài khoản khác trong README.md, mật khẩu đều là demo\n");
		}
		log.info(text.toString());
	}

}
