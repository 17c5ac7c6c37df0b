package vn.parflow.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.task.Task;

/**
 * What a person may write into a process through the engine's REST API and the webapps' API. The ids and decisions
 * a process trusts ({@code planTaskId}, {@code officer}, {@code coordinatingUnit}, {@code deadlineIndex},
 * {@code approved}, {@code reportCycleId}…, see {@code parflow.security.trusted-variables}) are written by Parflow's
 * own code only:
 * <ul>
 * <li>completing a task ({@code complete}, {@code submit-form}, {@code resolve}) carries only the fields its form
 * declares (the Camunda Form the task links, as deployed): the step that asks “which officer?” may write
 * {@code officer}, a coordinating unit's input step may not;</li>
 * <li>every other write (task, process instance and execution variables, modifications, messages, signals, starts)
 * that names a trusted variable is refused, for administrators too.</li>
 * </ul>
 * The listeners of the processes check again that the data they get still matches Parflow's own records.
 */
class ProcessVariableGuard {

	static final String NOT_IN_FORM = "Bước “%s” chỉ nhận các trường của biểu mẫu của nó; “%s” không phải trường của"
			+ " biểu mẫu này.";

	static final String TRUSTED = "Biến “%s” do Parflow ghi, không ai được đặt hay sửa qua API.";

	private static final Pattern COMPLETION = Pattern.compile("^/task/([^/]+)/(complete|submit-form|resolve)/?$");

	private static final Pattern VARIABLE_PATH = Pattern.compile("/(?:variables|localVariables)/([^/]+)");

	/** The JSON fields whose object keys (or array of names) are variable names. */
	private static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "localVariables",
			"processVariables", "processVariablesLocal", "processVariablesToTriggeredScope", "variablesLocal");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ProcessEngine engine;

	private final Set<String> trusted;

	private final String restPath;

	private final String webappEnginePath;

	ProcessVariableGuard(ProcessEngine engine, Collection<String> trusted, String restPath, String webappPath) {
		this.engine = engine;
		this.trusted = Set.copyOf(trusted);
		this.restPath = restPath;
		this.webappEnginePath = webappPath + "/api/engine/engine/";
	}

	/** Why the request is refused (403), or empty. */
	Optional<String> check(String method, String requestUri, JsonNode body) {
		if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
			return Optional.empty();
		}
		String path = enginePath(requestUri);
		Matcher variable = VARIABLE_PATH.matcher(path);
		while (variable.find()) {
			if (trusted.contains(variable.group(1))) {
				return Optional.of(TRUSTED.formatted(variable.group(1)));
			}
		}
		Matcher completion = COMPLETION.matcher(path);
		if (completion.matches()) {
			return completion(completion.group(1), body);
		}
		Set<String> names = new LinkedHashSet<>();
		collectNames(body, names);
		return names.stream().filter(trusted::contains).findFirst().map(TRUSTED::formatted);
	}

	private Optional<String> completion(String taskId, JsonNode body) {
		Set<String> names = new LinkedHashSet<>();
		collectNames(body, names);
		if (names.isEmpty()) {
			return Optional.empty();
		}
		Task task = engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
		if (task == null) {
			// the engine answers 404 (or 403) itself; nothing is written
			return names.stream().filter(trusted::contains).findFirst().map(TRUSTED::formatted);
		}
		Set<String> declared = declaredFields(task);
		for (String name : names) {
			if (!declared.contains(name)) {
				return Optional.of(NOT_IN_FORM.formatted(task.getName(), name));
			}
		}
		return Optional.empty();
	}

	/**
	 * The keys of the fields of the task's Camunda Form, as deployed and as the Tasklist shows it
	 * ({@code FormService.getDeployedTaskForm}); none when it has no form.
	 */
	private Set<String> declaredFields(Task task) {
		CamundaFormRef ref = task.getCamundaFormRef();
		if (ref == null) {
			return Set.of();
		}
		try (InputStream in = engine.getFormService().getDeployedTaskForm(task.getId())) {
			Set<String> keys = new LinkedHashSet<>();
			collectFormKeys(JSON.readTree(in), keys);
			return keys;
		}
		catch (IOException | RuntimeException ex) {
			// no form deployed: the completion may carry no field at all
			return Set.of();
		}
	}

	private static void collectFormKeys(JsonNode node, Set<String> keys) {
		if (node == null) {
			return;
		}
		if (node.isObject()) {
			JsonNode key = node.get("key");
			JsonNode type = node.get("type");
			if (key != null && key.isTextual() && type != null && !"default".equals(type.asText())) {
				keys.add(key.asText());
			}
			node.elements().forEachRemaining(child -> collectFormKeys(child, keys));
		}
		else if (node.isArray()) {
			node.elements().forEachRemaining(child -> collectFormKeys(child, keys));
		}
	}

	/** The variable names a body writes: the keys of its variable maps, at any depth, and the names it deletes. */
	private static void collectNames(JsonNode node, Set<String> names) {
		if (node == null) {
			return;
		}
		if (node.isArray()) {
			node.elements().forEachRemaining(child -> collectNames(child, names));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			JsonNode value = field.getValue();
			if (VARIABLE_MAPS.contains(field.getKey()) && value.isObject()) {
				value.fieldNames().forEachRemaining(names::add);
			}
			else if ("deletions".equals(field.getKey()) && value.isArray()) {
				value.elements().forEachRemaining(name -> names.add(name.asText()));
			}
			collectNames(value, names);
		}
	}

	/** The path after the engine's API prefix, decoded as the API decodes it, without path parameters. */
	String enginePath(String requestUri) {
		String path = URLDecoder.decode(requestUri.replace("+", "%2B"), StandardCharsets.UTF_8)
			.replaceAll(";[^/]*", "")
			.replaceAll("/{2,}", "/");
		if (path.startsWith(restPath + "/")) {
			return path.substring(restPath.length());
		}
		if (path.startsWith(webappEnginePath)) {
			String rest = path.substring(webappEnginePath.length());
			int slash = rest.indexOf('/');
			return slash < 0 ? "/" : rest.substring(slash);
		}
		return path;
	}

	static List<String> defaults() {
		return List.of("planTaskId", "officer", "coordinatingUnit", "deadlineIndex", "approved", "reportCycleId",
				"reportApproved", "reportLabel", "unitCode", "decision", "nrOfInstances", "nrOfActiveInstances",
				"nrOfCompletedInstances", "loopCounter");
	}

}
