package vn.parflow.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.ParameterMode;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The database's plan for the Tasklist's queries as Parflow's engine really sends them: the SQL is captured from
 * MyBatis while the engine runs the query as the person (authorization check and all), its parameters written in,
 * and handed to the database's own {@code EXPLAIN}. Issue 12 asks where the task list's time goes on H2 and on
 * MariaDB; this is the answer the database gives, kept in the results file.
 */
final class QueryPlans {

	/** One query: what the person asked, the SQL the engine sent, and the database's plan for it. */
	record Plan(String query, String sql, List<String> header, List<List<String>> rows) {
	}

	private static final ThreadLocal<List<String>> CAPTURED = new ThreadLocal<>();

	private QueryPlans() {
	}

	/**
	 * Runs each query as {@code user} with a capture of the task statements it sends, then asks the database to
	 * explain each captured statement.
	 */
	static List<Plan> explain(ProcessEngine engine, String user, List<String> groups,
			Map<String, Supplier<Object>> queries) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		DataSource dataSource = configuration.getDataSource();
		org.apache.ibatis.session.Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
		if (mybatis.getInterceptors().stream().noneMatch(Capture.class::isInstance)) {
			mybatis.addInterceptor(new Capture());
		}
		Map<String, String> captured = new LinkedHashMap<>();
		engine.getIdentityService().setAuthentication(user, groups);
		try {
			queries.forEach((name, query) -> {
				List<String> into = new ArrayList<>();
				CAPTURED.set(into);
				try {
					query.get();
				}
				finally {
					CAPTURED.remove();
				}
				if (!into.isEmpty()) {
					captured.put(name, into.get(0));
				}
			});
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
		List<Plan> plans = new ArrayList<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (Map.Entry<String, String> entry : captured.entrySet()) {
				try (ResultSet rs = statement.executeQuery("EXPLAIN " + entry.getValue())) {
					ResultSetMetaData meta = rs.getMetaData();
					List<String> header = new ArrayList<>();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						header.add(meta.getColumnLabel(i));
					}
					List<List<String>> rows = new ArrayList<>();
					while (rs.next()) {
						List<String> row = new ArrayList<>();
						for (int i = 1; i <= meta.getColumnCount(); i++) {
							row.add(rs.getString(i));
						}
						rows.add(row);
					}
					plans.add(new Plan(entry.getKey(), entry.getValue(), header, rows));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("EXPLAIN failed: " + ex.getMessage(), ex);
		}
		return plans;
	}

	/** Notes the task statements sent on a thread that asked for it, with their parameters written in. */
	@Intercepts(@Signature(type = Executor.class, method = "query",
			args = { MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class }))
	static final class Capture implements Interceptor {

		@Override
		public Object intercept(Invocation invocation) throws Throwable {
			List<String> into = CAPTURED.get();
			MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
			if (into != null && statement.getId().contains("selectTask")) {
				into.add(render(statement, invocation.getArgs()[1]));
			}
			return invocation.proceed();
		}

	}

	static String render(MappedStatement statement, Object parameter) {
		BoundSql bound = statement.getBoundSql(parameter);
		org.apache.ibatis.session.Configuration configuration = statement.getConfiguration();
		boolean simple = parameter != null
				&& configuration.getTypeHandlerRegistry().hasTypeHandler(parameter.getClass());
		MetaObject meta = parameter == null || simple ? null : configuration.newMetaObject(parameter);
		String sql = bound.getSql();
		StringBuilder out = new StringBuilder(sql.length() + 256);
		int from = 0;
		for (ParameterMapping mapping : bound.getParameterMappings()) {
			if (mapping.getMode() == ParameterMode.OUT) {
				continue;
			}
			String property = mapping.getProperty();
			Object value = bound.hasAdditionalParameter(property) ? bound.getAdditionalParameter(property)
					: simple ? parameter : meta == null ? null : meta.getValue(property);
			int mark = sql.indexOf('?', from);
			out.append(sql, from, mark).append(literal(value));
			from = mark + 1;
		}
		out.append(sql.substring(from));
		return out.toString().replaceAll("\\s+", " ").strip();
	}

	private static String literal(Object value) {
		if (value == null) {
			return "NULL";
		}
		if (value instanceof Number) {
			return value.toString();
		}
		if (value instanceof Boolean flag) {
			return flag ? "TRUE" : "FALSE";
		}
		if (value instanceof Date date) {
			return "TIMESTAMP '" + new SimpleDateFormat("yyyy-MM-dd HH:mm:ss").format(date) + "'";
		}
		return "'" + value.toString().replace("'", "''") + "'";
	}

}
