package vn.parflow.reminder;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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
	ResponseEntity<OutboxEntry> one(@PathVariable long id) {
		return ResponseEntity.of(store.find(id));
	}

	/** Queues a FAILED mail again, with its attempts counted from zero. */
	@PostMapping("/{id}/retry")
	ResponseEntity<OutboxEntry> retry(@PathVariable long id) {
		if (store.find(id).isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		if (!store.requeue(id, clock.instant())) {
			throw new Conflict("Chỉ gửi lại được thư ở trạng thái FAILED (không gửi được).");
		}
		return ResponseEntity.of(store.find(id));
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

	static final class BadRequest extends RuntimeException {

		BadRequest(String message) {
			super(message);
		}

	}

	static final class Conflict extends RuntimeException {

		Conflict(String message) {
			super(message);
		}

	}

	@ExceptionHandler(BadRequest.class)
	ProblemDetail badRequest(BadRequest ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(Conflict.class)
	ProblemDetail conflict(Conflict ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

}
