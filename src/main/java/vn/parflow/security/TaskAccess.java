package vn.parflow.security;

import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Whether a person may see or work on a Camunda task, decided by the engine's own authorizations, the same that
 * filter the Tasklist and the REST API: a task is seen by its assignee, its candidate users and the members of its
 * candidate groups (their units), by approvers and plan administrators, and by administrators. Parflow's features
 * that hang off a task (attachments, deliverables) ask here before they show or take anything.
 */
@Service
public class TaskAccess {

	private final IdentityService identity;

	private final TaskService tasks;

	private final HistoryService history;

	private final AuthorizationService authorizations;

	private final ProcessEngineConfiguration configuration;

	private final RepositoryService repository;

	private final CamundaUsers users;

	TaskAccess(IdentityService identity, TaskService tasks, HistoryService history,
			AuthorizationService authorizations, ProcessEngine engine,
			RepositoryService repository, CamundaUsers users) {
		this.repository = repository;
		this.identity = identity;
		this.tasks = tasks;
		this.history = history;
		this.authorizations = authorizations;
		this.configuration = engine.getProcessEngineConfiguration();
		this.users = users;
	}

	/** True when the user can read the task, open or completed. */
	public boolean canSee(String userId, String taskId) {
		Optional<ParflowUser> user = users.load(userId, false);
		if (user.isEmpty() || taskId == null) {
			return false;
		}
		return as(user.get(), () -> tasks.createTaskQuery().taskId(taskId).count() > 0
				|| history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0);
	}

	/** True when the task is open and the user may work on it (complete it, attach files to it). */
	public boolean canWork(String userId, String taskId) {
		Optional<ParflowUser> found = users.load(userId, false);
		if (found.isEmpty() || taskId == null) {
			return false;
		}
		ParflowUser user = found.get();
		return Privileged.call(identity, () -> {
			Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
			if (task == null) {
				return false;
			}
			if (!configuration.isAuthorizationEnabled()) {
				return true;
			}
			if (allowed(user, Permissions.UPDATE, Resources.TASK, taskId)
					|| allowed(user, TaskPermissions.TASK_WORK, Resources.TASK, taskId)) {
				return true;
			}
			if (task.getProcessDefinitionId() == null) {
				return false;
			}
			String key = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
			return allowed(user, ProcessDefinitionPermissions.UPDATE_TASK, Resources.PROCESS_DEFINITION, key)
					|| allowed(user, ProcessDefinitionPermissions.TASK_WORK, Resources.PROCESS_DEFINITION, key);
		});
	}

	private boolean allowed(ParflowUser user, Permission permission, Resources resource, String resourceId) {
		return authorizations.isUserAuthorized(user.id(), user.groups(), permission, resource, resourceId);
	}

	private <T> T as(ParflowUser user, Supplier<T> work) {
		Authentication previous = identity.getCurrentAuthentication();
		identity.setAuthentication(user.id(), user.groups(), user.tenants());
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				identity.clearAuthentication();
			}
			else {
				identity.setAuthentication(previous);
			}
		}
	}

}
