package vn.parflow.system;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test-only bean in every integration test's application ({@code evaluationProbe}), counting each evaluation of
 * {@code ${evaluationProbe.hit()}}: an attack test sends that expression and asserts the count stays at zero, which
 * says more than any status code.
 */
public class EvaluationProbe {

	public static final String BEAN = "evaluationProbe";

	private final AtomicInteger hits = new AtomicInteger();

	public String hit() {
		hits.incrementAndGet();
		return "tuan.vhxh";
	}

	public int hits() {
		return hits.get();
	}

	public void reset() {
		hits.set(0);
	}

}
