package vn.parflow.reminder;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends queued mail within seconds of the commit of the transaction that queued it, instead of at the dispatcher's
 * next interval (a minute). The send runs on one background thread of this node, in transactions of its own, two
 * seconds after the first wake, so that the mail of every transaction committed meanwhile goes in the same run;
 * wakes that come while it runs are folded into one more run. Several nodes may send at once: each mail is claimed before it is sent
 * ({@link OutboxStore#claim}), so none goes twice. The interval dispatcher ({@link DispatchJob}) stays, for retries and
 * for mail a node queued but could not send (it stopped, or the mail server was away).
 */
@Component
class DispatchWake {

	private static final Logger log = LoggerFactory.getLogger(DispatchWake.class);

	private static final Object QUEUED_IN_TRANSACTION = new Object();

	private final MailDispatcher dispatcher;

	private volatile boolean enabled;

	private final AtomicBoolean pending = new AtomicBoolean();

	/**
	 * How long a wake waits before it sends: the mail of every transaction that commits meanwhile goes in the same
	 * run (a storm of timers commits hundreds of times a minute).
	 */
	static final long GATHER_MILLIS = 2000;

	private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "parflow-outbox-send");
		thread.setDaemon(true);
		return thread;
	});

	DispatchWake(MailDispatcher dispatcher, OutboxProperties properties) {
		this.dispatcher = dispatcher;
		this.enabled = properties.sendOnQueue();
	}

	/**
	 * Turns the send on commit on or off while the application runs ({@code parflow.outbox.send-on-queue} sets it at
	 * start). The mail tests share one application and turn it on only while they test it.
	 */
	void sendOnQueue(boolean on) {
		this.enabled = on;
	}

	/** A mail was queued in the current transaction (or without one): send once that commits. */
	void mailQueued() {
		if (!enabled) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			wake();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(QUEUED_IN_TRANSACTION)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(QUEUED_IN_TRANSACTION, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(QUEUED_IN_TRANSACTION);
				if (status == STATUS_COMMITTED) {
					wake();
				}
			}

		});
	}

	private void wake() {
		if (!pending.compareAndSet(false, true)) {
			return;
		}
		try {
			sender.schedule(() -> {
				pending.set(false);
				try {
					// a run stops after a bounded number of rounds: a backlog left due goes on now, not at the interval
					if (dispatcher.dispatchNow() > 0 && dispatcher.hasDue()) {
						wake();
					}
				}
				catch (RuntimeException ex) {
					// the interval dispatcher sends it later
					log.warn("Gửi ngay thư vừa vào hàng đợi không được; bộ gửi định kỳ sẽ gửi sau: {}", ex.toString());
				}
			}, GATHER_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			pending.set(false);
		}
	}

	@PreDestroy
	void stop() throws InterruptedException {
		sender.shutdown();
		sender.awaitTermination(30, TimeUnit.SECONDS);
	}

}
