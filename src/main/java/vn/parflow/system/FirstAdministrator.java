package vn.parflow.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.parflow.security.Administrators;

/**
 * Outside the demo, the first administrator comes only from the environment ({@code PARFLOW_ADMIN_USER},
 * {@code PARFLOW_ADMIN_PASSWORD}); there is no default account. Without an administrator and without those
 * variables Parflow refuses to start, saying what to set.
 */
@Component
@Profile("!demo & !it")
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final IdentityService identity;

	private final Administrators administrators;

	private final String userId;

	private final String password;

	FirstAdministrator(IdentityService identity, Administrators administrators,
			@Value("${PARFLOW_ADMIN_USER:}") String userId, @Value("${PARFLOW_ADMIN_PASSWORD:}") String password) {
		this.identity = identity;
		this.administrators = administrators;
		this.userId = userId;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(userId) || !StringUtils.hasText(password)) {
			if (administrators.exist()) {
				return;
			}
			throw new IllegalStateException("Parflow chưa có quản trị viên: hãy đặt biến môi trường PARFLOW_ADMIN_USER "
					+ "và PARFLOW_ADMIN_PASSWORD rồi khởi động lại. / No administrator yet: set PARFLOW_ADMIN_USER and "
					+ "PARFLOW_ADMIN_PASSWORD and start again.");
		}
		if (identity.createUserQuery().userId(userId).count() == 0) {
			User user = identity.newUser(userId);
			user.setFirstName("Quản trị");
			user.setLastName("Parflow");
			user.setPassword(password); // checked against the password policy by the engine
			identity.saveUser(user);
			log.info("Đã tạo quản trị viên đầu tiên: {}", userId);
		}
		administrators.grant(userId);
	}

}
