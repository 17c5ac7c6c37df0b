package vn.parflow.reminder;

import java.io.UnsupportedEncodingException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox: claims due mail (a claim is an UPDATE that only one node can win, so no mail is sent twice by
 * two nodes), hands it to the SMTP server as UTF-8 multipart text + HTML, and records the outcome: SENT, or
 * QUEUED again after a back-off, or FAILED after the last attempt. Without an SMTP server configured (no
 * {@code spring.mail.host}) it does nothing and mail waits in the outbox.
 */
@Component
public class MailDispatcher {

	static final String OUTBOX_ID_HEADER = "X-Parflow-Outbox-Id";

	static final String KIND_HEADER = "X-Parflow-Mail-Kind";

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private static final int MAX_ROUNDS = 100;

	private final ObjectProvider<JavaMailSender> senders;

	private final OutboxStore store;

	private final OutboxProperties properties;

	private final Backoff backoff;

	private final Clock clock;

	private final String node;

	MailDispatcher(ObjectProvider<JavaMailSender> senders, OutboxStore store, OutboxProperties properties,
			Clock clock) {
		this.senders = senders;
		this.store = store;
		this.properties = properties;
		this.backoff = properties.backoffPolicy();
		this.clock = clock;
		this.node = nodeName();
	}

	/** Whether an SMTP server is configured; without one, mail waits in the outbox. */
	public boolean canSend() {
		return senders.getIfAvailable() != null;
	}

	/**
	 * Sends every queued mail whose time has come, now. Called by the dispatcher job every minute; tests call it
	 * instead of waiting.
	 * @return how many mails the SMTP server accepted in this run
	 */
	public int dispatchNow() {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int released = store.releaseStale(clock.instant().minus(properties.claimTimeout()));
		if (released > 0) {
			log.warn("{} thư bị kẹt ở trạng thái đang gửi (nút gửi đã dừng) được xếp lại hàng đợi", released);
		}
		int sent = 0;
		for (int round = 0; round < MAX_ROUNDS; round++) {
			List<Long> due = store.due(clock.instant(), properties.batchSize());
			for (long id : due) {
				if (store.claim(id, node, clock.instant()) && send(sender, id)) {
					sent++;
				}
			}
			if (due.size() < properties.batchSize()) {
				break;
			}
		}
		return sent;
	}

	private boolean send(JavaMailSender sender, long id) {
		Optional<OutboxEntry> found = store.find(id);
		if (found.isEmpty()) {
			return false;
		}
		OutboxEntry mail = found.get();
		try {
			sender.send(message(sender, mail));
			store.sent(id, node, clock.instant());
			return true;
		}
		catch (MailException ex) {
			String error = describe(ex);
			Optional<Instant> next = permanent(ex) ? Optional.empty()
					: backoff.nextAttempt(mail.attempts() + 1, clock.instant());
			if (next.isPresent()) {
				store.retry(id, node, next.get(), error);
				log.info("Chưa gửi được thư {} tới {} (lần {}): {}; thử lại lúc {}", id, mail.recipientEmail(),
						mail.attempts() + 1, error, next.get());
			}
			else {
				store.failed(id, node, error);
				log.warn("Không gửi được thư {} tới {} sau {} lần: {}", id, mail.recipientEmail(),
						mail.attempts() + 1, error);
			}
			return false;
		}
		catch (RuntimeException ex) {
			// not the mail server's doing: trying again would fail again; an administrator sees it in the outbox
			store.failed(id, node, ex.getClass().getSimpleName() + ": " + ex.getMessage());
			log.error("Không gửi được thư {} tới {}", id, mail.recipientEmail(), ex);
			return false;
		}
	}

	private MimeMessage message(JavaMailSender sender, OutboxEntry mail) {
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
					StandardCharsets.UTF_8.name());
			helper.setFrom(address(properties.from()));
			helper.setTo(new InternetAddress(mail.recipientEmail(), mail.recipientName(), StandardCharsets.UTF_8.name()));
			helper.setSubject(mail.subject());
			helper.setText(mail.textBody(), mail.htmlBody());
			message.setHeader(OUTBOX_ID_HEADER, Long.toString(mail.id()));
			message.setHeader(KIND_HEADER, mail.kind().name());
			return message;
		}
		catch (MessagingException | UnsupportedEncodingException ex) {
			throw new MailPreparationException("Không soạn được thư " + mail.id() + ": " + ex.getMessage(), ex);
		}
	}

	/** "Parflow <a@b>" or "a@b"; the display name is re-encoded as UTF-8 so that it may be Vietnamese. */
	static InternetAddress address(String written) throws MessagingException, UnsupportedEncodingException {
		InternetAddress parsed = new InternetAddress(written, false);
		return parsed.getPersonal() == null ? parsed
				: new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
	}

	/** A mail that cannot be written or whose address the server refuses will not go out by trying again. */
	static boolean permanent(MailException ex) {
		if (ex instanceof MailParseException || ex instanceof MailPreparationException) {
			return true;
		}
		if (ex instanceof MailSendException send) {
			for (Exception failure : send.getFailedMessages().values()) {
				for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
					if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
							&& refused.getInvalidAddresses().length > 0) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static String describe(MailException ex) {
		Throwable cause = ex.getMostSpecificCause();
		String message = cause.getMessage();
		return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
	}

	private static String nodeName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "parflow";
		}
		String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
		return name.length() > 100 ? name.substring(name.length() - 100) : name;
	}

}
