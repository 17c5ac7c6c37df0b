package vn.parflow.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Tasklist's filters, one set for everybody, each answering for the person looking at it (the engine's
 * {@code currentUser()}, {@code currentUserGroups()} and {@code now()}), and each showing only what that person may
 * read anyway:
 * <ul>
 * <li>“Việc của tôi”: tasks assigned to me;</li>
 * <li>“Việc của đơn vị”: tasks offered to my units (and my other groups), taken or not;</li>
 * <li>“Chờ phê duyệt”: approval tasks offered to my groups (approvers and plan administrators only);</li>
 * <li>“Quá hạn”: tasks I can see whose due date has passed.</li>
 * </ul>
 * The expressions are Parflow's own: no client can store one, the REST API and the webapps refuse every request
 * that carries one ({@link ExpressionGuard}).
 */
@Component
class TaskFilters {

	static final String MINE = "Việc của tôi";

	static final String UNIT = "Việc của đơn vị";

	static final String APPROVALS = "Chờ phê duyệt";

	static final String OVERDUE = "Quá hạn";

	static final List<String> ALL = List.of(MINE, UNIT, APPROVALS, OVERDUE);

	private final FilterService filters;

	private final TaskService tasks;

	private final Grants grants;

	private final String approvalTaskKeys;

	TaskFilters(FilterService filters, TaskService tasks, Grants grants,
			@Value("${parflow.security.approval-task-keys:Task_Approve%}") String approvalTaskKeys) {
		this.filters = filters;
		this.tasks = tasks;
		this.grants = grants;
		this.approvalTaskKeys = approvalTaskKeys;
	}

	/** Creates the four filters, or puts back their query and look if somebody changed them. */
	void ensure() {
		save(MINE, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), -10, "#3d8fd1",
				"Các việc đang giao cho tôi");
		save(UNIT, tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
			.includeAssignedTasks(), -5, "#5cb85c", "Các việc giao cho đơn vị của tôi, đã nhận hay chưa");
		save(APPROVALS, tasks.createTaskQuery().taskDefinitionKeyLike(approvalTaskKeys)
			.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(), 0, "#f0ad4e",
				"Sản phẩm và báo cáo chờ tôi phê duyệt");
		save(OVERDUE, tasks.createTaskQuery().dueBeforeExpression("${now()}"), 5, "#d9534f",
				"Các việc tôi thấy đã quá thời hạn");
	}

	/** Lets the groups see the filters meant for them. */
	void grant(Collection<String> workerGroups, Collection<String> approverGroups) {
		if (ALL.stream().anyMatch(name -> find(name) == null)) {
			ensure();
		}
		for (String name : List.of(MINE, UNIT, OVERDUE)) {
			String id = idOf(name);
			workerGroups.forEach(group -> grants.toGroup(group, Resources.FILTER, id, Permissions.READ));
		}
		String approvals = idOf(APPROVALS);
		approverGroups.forEach(group -> grants.toGroup(group, Resources.FILTER, approvals, Permissions.READ));
	}

	String idOf(String name) {
		Filter filter = find(name);
		if (filter == null) {
			throw new IllegalStateException("Chưa có bộ lọc Tasklist “%s”.".formatted(name));
		}
		return filter.getId();
	}

	/** The shared filter of that name (owned by nobody), or null. */
	Filter find(String name) {
		return filters.createTaskFilterQuery().filterName(name).list().stream()
			.filter(filter -> filter.getOwner() == null)
			.findFirst()
			.orElse(null);
	}

	private void save(String name, TaskQuery query, int priority, String color, String description) {
		Filter filter = find(name);
		if (filter == null) {
			filter = filters.newTaskFilter(name);
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", description);
		properties.put("priority", priority);
		properties.put("color", color);
		properties.put("refresh", true);
		filter.setQuery(query);
		filter.setProperties(properties);
		filters.saveFilter(filter);
	}

}
