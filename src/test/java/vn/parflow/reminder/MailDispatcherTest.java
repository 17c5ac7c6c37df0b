package vn.parflow.reminder;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

class MailDispatcherTest {

	@Test
	void shouldSendFromAVietnameseDisplayName() throws Exception {
		InternetAddress from = MailDispatcher.address("Parflow – Nhắc việc CCHC <nhacviec@vietkhe.gov.vn>");

		assertThat(from.getAddress()).isEqualTo("nhacviec@vietkhe.gov.vn");
		assertThat(from.getPersonal()).isEqualTo("Parflow – Nhắc việc CCHC");
		assertThat(from.toString()).startsWith("=?UTF-8?").endsWith("<nhacviec@vietkhe.gov.vn>");
	}

	@Test
	void shouldTryAgainWhenTheServerCannotBeReached() {
		MailSendException unreachable = new MailSendException("Mail server connection failed",
				new jakarta.mail.MessagingException("Connection refused"));

		assertThat(MailDispatcher.permanent(unreachable)).isFalse();
	}

	@Test
	void shouldGiveUpAtOnceWhenTheServerRefusesTheAddress() throws Exception {
		SendFailedException refused = new SendFailedException("550 no such user", null, new InternetAddress[0],
				new InternetAddress[0], new InternetAddress[] { new InternetAddress("nobody@vietkhe.gov.vn") });
		MailSendException failed = new MailSendException(Map.of(new Object(), refused));

		assertThat(MailDispatcher.permanent(failed)).isTrue();
	}

	@Test
	void shouldLeaveMailQueuedWhenNoSmtpServerIsConfigured() {
		OutboxStore store = mock(OutboxStore.class);
		MailDispatcher dispatcher = new MailDispatcher(
				new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), store,
				new OutboxProperties("Parflow <parflow@localhost>", 10, List.of(Duration.ofMinutes(1)),
						Duration.ofMinutes(1), 50, Duration.ofMinutes(10), false),
				Clock.systemUTC());

		assertThat(dispatcher.canSend()).isFalse();
		assertThat(dispatcher.dispatchNow()).isZero();
		verifyNoInteractions(store);
	}

}
