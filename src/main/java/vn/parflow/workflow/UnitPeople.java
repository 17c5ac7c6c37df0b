package vn.parflow.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.parflow.directory.Directory;
import vn.parflow.directory.Role;

/**
 * The directory ({@link Directory}) as the workflow asks it: who heads a unit, who works in it, who approves. Within
 * one transaction (a plan's activation starts hundreds of processes whose listeners ask the same questions) each
 * answer is read once and then served from memory until the transaction ends.
 */
@Component
class UnitPeople {

	private final Directory directory;

	UnitPeople(Directory directory) {
		this.directory = directory;
	}

	/** The unit's name as the directory writes it, or the code when the directory does not know it. */
	String unitName(String unitCode) {
		return memo("unitName:" + unitCode, () -> directory.unitName(unitCode).orElse(unitCode));
	}

	/** The unit's active heads. */
	List<String> heads(String unitCode) {
		return memo("heads:" + unitCode, () -> directory.heads(unitCode));
	}

	/** Everyone active in the unit, heads included. */
	List<String> everyone(String unitCode) {
		return memo("everyone:" + unitCode, () -> directory.members(unitCode));
	}

	/** Who can be given the unit's tasks ({@link Directory#officers}). */
	List<String> officers(String unitCode) {
		return memo("officers:" + unitCode, () -> directory.officers(unitCode));
	}

	List<String> approvers() {
		return memo("approvers", () -> directory.withRole(Role.APPROVER));
	}

	List<String> planAdmins() {
		return memo("planAdmins", () -> directory.withRole(Role.PLAN_ADMIN));
	}

	/** The person's full name, or the username when the directory does not know it. */
	String name(String username) {
		return memo("name:" + username, () -> directory.fullName(username));
	}

	/** Whether the person is active and works in the unit. */
	boolean worksIn(String username, String unitCode) {
		return directory.activePerson(username).filter(person -> person.worksIn(unitCode)).isPresent();
	}

	private static final Object CACHE = new Object();

	/** The answer read once per transaction (read each time outside one). Answers are immutable. */
	@SuppressWarnings("unchecked")
	private <T> T memo(String key, Supplier<T> read) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return read.get();
		}
		Map<String, Object> cache = (Map<String, Object>) TransactionSynchronizationManager.getResource(CACHE);
		if (cache == null) {
			Map<String, Object> created = new HashMap<>();
			TransactionSynchronizationManager.bindResource(CACHE, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(CACHE);
				}

			});
			cache = created;
		}
		T found = (T) cache.get(key);
		if (found == null) {
			found = read.get();
			cache.put(key, found);
		}
		return found;
	}

}
