package vn.parflow.directory.internal;

import org.camunda.bpm.engine.impl.ServiceImpl;

/**
 * Runs many calls of Camunda's services as one engine command, inside the Spring transaction already open. The engine
 * reuses the command of its thread, so the calls share one command context. Without it every call inside a long
 * transaction opens its own context, and camunda-engine-spring keeps each one (its {@code SpringTransactionContext}
 * registers a transaction synchronization that holds it) until the transaction ends: a province's directory import
 * made some 250,000 engine calls in one transaction, over 600 MB of heap held until its commit.
 * <p>
 * What the calls write is flushed when the command closes, not call by call: a call that reads by id (the user of a
 * new membership, a group created just before) finds what an earlier call wrote in the command's cache, but a query
 * does not see it.
 */
public final class OneEngineCommand {

	private OneEngineCommand() {
	}

	/** Runs {@code work} in one command of {@code service}'s engine (as it is without an engine behind the service). */
	public static void run(Object service, Runnable work) {
		if (!(service instanceof ServiceImpl engine)) {
			work.run();
			return;
		}
		engine.getCommandExecutor().execute(command -> {
			work.run();
			return null;
		});
	}

}
