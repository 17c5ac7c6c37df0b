package vn.parflow.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Two people at the same task at the same moment: one claim, submission or decision wins, the other gets 409 with a
 * Vietnamese problem ({@code application/problem+json}, with {@code message} for the Tasklist, which shows it),
 * never Camunda's 500. Applies to the engine's REST API and the webapps' API, for the writes that act on one task
 * ({@code /task/{id}/claim|complete|submit-form|resolve|assignee|…}): a lost optimistic lock, a task already claimed
 * by somebody else, or a task that was open a moment ago and is now done.
 */
class EngineConflicts extends OncePerRequestFilter {

	static final String CLAIMED = "Nhiệm vụ này vừa được người khác nhận; hãy tải lại danh sách việc.";

	static final String DONE = "Nhiệm vụ này vừa được người khác hoàn thành hoặc duyệt; thao tác của bạn không được"
			+ " ghi nhận. Hãy tải lại danh sách việc.";

	static final String CHANGED = "Nhiệm vụ này vừa được người khác thay đổi; hãy tải lại rồi thử lại.";

	private static final Pattern TASK_WRITE = Pattern.compile(".*/task/([^/]+)/([a-z-]+)/?$");

	private static final Set<String> LOST = Set.of("OptimisticLockingException", "TaskAlreadyClaimedException",
			"CrdbTransactionRetryException", "ProcessEnginePersistenceException");

	/**
	 * The engine's error codes of a lost race ({@code BuiltinExceptionCode}): an optimistic lock (1), a deadlock the
	 * database broke by rolling this transaction back (10000), a row another transaction removed a moment ago
	 * (10001). The REST API keeps the code when it wraps the cause, e.g. {@code submit-form} answers a
	 * {@code RestException} "Cannot submit task form …" with code 10000 when MariaDB or H2 chose it as the deadlock
	 * victim of a simultaneous decision.
	 */
	private static final Set<Integer> LOST_CODES = Set.of(1, 10000, 10001);

	private final ObjectMapper json = new ObjectMapper();

	private final TaskService tasks;

	private final HistoryService history;

	EngineConflicts(TaskService tasks, HistoryService history) {
		this.tasks = tasks;
		this.history = history;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || !TASK_WRITE.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		int status = wrapper.getStatus();
		if (status >= 400 && status != 401 && status != 403 && !response.isCommitted()) {
			Matcher task = TASK_WRITE.matcher(request.getRequestURI());
			String message = task.matches() ? conflict(wrapper, task.group(1), task.group(2)) : null;
			if (message != null) {
				wrapper.resetBuffer();
				Map<String, Object> problem = new LinkedHashMap<>();
				problem.put("type", "about:blank");
				problem.put("title", "Xung đột");
				problem.put("status", 409);
				problem.put("detail", message);
				problem.put("message", message);
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
				response.setContentLength(body.length);
				response.getOutputStream().write(body);
				return;
			}
		}
		wrapper.copyBodyToResponse();
	}

	/** The conflict a failed task write met, or null when it failed for another reason. */
	private String conflict(ContentCachingResponseWrapper response, String taskId, String action) {
		String type = "";
		int code = 0;
		try {
			JsonNode body = json.readTree(response.getContentAsByteArray());
			type = body == null || body.get("type") == null ? "" : body.get("type").asText();
			code = body == null || body.get("code") == null ? 0 : body.get("code").asInt();
		}
		catch (IOException ex) {
			// not Camunda's JSON error
		}
		boolean lost = LOST.contains(type) || LOST_CODES.contains(code);
		boolean claim = "claim".equals(action);
		if ("TaskAlreadyClaimedException".equals(type) || claim && lost) {
			return CLAIMED;
		}
		// the task was there a moment ago and is done now: somebody else completed it
		// (this runs after the request, without the caller's engine authentication)
		boolean open = tasks.createTaskQuery().taskId(taskId).count() > 0;
		if (!open && history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0) {
			return DONE;
		}
		// a lost optimistic lock, or the unique key another person's simultaneous completion hit first
		return lost ? CHANGED : null;
	}

}
