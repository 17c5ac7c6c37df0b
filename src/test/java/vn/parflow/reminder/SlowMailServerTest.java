package vn.parflow.reminder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.parflow.system.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SMTP server that stores the mail but answers the end of DATA only after the client stopped waiting: the mail
 * may have been delivered, so Parflow sends it once more at most, with the same Message-ID, and then stops and says
 * so in the outbox. The server is a real SMTP peer on a socket (GreenMail cannot be made slow); the outbox is the
 * real table on H2.
 */
class SlowMailServerTest {

	/**
	 * Received messages (their text). A server that stores each message and then answers the end of DATA only once
	 * the client has given up waiting (it hangs up), or one that answers at once.
	 */
	static final class SlowSmtp extends LocalSocketServer {

		final List<String> received = new CopyOnWriteArrayList<>();

		final boolean answersAfterTheClientGaveUp;

		SlowSmtp(boolean answersAfterTheClientGaveUp) throws IOException {
			super("slow-smtp");
			this.answersAfterTheClientGaveUp = answersAfterTheClientGaveUp;
			start();
		}

		@Override
		void serve(Socket client) throws IOException {
			session(client);
		}

		private void session(Socket client) throws IOException {
			BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
			OutputStream out = client.getOutputStream();
			reply(out, "220 slow.example ESMTP");
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase();
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					reply(out, "250 slow.example");
				}
				else if (command.startsWith("DATA")) {
					reply(out, "354 end with .");
					StringBuilder message = new StringBuilder();
					while ((line = in.readLine()) != null && !line.equals(".")) {
						message.append(line).append('\n');
					}
					received.add(message.toString());
					if (answersAfterTheClientGaveUp) {
						// stored; the "250" comes only after the client's read timeout, when it has hung up
						waitForHangUp(in);
						return;
					}
					reply(out, "250 stored");
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 bye");
					return;
				}
				else {
					reply(out, "250 OK");
				}
			}
		}

		private static void waitForHangUp(BufferedReader in) {
			try {
				while (in.read() != -1) {
					// the client says nothing more before its timeout
				}
			}
			catch (IOException hungUp) {
				// reset by the client
			}
		}

		private static void reply(OutputStream out, String text) throws IOException {
			out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}

	}

	final TestClock clock = new TestClock();

	OutboxStore store;

	SlowSmtp smtp;

	@BeforeEach
	void outboxOnH2() {
		store = MailFixtures.outboxOnH2("slow-smtp");
		clock.moveTo(Instant.parse("2026-03-02T01:00:00Z"));
	}

	@AfterEach
	void stopServer() throws IOException {
		if (smtp != null) {
			smtp.close();
		}
	}

	@Test
	void shouldSendAMailTheServerMayHaveStoredOnceMoreAtMostWithTheSameMessageId() throws Exception {
		smtp = new SlowSmtp(true);
		MailDispatcher dispatcher = dispatcher(smtp.port(), 300);
		store.insert(mail("nhac-1"), clock.instant());
		long id = store.due(clock.instant(), 10).get(0);

		assertThat(dispatcher.dispatchNow()).isZero();
		OutboxEntry first = store.find(id).orElseThrow();
		assertThat(first.status()).isEqualTo(OutboxStatus.QUEUED);
		assertThat(first.lastError()).startsWith(MailDispatcher.MAYBE_DELIVERED);

		for (int round = 0; round < 5; round++) {
			clock.moveTo(clock.instant().plus(Duration.ofHours(5)));
			dispatcher.dispatchNow();
		}
		OutboxEntry last = store.find(id).orElseThrow();
		assertThat(last.status()).as("given up, saying why").isEqualTo(OutboxStatus.FAILED);
		assertThat(last.lastError()).startsWith(MailDispatcher.MAYBE_DELIVERED);
		assertThat(smtp.received).as("sent once more at most").hasSize(2);
		assertThat(smtp.received).allSatisfy(message -> assertThat(message)
			.contains("Message-ID: " + dispatcher.messageId(id)));
	}

	@Test
	void shouldSendEachMailOfARoundTheServerMayHaveStoredOnceMoreAtMost() throws Exception {
		smtp = new SlowSmtp(true);
		MailDispatcher dispatcher = dispatcher(smtp.port(), 300);
		store.insert(mail("nhac-3"), clock.instant());
		store.insert(mail("nhac-4"), clock.instant());
		List<Long> ids = store.due(clock.instant(), 10);

		assertThat(dispatcher.dispatchNow()).isZero();
		assertThat(smtp.received).as("the second mail of the round goes after the first went unanswered").hasSize(2);
		for (int round = 0; round < 5; round++) {
			clock.moveTo(clock.instant().plus(Duration.ofHours(5)));
			dispatcher.dispatchNow();
		}

		assertThat(smtp.received).as("each sent once more at most").hasSize(4);
		for (long id : ids) {
			OutboxEntry last = store.find(id).orElseThrow();
			assertThat(last.status()).isEqualTo(OutboxStatus.FAILED);
			assertThat(last.lastError()).startsWith(MailDispatcher.MAYBE_DELIVERED);
			assertThat(smtp.received).filteredOn(message -> message.contains("Message-ID: " + dispatcher.messageId(id)))
				.hasSize(2);
		}
	}

	@Test
	void shouldSendOnceWhenTheServerAnswersWithinTheWait() throws Exception {
		smtp = new SlowSmtp(false);
		MailDispatcher dispatcher = dispatcher(smtp.port(), 5_000);
		store.insert(mail("nhac-2"), clock.instant());

		assertThat(dispatcher.dispatchNow()).isOne();
		clock.moveTo(clock.instant().plus(Duration.ofHours(5)));
		assertThat(dispatcher.dispatchNow()).isZero();
		assertThat(smtp.received).hasSize(1);
	}

	private MailDispatcher dispatcher(int port, int timeoutMillis) {
		return MailFixtures.dispatcher(store, clock, port, timeoutMillis, 50);
	}

	private static OutboxMail mail(String key) {
		return new OutboxMail(key, MailKind.TASK_REMINDER, "tuan.vhxh", "Phạm Minh Tuấn", "tuan.vhxh@demo.parflow.vn",
				"Nhắc việc: nộp sản phẩm", "<p>Hạn xử lý: 10/03/2026</p>", "Hạn xử lý: 10/03/2026", "http://localhost/");
	}

}
