package vn.parflow.reminder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.parflow.system.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dispatcher round goes to the SMTP server over one connection, and each mail of it keeps its own outcome. The
 * server is GreenMail, reached through a relay on a socket of the test that counts the connections it accepts and
 * answers "550" for the one address the server is to refuse (GreenMail accepts every address); the outbox is the
 * real table on H2.
 */
class MailRoundTest {

	static final String REFUSED = "khong.co@demo.parflow.vn";

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	/**
	 * A TCP relay to GreenMail: counts accepted connections; a {@code RCPT TO} for {@link #REFUSED} is answered
	 * "550" by the relay instead of being passed on, as a server that has no such mailbox answers.
	 */
	static final class Relay extends LocalSocketServer {

		final int target;

		Relay(int target) throws IOException {
			super("smtp-relay");
			this.target = target;
			start();
		}

		@Override
		void serve(Socket client) throws IOException {
			Socket upstream = new Socket("127.0.0.1", target);
			daemon(() -> copy(upstream, client), "smtp-relay-down");
			commands(client, upstream);
		}

		/** The server's replies, as they come, to the client. */
		private static void copy(Socket upstream, Socket client) {
			try (upstream; client) {
				InputStream in = upstream.getInputStream();
				OutputStream out = client.getOutputStream();
				byte[] buffer = new byte[8192];
				for (int read; (read = in.read(buffer)) != -1;) {
					synchronized (out) {
						out.write(buffer, 0, read);
						out.flush();
					}
				}
			}
			catch (IOException ex) {
				// one side hung up
			}
		}

		/** The client's lines to the server, but the refused address's RCPT, which the relay answers itself. */
		private static void commands(Socket client, Socket upstream) {
			try (client; upstream) {
				BufferedReader in = new BufferedReader(
						new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
				OutputStream server = upstream.getOutputStream();
				OutputStream out = client.getOutputStream();
				for (String line; (line = in.readLine()) != null;) {
					if (line.toUpperCase(Locale.ROOT).startsWith("RCPT TO:") && line.contains("<" + REFUSED + ">")) {
						synchronized (out) {
							out.write("550 5.1.1 no such user\r\n".getBytes(StandardCharsets.US_ASCII));
							out.flush();
						}
						continue;
					}
					server.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
					server.flush();
				}
			}
			catch (IOException ex) {
				// one side hung up
			}
		}

	}

	final TestClock clock = new TestClock();

	OutboxStore store;

	Relay relay;

	@BeforeEach
	void setUp() throws IOException {
		store = MailFixtures.outboxOnH2("mail-round");
		clock.moveTo(Instant.parse("2026-03-02T01:00:00Z"));
		relay = new Relay(greenMail.getSmtp().getPort());
	}

	@AfterEach
	void stopRelay() throws IOException {
		relay.close();
	}

	@Test
	void shouldSendARoundOfMailOverOneConnection() throws Exception {
		MailDispatcher dispatcher = dispatcher(50);
		List<Long> ids = queue(20, null);

		assertThat(dispatcher.dispatchNow()).isEqualTo(20);

		assertThat(relay.connections).as("one SMTP connection for the round").hasValue(1);
		assertThat(MailFixtures.received(greenMail, new HashSet<>(ids))).hasSize(20);
		assertThat(ids).allSatisfy(id -> {
			OutboxEntry mail = store.find(id).orElseThrow();
			assertThat(mail.status()).isEqualTo(OutboxStatus.SENT);
			assertThat(mail.attempts()).isEqualTo(1);
		});
	}

	@Test
	void shouldOpenOneConnectionPerRoundOfTheBatchSize() throws Exception {
		MailDispatcher dispatcher = dispatcher(10);
		List<Long> ids = queue(25, null);

		assertThat(dispatcher.dispatchNow()).isEqualTo(25);

		assertThat(relay.connections).as("rounds of 10, 10 and 5").hasValue(3);
		assertThat(MailFixtures.received(greenMail, new HashSet<>(ids))).hasSize(25);
	}

	@Test
	void shouldSendTheOthersOfARoundAndGiveUpOnlyTheMailWhoseAddressTheServerRefuses() throws Exception {
		MailDispatcher dispatcher = dispatcher(50);
		List<Long> ids = queue(5, 2);
		long refused = ids.get(2);

		assertThat(dispatcher.dispatchNow()).isEqualTo(4);
		clock.moveTo(clock.instant().plus(Duration.ofHours(5)));
		assertThat(dispatcher.dispatchNow()).as("nothing is sent again").isZero();

		assertThat(relay.connections).hasValue(1);
		Set<Long> others = new HashSet<>(ids);
		others.remove(refused);
		List<MimeMessage> received = MailFixtures.received(greenMail, new HashSet<>(ids));
		assertThat(received).hasSize(4);
		assertThat(received.stream().map(message -> {
			try {
				return MailFixtures.outboxId(message);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		})).containsExactlyInAnyOrderElementsOf(others);
		for (long id : others) {
			assertThat(store.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
		}
		OutboxEntry failed = store.find(refused).orElseThrow();
		assertThat(failed.status()).as("given up at once").isEqualTo(OutboxStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.lastError()).contains("550");
	}

	@Test
	void shouldKeepEveryMailOfARoundQueuedWhenTheServerCannotBeReached() throws Exception {
		MailDispatcher dispatcher = dispatcher(50);
		List<Long> ids = queue(3, null);
		relay.close();

		assertThat(dispatcher.dispatchNow()).isZero();

		assertThat(ids).allSatisfy(id -> {
			OutboxEntry mail = store.find(id).orElseThrow();
			assertThat(mail.status()).isEqualTo(OutboxStatus.QUEUED);
			assertThat(mail.attempts()).isEqualTo(1);
			assertThat(mail.lastError()).isNotBlank().doesNotStartWith(MailDispatcher.MAYBE_DELIVERED);
			assertThat(mail.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
		});
	}

	@Test
	void shouldLeaveAClaimThatIsRenewedToTheNodeThatHoldsIt() {
		queue(1, null);
		long id = store.due(clock.instant(), 1).get(0);
		Instant claimed = clock.instant();
		assertThat(store.claim(id, "nut-a", claimed)).isTrue();

		Instant later = claimed.plus(Duration.ofMinutes(20));
		assertThat(store.renewClaims(List.of(id), "nut-a", later.minus(Duration.ofMinutes(1)))).isOne();

		assertThat(store.releaseStale(later.minus(Duration.ofMinutes(15)))).as("still being sent").isZero();
		assertThat(store.claim(id, "nut-b", later)).isFalse();
		assertThat(store.releaseStale(later.plus(Duration.ofMinutes(15)))).as("once it is no longer renewed").isOne();
	}

	/** Queues {@code count} mails, the one at {@code refusedAt} (if any) to the address the server refuses. */
	private List<Long> queue(int count, Integer refusedAt) {
		String key = UUID.randomUUID().toString();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String email = refusedAt != null && refusedAt == i ? REFUSED : "can.bo" + i + "@demo.parflow.vn";
			String dedup = "round-" + key + "-" + i;
			store.insert(new OutboxMail(dedup, MailKind.TASK_REMINDER, "can.bo" + i, "Cán bộ " + i, email,
					"Nhắc việc: nộp sản phẩm", "<p>Hạn xử lý: 10/03/2026</p>", "Hạn xử lý: 10/03/2026",
					"http://localhost/"), clock.instant());
			ids.add(store.findByKey(dedup).orElseThrow().id());
		}
		return ids;
	}

	private MailDispatcher dispatcher(int batchSize) {
		return MailFixtures.dispatcher(store, clock, relay.port(), 5000, batchSize);
	}

}
