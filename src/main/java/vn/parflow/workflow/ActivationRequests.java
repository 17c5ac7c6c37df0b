package vn.parflow.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.parflow.workflow.PlanActivation.ActivationRefused;
import vn.parflow.workflow.PlanActivation.ActivationResult;

/**
 * Activation as a client asks for it. A plan with few tasks to start is activated within the request (200 with the
 * counts); a large one ({@code parflow.workflow.async-activation-from} tasks or more, 2,000-task plans take minutes)
 * is activated in the background, still all or nothing in one transaction, and the request answers at once with
 * 202 and the address of its status ({@code GET /api/plans/{code}/activation}), which shows the processes started so
 * far. One activation per plan at a time on this node; across nodes the plan's row lock
 * ({@link PlanActivation#activate(String, PlanActivation.Progress)}) keeps a second one from starting anything twice.
 */
@Service
public class ActivationRequests {

	private static final Logger log = LoggerFactory.getLogger(ActivationRequests.class);

	public enum State {
		RUNNING, DONE, REFUSED, FAILED
	}

	/** Where a plan's activation stands. */
	public record ActivationStatus(String plan, State state, int total, int started, Integer alreadyRunning,
			String message, Instant requestedAt, Instant endedAt) {
	}

	/** The answer to an activation request: done now (result), or going on in the background (status). */
	public record Answer(ActivationResult result, ActivationStatus status) {
	}

	/** A second request while the plan's activation is still running. */
	public static class ActivationRunning extends RuntimeException {

		ActivationRunning(String code) {
			super("Kế hoạch %s đang được kích hoạt (một người khác vừa yêu cầu); hãy xem tiến độ rồi thử lại nếu cần."
				.formatted(code));
		}

	}

	private final PlanActivation activation;

	private final IdentityService identity;

	private final Clock clock;

	private final int asyncFrom;

	private final Map<String, ActivationStatus> statuses = new ConcurrentHashMap<>();

	private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "parflow-activation");
		thread.setDaemon(true);
		return thread;
	});

	ActivationRequests(PlanActivation activation, IdentityService identity, Clock clock,
			@Value("${parflow.workflow.async-activation-from:300}") int asyncFrom) {
		this.activation = activation;
		this.identity = identity;
		this.clock = clock;
		this.asyncFrom = asyncFrom;
	}

	public Answer activate(String code) {
		return activate(code, false);
	}

	/**
	 * @param confirmPast the person confirmed activating a plan whose whole period is past (otherwise refused with
	 *                    {@link PlanActivation.PastPeriodNotConfirmed})
	 */
	public Answer activate(String code, boolean confirmPast) {
		ActivationStatus current = statuses.get(code);
		if (current != null && current.state() == State.RUNNING) {
			throw new ActivationRunning(code);
		}
		int toStart = activation.toStart(code);
		activation.checkPeriod(code, confirmPast);
		if (toStart < asyncFrom) {
			return new Answer(activation.activate(code, confirmPast), null);
		}
		Instant requested = clock.instant();
		ActivationStatus running = new ActivationStatus(code, State.RUNNING, toStart, 0, null, null, requested, null);
		if (statuses.compute(code, (key, old) -> old != null && old.state() == State.RUNNING ? old : running) != running) {
			throw new ActivationRunning(code);
		}
		Authentication by = identity.getCurrentAuthentication();
		log.info("Kế hoạch {}: kích hoạt {} nhiệm vụ ở nền", code, toStart);
		background.submit(() -> run(code, confirmPast, by, requested));
		return new Answer(null, running);
	}

	public ActivationStatus status(String code) {
		return statuses.get(code);
	}

	private void run(String code, boolean confirmPast, Authentication by, Instant requested) {
		if (by != null) {
			identity.setAuthentication(by);
		}
		try {
			ActivationResult result = activation.activate(code, confirmPast, (done, total) -> statuses.put(code,
					new ActivationStatus(code, State.RUNNING, total, done, null, null, requested, null)));
			statuses.put(code, new ActivationStatus(code, State.DONE, result.started(), result.started(),
					result.alreadyRunning(), "Đã kích hoạt: %d quy trình nhiệm vụ.".formatted(result.started()), requested,
					clock.instant()));
			log.info("Kế hoạch {}: kích hoạt xong ở nền, {} quy trình", code, result.started());
		}
		catch (ActivationRefused ex) {
			statuses.put(code, new ActivationStatus(code, State.REFUSED, 0, 0, null,
					ex.getMessage() + " " + String.join(" ", ex.reasons()), requested, clock.instant()));
		}
		catch (RuntimeException ex) {
			log.error("Kế hoạch {}: kích hoạt ở nền thất bại, không quy trình nào được bắt đầu", code, ex);
			statuses.put(code, new ActivationStatus(code, State.FAILED, 0, 0, null,
					"Kích hoạt thất bại, không quy trình nào được bắt đầu: " + ex.getMessage(), requested, clock.instant()));
		}
		finally {
			identity.clearAuthentication();
		}
	}

	@PreDestroy
	void stop() {
		background.shutdownNow();
	}

}
