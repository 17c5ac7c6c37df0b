package vn.parflow.reminder;

import java.io.UnsupportedEncodingException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import java.net.SocketTimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
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
import org.eclipse.angus.mail.util.MailConnectException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox: claims due mail (a claim is an UPDATE that only one node can win, so no mail is sent twice by
 * two nodes), hands it to the SMTP server as UTF-8 multipart text + HTML, one connection per round of
 * {@code batch-size} mails, and records each mail's outcome: SENT, or QUEUED again after a back-off, or FAILED after
 * the last attempt. Without an SMTP server configured (no
 * {@code spring.mail.host}) it does nothing and mail waits in the outbox.
 */
@Component
public class MailDispatcher {

	static final String OUTBOX_ID_HEADER = "X-Parflow-Outbox-Id";

	static final String KIND_HEADER = "X-Parflow-Mail-Kind";

	/**
	 * The start of the error recorded when the server may have stored the mail without Parflow hearing it say so (a
	 * read timeout once connected, typically waiting for the reply to the end of DATA): such a mail is sent once
	 * more at most.
	 */
	static final String MAYBE_DELIVERED = "Có thể đã gửi (máy chủ thư không trả lời kịp): ";

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private static final int MAX_ROUNDS = 100;

	private final ObjectProvider<JavaMailSender> senders;

	private final OutboxStore store;

	private final OutboxProperties properties;

	private final Backoff backoff;

	private final Clock clock;

	private final String node;

	private ScheduledExecutorService renewals;

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
			List<OutboxEntry> claimed = new ArrayList<>();
			for (long id : due) {
				if (store.claim(id, node, clock.instant())) {
					store.find(id).ifPresent(claimed::add);
				}
			}
			sent += send(sender, claimed);
			if (due.size() < properties.batchSize()) {
				break;
			}
		}
		return sent;
	}

	/** Whether queued mail is due now (left over by a run that reached its rounds' limit). */
	boolean hasDue() {
		return !store.due(clock.instant(), 1).isEmpty();
	}

	/**
	 * Sends one round's claimed mail over one SMTP connection ({@link JavaMailSender#send(MimeMessage...)}) and
	 * records each mail's outcome: Spring reports every mail it could not send in
	 * {@link MailSendException#getFailedMessages()} (when the connection fails, every mail not sent yet is there with
	 * that failure), so every other one was accepted by the server. The claims are renewed while the server has the
	 * round ({@link #renewClaims}): a slow server holds the whole round, and no other node may take its mail meanwhile.
	 * @return how many of them the server accepted
	 */
	private int send(JavaMailSender sender, List<OutboxEntry> mails) {
		Map<MimeMessage, OutboxEntry> messages = new LinkedHashMap<>();
		for (OutboxEntry mail : mails) {
			try {
				messages.put(message(sender, mail), mail);
			}
			catch (MailException ex) {
				failed(mail, ex);
			}
			catch (RuntimeException ex) {
				broken(mail, ex);
			}
		}
		if (messages.isEmpty()) {
			return 0;
		}
		Map<Object, Exception> failures = Map.of();
		RuntimeException whole = null;
		try (ClaimRenewal renewal = renewClaims(messages.values())) {
			sender.send(messages.keySet().toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			// none listed: each mail went, and only closing the connection afterwards failed
			failures = ex.getFailedMessages();
		}
		catch (RuntimeException ex) {
			// the server refused the login (MailAuthenticationException): at the first connection, before any mail
			// went; Spring connects again within a round only after a mail's failure dropped the connection
			whole = ex;
		}
		int sent = 0;
		for (Map.Entry<MimeMessage, OutboxEntry> message : messages.entrySet()) {
			OutboxEntry mail = message.getValue();
			Throwable failure = whole != null ? whole : failures.get(message.getKey());
			if (failure == null) {
				store.sent(mail.id(), node, clock.instant());
				sent++;
			}
			else if (whole == null || whole instanceof MailException) {
				failed(mail, failure);
			}
			else {
				broken(mail, whole);
			}
		}
		if (log.isDebugEnabled()) {
			log.debug("Một lượt gửi {} thư qua một kết nối: {} thư được máy chủ nhận", messages.size(), sent);
		}
		return sent;
	}

	/** Records a mail the server did not accept: QUEUED again after a back-off, or FAILED. */
	private void failed(OutboxEntry mail, Throwable ex) {
		long id = mail.id();
		String error = describe(ex);
		boolean unanswered = unanswered(ex);
		boolean againUnanswered = unanswered && mail.lastError() != null && mail.lastError().startsWith(MAYBE_DELIVERED);
		if (unanswered) {
			error = MAYBE_DELIVERED + error;
			log.warn("Thư {} tới {}: máy chủ thư không trả lời sau khi nhận nội dung; thư có thể đã được gửi{}", id,
					mail.recipientEmail(), againUnanswered ? ", không gửi lại nữa" : ", sẽ gửi lại một lần (cùng Message-ID)");
		}
		Optional<Instant> next = permanent(ex) || againUnanswered ? Optional.empty()
				: backoff.nextAttempt(mail.attempts() + 1, clock.instant());
		if (next.isPresent()) {
			store.retry(id, node, next.get(), error);
			log.info("Chưa gửi được thư {} tới {} (lần {}): {}; thử lại lúc {}", id, mail.recipientEmail(),
					mail.attempts() + 1, error, next.get());
		}
		else {
			store.failed(id, node, error);
			log.warn("Không gửi được thư {} tới {} sau {} lần: {}", id, mail.recipientEmail(), mail.attempts() + 1,
					error);
		}
	}

	/** Not the mail server's doing: trying again would fail again; an administrator sees it in the outbox. */
	private void broken(OutboxEntry mail, RuntimeException ex) {
		store.failed(mail.id(), node, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		log.error("Không gửi được thư {} tới {}", mail.id(), mail.recipientEmail(), ex);
	}

	/**
	 * Keeps this node's claims on a round fresh while the SMTP server has it, so that {@link OutboxStore#releaseStale}
	 * (on any node) leaves them alone however long a slow server takes for the whole round; a node that dies stops
	 * renewing, and its mail is queued again after {@code claim-timeout} as before.
	 */
	private ClaimRenewal renewClaims(Collection<OutboxEntry> mails) {
		List<Long> ids = mails.stream().map(OutboxEntry::id).toList();
		long every = Math.max(1000, properties.claimTimeout().toMillis() / 3);
		ScheduledFuture<?> renewal = renewals().scheduleWithFixedDelay(() -> {
			try {
				store.renewClaims(ids, node, clock.instant());
			}
			catch (RuntimeException ex) {
				log.warn("Không gia hạn được việc nhận gửi {} thư: {}", ids.size(), ex.toString());
			}
		}, every, every, TimeUnit.MILLISECONDS);
		return () -> renewal.cancel(false);
	}

	private synchronized ScheduledExecutorService renewals() {
		if (renewals == null) {
			ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
				Thread thread = new Thread(task, "parflow-outbox-claims");
				thread.setDaemon(true);
				return thread;
			});
			executor.setRemoveOnCancelPolicy(true);
			renewals = executor;
		}
		return renewals;
	}

	@PreDestroy
	synchronized void stop() {
		if (renewals != null) {
			renewals.shutdownNow();
		}
	}

	/** The renewal of a round's claims, stopped once the round is over. */
	private interface ClaimRenewal extends AutoCloseable {

		@Override
		void close();

	}

	private MimeMessage message(JavaMailSender sender, OutboxEntry mail) {
		String messageId = messageId(mail.id());
		MimeMessage message = sender instanceof JavaMailSenderImpl impl ? new OutboxMessage(impl.getSession(), messageId)
				: sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
					StandardCharsets.UTF_8.name());
			helper.setFrom(address(properties.from()));
			helper.setTo(new InternetAddress(mail.recipientEmail(), mail.recipientName(), StandardCharsets.UTF_8.name()));
			helper.setSubject(mail.subject());
			helper.setText(mail.textBody(), mail.htmlBody());
			message.setHeader(OUTBOX_ID_HEADER, Long.toString(mail.id()));
			message.setHeader(KIND_HEADER, mail.kind().name());
			message.setHeader("Message-ID", messageId);
			return message;
		}
		catch (MessagingException | UnsupportedEncodingException ex) {
			throw new MailPreparationException("Không soạn được thư " + mail.id() + ": " + ex.getMessage(), ex);
		}
	}

	/** One Message-ID per outbox mail, the same at every attempt, so that a receiver can drop a repeat. */
	String messageId(long outboxId) {
		String domain = "parflow.local";
		try {
			String from = new InternetAddress(properties.from(), false).getAddress();
			if (from != null && from.contains("@")) {
				domain = from.substring(from.indexOf('@') + 1);
			}
		}
		catch (MessagingException ex) {
			// the default domain
		}
		return "<outbox-" + outboxId + "@" + domain + ">";
	}

	/** A MimeMessage that keeps its Message-ID when JavaMail saves it (which would otherwise make a new one). */
	private static final class OutboxMessage extends MimeMessage {

		private final String messageId;

		OutboxMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

	/**
	 * Whether the server went silent after the connection was made (a read timeout): it may have stored the mail.
	 * A timeout while connecting, a refused connection or an SMTP error reply are not.
	 */
	static boolean unanswered(Throwable ex) {
		for (Throwable failure : failures(ex)) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof MailConnectException || cause instanceof java.net.ConnectException) {
					return false;
				}
				if (cause instanceof SocketTimeoutException) {
					return true;
				}
			}
		}
		return false;
	}

	/** "Parflow <a@b>" or "a@b"; the display name is re-encoded as UTF-8 so that it may be Vietnamese. */
	static InternetAddress address(String written) throws MessagingException, UnsupportedEncodingException {
		InternetAddress parsed = new InternetAddress(written, false);
		return parsed.getPersonal() == null ? parsed
				: new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
	}

	/** A mail that cannot be written or whose address the server refuses will not go out by trying again. */
	static boolean permanent(Throwable ex) {
		for (Throwable failure : failures(ex)) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof MailParseException || cause instanceof MailPreparationException) {
					return true;
				}
				if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
						&& refused.getInvalidAddresses().length > 0) {
					return true;
				}
			}
		}
		return false;
	}

	/** The failure and, for a {@link MailSendException}, the failure of each mail in it. */
	private static List<Throwable> failures(Throwable ex) {
		List<Throwable> failures = new ArrayList<>();
		failures.add(ex);
		if (ex instanceof MailSendException send) {
			failures.addAll(send.getFailedMessages().values());
		}
		return failures;
	}

	/** The innermost cause, e.g. "SMTPAddressFailedException: 550 5.1.1 no such user". */
	private static String describe(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
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
