package vn.parflow.security;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expression manager, refusing the one place where a query turns a client's text into code: every
 * query evaluates its expressions in {@code AbstractQuery.evaluateExpressions()}, for ad-hoc queries, or-queries
 * ({@code TaskQueryImpl.ensureOrExpressionsEvaluated}), saved filters and filters extended by a client's query alike,
 * whatever API the query came through (REST, the webapps' own API, Java). There, only the three expressions of
 * Parflow's own Tasklist filters ({@link #FILTER_EXPRESSIONS}, which call no bean and take no argument) are created,
 * and only while a saved filter runs; any other text is refused before it is even parsed. BPMN, DMN, forms and timers
 * create their expressions elsewhere and are not affected.
 */
class QueryExpressionRefusal extends SpringExpressionManager {

	static final String MESSAGE = "Parflow không cho phép biểu thức (${…} hoặc #{…}) trong truy vấn của Camunda: “%s”.";

	/** What {@link TaskFilters} stores; nothing else is ever evaluated in a query. */
	static final Set<String> FILTER_EXPRESSIONS = Set.of("${currentUser()}", "${currentUserGroups()}", "${now()}");

	private static final Logger log = LoggerFactory.getLogger(QueryExpressionRefusal.class);

	private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

	QueryExpressionRefusal(ApplicationContext applicationContext, Map<Object, Object> beans) {
		super(applicationContext, beans);
	}

	@Override
	public Expression createExpression(String text) {
		// the query calls this method itself: look at the nearest frames only, the whole stack only for a query
		boolean inQuery = STACK.walk(frames -> frames.limit(4)
			.anyMatch(frame -> "evaluateExpressions".equals(frame.getMethodName())
					&& AbstractQuery.class.isAssignableFrom(frame.getDeclaringClass())));
		if (!inQuery) {
			return super.createExpression(text);
		}
		boolean inFilter = STACK.walk(frames -> frames.anyMatch(frame -> frame.getClassName().startsWith(FILTER_COMMANDS)));
		if (!(inFilter && FILTER_EXPRESSIONS.contains(text))) {
			log.warn("Từ chối biểu thức trong truy vấn: {}", text);
			throw new BadUserRequestException(MESSAGE.formatted(text));
		}
		return super.createExpression(text);
	}

	/** The engine's commands that run a saved filter ({@code ExecuteFilterListCmd}, {@code …CountCmd}, …). */
	private static final String FILTER_COMMANDS = "org.camunda.bpm.engine.impl.cmd.ExecuteFilter";

}
