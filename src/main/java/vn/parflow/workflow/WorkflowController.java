package vn.parflow.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.parflow.workflow.PlanActivation.ActivationRefused;
import vn.parflow.workflow.PlanActivation.ActivationResult;
import vn.parflow.workflow.PlanActivation.UnknownPlan;
import vn.parflow.workflow.TaskHistory.Entry;

/**
 * The workflow's part of the plan API: activate a plan (one process per task), and read a task's history. The
 * tasks' live state and the plan's progress are served by the plan API ({@code /tasks}, {@code /progress}).
 */
@RestController
@RequestMapping("/api/plans")
class WorkflowController {

	private final PlanActivation activation;

	private final TaskHistory history;

	WorkflowController(PlanActivation activation, TaskHistory history) {
		this.activation = activation;
		this.history = history;
	}

	/**
	 * Starts one process per task in one go; 200 {@code {started, alreadyRunning}} (activating twice starts nothing
	 * new), 404 for an unknown plan, 409 for a closed plan, 422 with the reasons when tasks could not run.
	 */
	@PostMapping("/{code}/activate")
	ActivationResult activate(@PathVariable String code) {
		return activation.activate(code);
	}

	/** The task's history, oldest first: 404 when the plan has no such task. */
	@GetMapping("/{code}/tasks/{number}/history")
	ResponseEntity<List<Entry>> history(@PathVariable String code, @PathVariable String number) {
		return ResponseEntity.of(history.history(code, number));
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
		return ResponseEntity.status(ex.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY).body(body);
	}

}
