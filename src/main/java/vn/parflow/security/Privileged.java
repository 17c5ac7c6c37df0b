package vn.parflow.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs Parflow's own engine calls (granting authorizations, checking passwords, reading a user's groups) without
 * the engine's current authentication, so that the engine does not check them against the permissions of whoever
 * happens to be logged in on this thread; the authentication is put back afterwards.
 */
final class Privileged {

	private Privileged() {
	}

	static <T> T call(IdentityService identity, Supplier<T> work) {
		Authentication current = identity.getCurrentAuthentication();
		if (current == null) {
			return work.get();
		}
		identity.clearAuthentication();
		try {
			return work.get();
		}
		finally {
			identity.setAuthentication(current);
		}
	}

	static void run(IdentityService identity, Runnable work) {
		call(identity, () -> {
			work.run();
			return null;
		});
	}

}
