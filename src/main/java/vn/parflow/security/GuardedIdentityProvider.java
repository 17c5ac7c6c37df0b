package vn.parflow.security;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.identity.db.DbUserQueryImpl;

import vn.parflow.directory.DirectorySync;

/**
 * Camunda's own user and group store, with two additions for every change, whoever makes it (Camunda Admin, the
 * REST API, Parflow's directory import):
 * <ul>
 * <li>{@code camunda-admin} never becomes empty: deleting its last member, the membership of its last member, or the
 * group itself is refused. An empty {@code camunda-admin} is what opens Camunda's first-run setup to anybody.</li>
 * <li>Parflow's directory (units, people) is told which users and groups changed, so that it stays in step with
 * what an administrator edits in Camunda Admin ({@link DirectorySync}).</li>
 * </ul>
 */
class GuardedIdentityProvider extends DbIdentityServiceProvider {

	static final String ADMINS = Groups.CAMUNDA_ADMIN;

	static final String LAST_ADMIN = "Không thể bỏ người quản trị cuối cùng của nhóm camunda-admin: hãy thêm một quản"
			+ " trị viên khác trước.";

	static final String ADMIN_GROUP = "Không thể xoá nhóm camunda-admin: Parflow luôn cần nhóm quản trị.";

	private final Supplier<DirectorySync> directory;

	GuardedIdentityProvider(Supplier<DirectorySync> directory) {
		this.directory = directory;
	}

	@Override
	public IdentityOperationResult saveUser(User user) {
		IdentityOperationResult result = super.saveUser(user);
		userChanged(user.getId());
		return result;
	}

	@Override
	public IdentityOperationResult deleteUser(String userId) {
		refuseIfLastAdministrator(userId);
		IdentityOperationResult result = super.deleteUser(userId);
		userChanged(userId);
		return result;
	}

	@Override
	public IdentityOperationResult saveGroup(Group group) {
		IdentityOperationResult result = super.saveGroup(group);
		groupChanged(group.getId());
		return result;
	}

	@Override
	public IdentityOperationResult deleteGroup(String groupId) {
		if (ADMINS.equals(groupId)) {
			throw new BadUserRequestException(ADMIN_GROUP);
		}
		List<String> members = members(groupId);
		IdentityOperationResult result = super.deleteGroup(groupId);
		groupChanged(groupId);
		members.forEach(this::userChanged);
		return result;
	}

	@Override
	public IdentityOperationResult createMembership(String userId, String groupId) {
		IdentityOperationResult result = super.createMembership(userId, groupId);
		userChanged(userId);
		return result;
	}

	@Override
	public IdentityOperationResult deleteMembership(String userId, String groupId) {
		if (ADMINS.equals(groupId)) {
			refuseIfLastAdministrator(userId);
		}
		IdentityOperationResult result = super.deleteMembership(userId, groupId);
		userChanged(userId);
		return result;
	}

	private void refuseIfLastAdministrator(String userId) {
		long administrators = count(null);
		if (administrators <= 1 && count(userId) > 0) {
			throw new BadUserRequestException(LAST_ADMIN);
		}
	}

	/** Members of camunda-admin (or whether the user is one), whatever the current user may read. */
	private long count(String userId) {
		DbUserQueryImpl query = new DbUserQueryImpl();
		query.memberOfGroup(ADMINS);
		if (userId != null) {
			query.userId(userId);
		}
		return Context.getCommandContext().runWithoutAuthorization(() -> findUserCountByQueryCriteria(query));
	}

	private List<String> members(String groupId) {
		DbUserQueryImpl query = new DbUserQueryImpl();
		query.memberOfGroup(groupId);
		return Context.getCommandContext()
			.runWithoutAuthorization(() -> findUserByQueryCriteria(query).stream().map(User::getId).toList());
	}

	private void userChanged(String userId) {
		DirectorySync sync = directory.get();
		if (sync != null && userId != null) {
			sync.userChanged(userId);
		}
	}

	private void groupChanged(String groupId) {
		DirectorySync sync = directory.get();
		if (sync != null && groupId != null) {
			sync.groupChanged(groupId);
		}
	}

}
