package vn.parflow.workflow;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The indexes the Tasklist's queries need on Camunda's own tables and that Camunda's schema lacks, created once the
 * engine has created or updated its schema (Flyway runs before the engine's tables exist, so this is engine
 * configuration). Each is only an index: it changes no result, only how fast the same result comes.
 * <ul>
 * <li>the filter “Quá hạn” ({@code dueBefore now}): the open tasks by due date;</li>
 * <li>candidate queries ({@code candidateUser}, {@code candidateGroupIn}, the filter “Việc của đơn vị”): a task's
 * candidate links read from the index alone, and a group's tasks found from the group;</li>
 * <li>the authorization check of every task query (the tasks a person may read): a task's grants found by resource
 * id with the grantee and permissions in the index.</li>
 * </ul>
 */
@Component
class TasklistIndexes extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(TasklistIndexes.class);

	static final Map<String, String> INDEXES = new LinkedHashMap<>();

	static {
		INDEXES.put("PF_IDX_TASK_DUE", "ACT_RU_TASK (DUE_DATE_)");
		INDEXES.put("PF_IDX_IDLNK_TASK_CAND", "ACT_RU_IDENTITYLINK (TASK_ID_, TYPE_, GROUP_ID_, USER_ID_)");
		INDEXES.put("PF_IDX_IDLNK_GROUP_TASK", "ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)");
		INDEXES.put("PF_IDX_AUTH_RES_GRANTEE",
				"ACT_RU_AUTHORIZATION (RESOURCE_ID_, RESOURCE_TYPE_, TYPE_, GROUP_ID_, USER_ID_, PERMS_)");
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		DataSource dataSource = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration()).getDataSource();
		try (Connection connection = dataSource.getConnection()) {
			for (Map.Entry<String, String> index : INDEXES.entrySet()) {
				String table = index.getValue().substring(0, index.getValue().indexOf(' '));
				if (!exists(connection, table, index.getKey())) {
					try (Statement statement = connection.createStatement()) {
						statement.execute("CREATE INDEX " + index.getKey() + " ON " + index.getValue());
					}
					log.info("Chỉ mục {} đã được tạo trên {}", index.getKey(), index.getValue());
				}
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Không tạo được chỉ mục cho Tasklist: " + ex.getMessage(), ex);
		}
	}

	private static boolean exists(Connection connection, String table, String index) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		for (String name : new String[] { table, table.toLowerCase(Locale.ROOT) }) {
			try (ResultSet indexes = meta.getIndexInfo(connection.getCatalog(), null, name, false, true)) {
				while (indexes.next()) {
					if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
						return true;
					}
				}
			}
		}
		return false;
	}

}
