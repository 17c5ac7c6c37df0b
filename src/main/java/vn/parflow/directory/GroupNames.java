package vn.parflow.directory;

import java.util.List;

import org.camunda.bpm.engine.authorization.Groups;

/**
 * The one place where the names of Parflow's Camunda groups are written. The directory projects its units and
 * roles onto these groups ({@link CamundaIdentity}); the processes, the Tasklist filters, the authorizations and the
 * pages find people through them:
 * <ul>
 * <li>{@code unit-<code>}: everyone in a unit (its officers and heads);</li>
 * <li>{@code unit-heads-<code>}: the unit's heads (role {@link Role#UNIT_HEAD});</li>
 * <li>{@code approvers}, {@code plan-admins}, {@code camunda-admin}: the roles {@link Role#APPROVER},
 * {@link Role#PLAN_ADMIN}, {@link Role#CAMUNDA_ADMIN}.</li>
 * </ul>
 * Unit codes are made to fit Camunda's 64-character group ids ({@link DirectoryFileReader}).
 */
public final class GroupNames {

	/** Leaders who approve deliverables and sign the reports. */
	public static final String APPROVERS = "approvers";

	/** Administrators of plans and of the directory. */
	public static final String PLAN_ADMINS = "plan-admins";

	/** Camunda's own administrators group. */
	public static final String CAMUNDA_ADMIN = Groups.CAMUNDA_ADMIN;

	/** The groups that watch whole plans (every unit's work): administrators, plan administrators, approvers. */
	public static final List<String> WATCHERS = List.of(CAMUNDA_ADMIN, PLAN_ADMINS, APPROVERS);

	private static final String UNIT = "unit-";

	private static final String HEADS = "unit-heads-";

	private GroupNames() {
	}

	/** The group of everyone in the unit: {@code unit-<code>}. */
	public static String unit(String unitCode) {
		return UNIT + unitCode;
	}

	/** The group of the unit's heads: {@code unit-heads-<code>}. */
	public static String heads(String unitCode) {
		return HEADS + unitCode;
	}

	/** The group of a role. */
	public static String of(Role role) {
		return switch (role) {
			case APPROVER -> APPROVERS;
			case PLAN_ADMIN -> PLAN_ADMINS;
			case CAMUNDA_ADMIN -> CAMUNDA_ADMIN;
			case UNIT_HEAD -> throw new IllegalArgumentException("Vai trò trưởng đơn vị có một nhóm cho mỗi đơn vị.");
		};
	}

	/** The unit whose everyone-group this is ({@code unit-<code>} → code), or null for any other group. */
	public static String unitOf(String groupId) {
		return groupId != null && groupId.startsWith(UNIT) && !groupId.startsWith(HEADS)
				? groupId.substring(UNIT.length()) : null;
	}

	/** The unit of either of its groups ({@code unit-<code>}, {@code unit-heads-<code>}), or null. */
	public static String unitCode(String groupId) {
		if (isHeads(groupId)) {
			return groupId.substring(HEADS.length());
		}
		return unitOf(groupId);
	}

	/** The role whose group this is ({@code approvers}, {@code plan-admins}, {@code camunda-admin}), or null. */
	public static Role roleOf(String groupId) {
		if (groupId == null) {
			return null;
		}
		return switch (groupId) {
			case APPROVERS -> Role.APPROVER;
			case PLAN_ADMINS -> Role.PLAN_ADMIN;
			case CAMUNDA_ADMIN -> Role.CAMUNDA_ADMIN;
			default -> null;
		};
	}

	/** Whether this is the group of some unit's heads. */
	public static boolean isHeads(String groupId) {
		return groupId != null && groupId.startsWith(HEADS);
	}

	/** Whether the directory owns the group's memberships: a unit's groups or a role's group. */
	public static boolean isDirectoryGroup(String groupId) {
		return groupId != null && (groupId.startsWith(UNIT) || APPROVERS.equals(groupId)
				|| PLAN_ADMINS.equals(groupId) || CAMUNDA_ADMIN.equals(groupId));
	}

}
