package vn.parflow.system;

import jakarta.mail.MessagingException;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Reports the SMTP server in {@code /actuator/health} once one is configured. An unreachable mail server is a
 * WARNING, not DOWN: Parflow keeps working and its mail waits in the outbox until the server is back, so the
 * application as a whole stays UP (a load balancer must not take it out of service for a mail outage).
 */
@Component("mail")
@ConditionalOnProperty("spring.mail.host")
class MailServerHealthIndicator extends AbstractHealthIndicator {

	static final Status WARNING = new Status("WARNING",
			"Không kết nối được máy chủ thư; thư chờ trong hàng đợi và sẽ được gửi lại.");

	private final JavaMailSenderImpl mail;

	MailServerHealthIndicator(JavaMailSenderImpl mail) {
		super("Mail health check failed");
		this.mail = mail;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("location", mail.getHost() + ":" + mail.getPort());
		try {
			mail.testConnection();
			builder.up();
		}
		catch (MessagingException ex) {
			builder.status(WARNING).withDetail("error", String.valueOf(ex.getMessage()));
		}
	}

}
