package vn.parflow.workflow;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

import vn.parflow.workflow.ActivationRequests.ActivationRunning;
import vn.parflow.workflow.ActivationRequests.ActivationStatus;
import vn.parflow.workflow.PlanActivation.ActivationRefused;
import vn.parflow.workflow.PlanActivation.PastPeriodNotConfirmed;
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
	 * refused with 409 ({@code needsConfirmation: true} and why) unless {@code confirmPast=true} is sent. Every refusal
	 * is a problem, its {@code reasons} (task by task) a property.
	 */
	@PostMapping("/{code}/activate")
	ResponseEntity<Object> activate(@PathVariable String code,
			@RequestParam(name = "confirmPast", defaultValue = "false") boolean confirmPast) {
		ActivationRequests.Answer answer;
		try {
			answer = activation.activate(code, confirmPast);
		}
		catch (UnknownPlan ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		catch (ActivationRefused ex) {
			throw refused(ex);
		}
		catch (ActivationRunning ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, ex.getMessage());
		}
		catch (PessimisticLockingFailureException ex) {
			// the plan's row stayed locked by another activation longer than the database waits
			throw new ResponseStatusException(HttpStatus.CONFLICT, BUSY.formatted(code));
		}
		if (answer.result() != null) {
			return ResponseEntity.ok(answer.result());
		}
		return ResponseEntity.accepted()
			.location(URI.create("/api/plans/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8) + "/activation"))
			.body(answer.status());
	}

	/** Where the plan's background activation stands (this node's): 404 when none was asked for. */
	@GetMapping("/{code}/activation")
	ActivationStatus activation(@PathVariable String code) {
		ActivationStatus status = activation.status(code);
		if (status == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Chưa có yêu cầu kích hoạt kế hoạch %s nào đang chờ hay vừa xong trên máy chủ này.".formatted(code));
		}
		return status;
	}

	/** The task's history, oldest first: 404 when the plan has no such task. */
	@GetMapping("/{code}/tasks/{number}/history")
	List<Entry> history(@PathVariable String code, @PathVariable String number) {
		return history.history(code, number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Kế hoạch %s không có nhiệm vụ số %s.".formatted(code, number)));
	}

	/**
	 * 409 while the plan's past period is not confirmed (the same request with confirmPast=true goes on), 422 when its
	 * tasks cannot start.
	 */
	private static ErrorResponseException refused(ActivationRefused ex) {
		ErrorResponseException problem = new ErrorResponseException(
				ex instanceof PastPeriodNotConfirmed ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY);
		problem.getBody().setDetail(ex.getMessage());
		problem.getBody().setProperty("reasons", ex.reasons());
		if (ex instanceof PastPeriodNotConfirmed) {
			problem.getBody().setProperty("needsConfirmation", true);
			problem.getBody().setProperty("confirmWith", "confirmPast=true");
		}
		return problem;
	}

}
