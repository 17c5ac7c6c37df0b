package vn.parflow.reminder;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox: a mail is written in the transaction of the event that causes it, so it exists exactly
 * when the event does, and at most once per {@link OutboxMail#dedupKey()}. {@link MailDispatcher} sends it once that
 * transaction commits ({@link DispatchWake}), or at its next interval.
 */
@Service
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final OutboxStore store;

	private final Clock clock;

	private final DispatchWake wake;

	Outbox(OutboxStore store, Clock clock, DispatchWake wake) {
		this.store = store;
		this.clock = clock;
		this.wake = wake;
	}

	/** Whether a mail with this key was ever queued. */
	@Transactional(readOnly = true)
	public boolean contains(String dedupKey) {
		return store.exists(dedupKey);
	}

	/**
	 * Queues the mail in the caller's transaction (or in its own when there is none).
	 * @return false when a mail with the same key is already there (written before, by a re-run job or by another
	 * node); the caller's transaction is not disturbed either way
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public boolean enqueue(OutboxMail mail) {
		if (store.exists(mail.dedupKey())) {
			return false;
		}
		try {
			store.insert(mail, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			// another transaction wrote the same key between our check and our insert: the unique constraint decided
			// (MySQL and H2 fail only this statement, not the caller's transaction)
			return false;
		}
		log.debug("Thư {} cho {} đã vào hàng đợi", mail.dedupKey(), mail.recipientUsername());
		wake.mailQueued();
		return true;
	}

}
