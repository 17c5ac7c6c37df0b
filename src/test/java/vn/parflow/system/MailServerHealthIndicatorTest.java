package vn.parflow.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail server in /actuator/health: UP when it answers, a WARNING (not DOWN) when it does not. */
class MailServerHealthIndicatorTest {

	GreenMail smtp;

	@AfterEach
	void stopServer() {
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void shouldReportAnAnsweringMailServerUp() {
		smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		smtp.start();

		Health health = new MailServerHealthIndicator(sender(smtp.getSmtp().getPort())).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("location", "127.0.0.1:" + smtp.getSmtp().getPort());
	}

	@Test
	void shouldReportAMissingMailServerAsAWarningThatKeepsParflowUp() {
		smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		smtp.start();
		int port = smtp.getSmtp().getPort();
		smtp.stop();
		smtp = null;

		Health health = new MailServerHealthIndicator(sender(port)).health();

		assertThat(health.getStatus()).isEqualTo(MailServerHealthIndicator.WARNING);
		assertThat(health.getStatus().getDescription()).contains("thư chờ trong hàng đợi");
		assertThat(health.getDetails()).containsKey("error");
	}

	private static JavaMailSenderImpl sender(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		return sender;
	}

}
