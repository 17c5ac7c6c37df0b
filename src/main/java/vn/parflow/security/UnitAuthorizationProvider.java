package vn.parflow.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's own task authorizations (candidate users and groups and the assignee get READ and UPDATE on the task,
 * and READ on its history), plus READ on the task's process instance (and its history) for the same people: an
 * officer reads the process instances of the plan tasks their unit, or they themselves, have been given, and no
 * other. Approvers and plan administrators read every instance through {@link AuthorizationSetup}.
 * <p>
 * The engine looks for an existing grant before it writes one (a SELECT per grant). For a task or process instance
 * created in the same command there can be none in the database (its id was generated in this command), so that
 * look-up is skipped: the grants written are exactly the same, with half the statements (a plan's activation).
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

	@Override
	protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource, String resourceId) {
		return createdInThisCommand(resource, resourceId) ? null
				: super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
	}

	@Override
	protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource, String resourceId) {
		return createdInThisCommand(resource, resourceId) ? null
				: super.getGrantAuthorizationByUserId(userId, resource, resourceId);
	}

	/** Whether the task or process instance the grant is for was created in the current command (not yet flushed). */
	static boolean createdInThisCommand(Resource resource, String resourceId) {
		CommandContext command = Context.getCommandContext();
		if (command == null || resourceId == null) {
			return false;
		}
		Class<? extends DbEntity> type;
		int kind = resource.resourceType();
		if (kind == Resources.TASK.resourceType() || kind == Resources.HISTORIC_TASK.resourceType()) {
			type = TaskEntity.class;
		}
		else if (kind == Resources.PROCESS_INSTANCE.resourceType()
				|| kind == Resources.HISTORIC_PROCESS_INSTANCE.resourceType()) {
			type = ExecutionEntity.class;
		}
		else {
			return false;
		}
		DbEntityCache cache = command.getDbEntityManager().getDbEntityCache();
		DbEntity entity = cache.get(type, resourceId);
		return entity != null && cache.isTransient(entity);
	}

}
