package vn.parflow.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import vn.parflow.directory.GroupNames;
import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.TaskProgress;

/**
 * Who may read the audit trail of a plan task ({@code GET /api/plans/{code}/tasks/{number}/history}): the people who
 * can see the task's work, i.e. the officers of its lead and coordinating units and its officer, and the approvers,
 * plan administrators and Camunda administrators who watch the whole plan. An unknown task is let through so that
 * the endpoint answers 404 itself.
 */
@Component
class TaskHistoryAccess implements AuthorizationManager<RequestAuthorizationContext> {

	static final String PATH = "/api/plans/{code}/tasks/{number}/history";

	private final TaskProgress progress;

	TaskHistoryAccess(TaskProgress progress) {
		this.progress = progress;
	}

	@Override
	public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
		if (!(authentication.get().getPrincipal() instanceof ParflowUser user)) {
			return new AuthorizationDecision(false);
		}
		if (user.groups().stream().anyMatch(GroupNames.WATCHERS::contains)) {
			return new AuthorizationDecision(true);
		}
		Map<String, String> variables = context.getVariables();
		Optional<PlanTaskRef> task = progress.task(variables.get("code"), variables.get("number"));
		return new AuthorizationDecision(task.map(found -> concerns(found, user)).orElse(true));
	}

	static boolean concerns(PlanTaskRef task, ParflowUser user) {
		if (user.id().equals(task.officer())) {
			return true;
		}
		if (task.leadUnitCode() != null && user.groups().contains(GroupNames.unit(task.leadUnitCode()))) {
			return true;
		}
		return task.coordinatingUnitCodes() != null
				&& task.coordinatingUnitCodes().stream().anyMatch(code -> user.groups().contains(GroupNames.unit(code)));
	}

}
