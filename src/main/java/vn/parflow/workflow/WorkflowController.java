package vn.parflow.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import vn.parflow.workflow.PlanActivation.ActivationRefused;
import vn.parflow.workflow.ActivationRequests.ActivationStatus;
import vn.parflow.workflow.PlanActivation.UnknownPlan;
import vn.parflow.workflow.TaskHistory.Entry;

/**
 * The workflow's part of the plan API: activate a plan (one process per task), and read a task's history. The
 * tasks' live state and the plan's progress are served by the plan API ({@code /tasks}, {@code /progress}).
 */
@RestController
@RequestMapping("/api/plans")
class WorkflowController {

	static final String BUSY = "Kế hoạch %s đang được kích hoạt bởi một yêu cầu khác; hãy thử lại sau ít phút.";

	private final ActivationRequests activation;

	private final TaskHistory history;

	WorkflowController(ActivationRequests activation, TaskHistory history) {
		this.activation = activation;
		this.history = history;
	}

	/**
	 * Starts one process per task in one go; 200 {@code {started, alreadyRunning}} (activating twice starts nothing
	 * new, also when two requests come at the same moment), 202 with the status address for a large plan
	 * (activated in the background, still all or nothing), 404 for an unknown plan, 409 for a closed plan or one
	 * being activated, 422 with the reasons when tasks could not run. A draft plan whose whole period is past is
	 * refused with 409 ({@code needsConfirmation: true} and why) unless {@code confirmPast=true} is sent.
	 */
	@PostMapping("/{code}/activate")
	ResponseEntity<Object> activate(@PathVariable String code,
			@RequestParam(name = "confirmPast", defaultValue = "false") boolean confirmPast) {
		ActivationRequests.Answer answer = activation.activate(code, confirmPast);
		if (answer.result() != null) {
			return ResponseEntity.ok(answer.result());
		}
		return ResponseEntity.accepted()
			.location(URI.create("/api/plans/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8) + "/activation"))
			.body(answer.status());
	}

	/** Where the plan's background activation stands (this node's): 404 when none was asked for. */
	@GetMapping("/{code}/activation")
	ResponseEntity<ActivationStatus> activation(@PathVariable String code) {
		return ResponseEntity.ofNullable(activation.status(code));
	}

	/** The task's history, oldest first: 404 when the plan has no such task. */
	@GetMapping("/{code}/tasks/{number}/history")
	ResponseEntity<List<Entry>> history(@PathVariable String code, @PathVariable String number) {
		return ResponseEntity.of(history.history(code, number));
	}

	@ExceptionHandler(ActivationRequests.ActivationRunning.class)
	ResponseEntity<ProblemDetail> running(ActivationRequests.ActivationRunning ex) {
		return conflict(ex.getMessage());
	}

	/** The plan's row stayed locked by another activation longer than the database waits. */
	@ExceptionHandler(PessimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> locked(PessimisticLockingFailureException ex, HttpServletRequest request) {
		String uri = request.getRequestURI();
		String code = uri.replaceAll(".*/api/plans/([^/]+)/.*", "$1");
		return conflict(BUSY.formatted(UriUtils.decode(code, StandardCharsets.UTF_8)));
	}

	private static ResponseEntity<ProblemDetail> conflict(String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
		problem.setTitle("Xung đột");
		problem.setProperty("message", message);
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(UnknownPlan.class)
	ResponseEntity<Map<String, Object>> unknown(UnknownPlan ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", ex.getMessage()));
	}

	@ExceptionHandler(ActivationRefused.class)
	ResponseEntity<Map<String, Object>> refused(ActivationRefused ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", ex.getMessage());
		body.put("reasons", ex.reasons());
		if (ex instanceof PlanActivation.PastPeriodNotConfirmed) {
			body.put("needsConfirmation", true);
			body.put("confirmWith", "confirmPast=true");
		}
		return ResponseEntity.status(ex.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY).body(body);
	}

}
