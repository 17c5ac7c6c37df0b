package vn.parflow.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.parflow.directory.DirectoryChanged;
import vn.parflow.directory.Directory;
import vn.parflow.directory.GroupNames;

/**
 * What each group may do in the engine, written idempotently at start-up and after every directory change (a new
 * unit gets its grants at once). The engine runs with authorizations on; Parflow's own services run without a
 * current user and are not checked.
 * <table>
 * <tr><th>group</th><th>may</th></tr>
 * <tr><td>camunda-admin</td><td>everything ({@link Administrators})</td></tr>
 * <tr><td>every unit-&lt;code&gt;</td><td>Tasklist; read the process definitions; read, take and complete the
 * tasks offered to the unit and read their variables, history and process instance (granted per task by the
 * engine, {@link UnitAuthorizationProvider}); filters “Việc của tôi”, “Việc của đơn vị”, “Quá hạn”</td></tr>
 * <tr><td>approvers, plan-admins</td><td>the same, plus Cockpit and reading every process instance, task and
 * history of Parflow's processes (not changing them); filter “Chờ phê duyệt”</td></tr>
 * <tr><td>everyone logged in</td><td>read users and groups (names in the Tasklist)</td></tr>
 * </table>
 */
@Component
@Order(100)
class AuthorizationSetup implements ApplicationRunner {

	private final Administrators administrators;

	private final Directory directory;

	private final Grants grants;

	private final TaskFilters filters;

	private final IdentityService identity;

	AuthorizationSetup(Administrators administrators, Directory directory, Grants grants, TaskFilters filters,
			IdentityService identity) {
		this.administrators = administrators;
		this.directory = directory;
		this.grants = grants;
		this.filters = filters;
		this.identity = identity;
	}

	@Override
	public void run(ApplicationArguments args) {
		Privileged.run(identity, () -> {
			filters.ensure();
			grantAll();
		});
	}

	/** Inside the import's transaction: the new units' groups can work as soon as the import commits. */
	@EventListener
	void directoryChanged(DirectoryChanged event) {
		Privileged.run(identity, this::grantAll);
	}

	void grantAll() {
		administrators.ensureGroup();
		grants.toEveryone(Resources.USER, "*", Permissions.READ);
		grants.toEveryone(Resources.GROUP, "*", Permissions.READ);

		List<String> watchers = List.of(GroupNames.APPROVERS, GroupNames.PLAN_ADMINS);
		List<String> workers = new ArrayList<>();
		for (String unit : directory.activeUnits()) {
			workers.add(GroupNames.unit(unit));
		}
		workers.addAll(watchers);
		for (String group : workers) {
			grants.toGroup(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grants.toGroup(group, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);
		}
		for (String group : watchers) {
			grants.toGroup(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
			grants.toGroup(group, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
					ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
					ProcessDefinitionPermissions.READ_HISTORY);
			grants.toGroup(group, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
			grants.toGroup(group, Resources.DEPLOYMENT, "*", Permissions.READ);
		}
		filters.grant(workers, watchers);
	}

}
