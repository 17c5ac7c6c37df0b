package vn.parflow.reminder;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outbox for administrators: what was sent, what waits (all mail waits while no SMTP server is configured) and
 * what failed, newest first; one mail with its bodies; a failed mail queued again.
 */
@RestController
@RequestMapping("/api/outbox")
class OutboxController {

	static final int MAX_SIZE = 200;

	private final OutboxStore store;

	private final MailDispatcher dispatcher;

	private final Clock clock;

	OutboxController(OutboxStore store, MailDispatcher dispatcher, Clock clock) {
		this.store = store;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	/** One page of the outbox. */
	record OutboxPage(List<OutboxEntry> items, int page, int size, long total, boolean smtpConfigured) {
	}

	@GetMapping
	OutboxPage list(@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "20") int size) {
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw new BadRequest("Trang (page) phải từ 0 trở lên, cỡ trang (size) từ 1 đến " + MAX_SIZE + ".");
		}
		OutboxStatus wanted = status(status);
		return new OutboxPage(store.page(wanted, page, size), page, size, store.count(wanted), dispatcher.canSend());
	}

	@GetMapping("/{id}")
	OutboxEntry one(@PathVariable long id) {
		return store.find(id).orElseThrow(() -> noSuchMail(id));
	}

	/** Queues a FAILED mail again, with its attempts counted from zero. */
	@PostMapping("/{id}/retry")
	OutboxEntry retry(@PathVariable long id) {
		if (store.find(id).isEmpty()) {
			throw noSuchMail(id);
		}
		if (!store.requeue(id, clock.instant())) {
			throw new Conflict("Chỉ gửi lại được thư ở trạng thái FAILED (không gửi được).");
		}
		return store.find(id).orElseThrow(() -> noSuchMail(id));
	}

	private static ResponseStatusException noSuchMail(long id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có thư mã %d trong hộp thư đi.".formatted(id));
	}

	private static OutboxStatus status(String written) {
		if (written == null || written.isBlank()) {
			return null;
		}
		try {
			return OutboxStatus.valueOf(written.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequest("Trạng thái “" + written + "” không có: chọn QUEUED, SENDING, SENT hoặc FAILED.");
		}
	}

	/** A page or status that is not there: 400. */
	static final class BadRequest extends ErrorResponseException {

		BadRequest(String message) {
			super(HttpStatus.BAD_REQUEST);
			getBody().setDetail(message);
		}

	}

	/** A mail that is not in a state to be sent again: 409. */
	static final class Conflict extends ErrorResponseException {

		Conflict(String message) {
			super(HttpStatus.CONFLICT);
			getBody().setDetail(message);
		}

	}

}
