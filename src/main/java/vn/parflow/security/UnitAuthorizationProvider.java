package vn.parflow.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's own task authorizations (candidate users and groups and the assignee get READ and UPDATE on the task,
 * and READ on its history), plus READ on the task's process instance (and its history) for the same people: an
 * officer reads the process instances of the plan tasks their unit, or they themselves, have been given, and no
 * other. Approvers and plan administrators read every instance through {@link AuthorizationSetup}.
 */
class UnitAuthorizationProvider extends DefaultAuthorizationProvider {

	@Override
	public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
		return withInstance(super.newTaskGroupIdentityLink(task, groupId, type), task, null, groupId);
	}

	@Override
	public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
		return withInstance(super.newTaskUserIdentityLink(task, userId, type), task, userId, null);
	}

	@Override
	public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
		return withInstance(super.newTaskAssignee(task, oldAssignee, newAssignee), task, newAssignee, null);
	}

	@Override
	public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
		return withInstance(super.newTaskOwner(task, oldOwner, newOwner), task, newOwner, null);
	}

	private AuthorizationEntity[] withInstance(AuthorizationEntity[] granted, Task task, String userId,
			String groupId) {
		String instance = task.getProcessInstanceId();
		if (instance == null || userId == null && groupId == null) {
			return granted;
		}
		List<AuthorizationEntity> all = new ArrayList<>(granted == null ? List.of() : Arrays.asList(granted));
		all.add(readInstance(instance, userId, groupId));
		if (isHistoricInstancePermissionsEnabled()) {
			AuthorizationEntity history = getGrantAuthorization(instance, userId, groupId,
					Resources.HISTORIC_PROCESS_INSTANCE);
			if (history == null) {
				history = createAuthorization(userId, groupId, Resources.HISTORIC_PROCESS_INSTANCE, instance,
						HistoricProcessInstancePermissions.READ);
				provideRemovalTime(history, task);
			}
			else {
				addPermissions(history, HistoricProcessInstancePermissions.READ);
			}
			all.add(history);
		}
		return all.toArray(AuthorizationEntity[]::new);
	}

	private AuthorizationEntity readInstance(String instance, String userId, String groupId) {
		AuthorizationEntity read = getGrantAuthorization(instance, userId, groupId, Resources.PROCESS_INSTANCE);
		if (read == null) {
			return createAuthorization(userId, groupId, Resources.PROCESS_INSTANCE, instance, Permissions.READ);
		}
		addPermissions(read, Permissions.READ);
		return read;
	}

}
