package vn.parflow.web;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import vn.parflow.directory.GroupNames;

/**
 * Who is looking at a page: the logged-in user, their name, and what their Camunda groups let them see. Approvers,
 * plan administrators and administrators watch whole plans; everyone else sees the work of their own units (a head
 * sees their unit), as the API scopes a task's history.
 */
public record Viewer(String username, String name, Set<String> groups) {

	static Viewer of(Authentication authentication, String name) {
		Set<String> groups = new TreeSet<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String value = authority.getAuthority();
			if (value != null && value.startsWith("GROUP_")) {
				groups.add(value.substring("GROUP_".length()));
			}
		}
		return new Viewer(authentication.getName(), name == null ? authentication.getName() : name, groups);
	}

	/** Sees every unit of every plan. */
	public boolean watcher() {
		return groups.stream().anyMatch(GroupNames.WATCHERS::contains);
	}

	public boolean planAdmin() {
		return groups.contains(GroupNames.PLAN_ADMINS) || groups.contains(GroupNames.CAMUNDA_ADMIN);
	}

	/** The codes of the units the person works in ({@code unit-<code>}). */
	public Set<String> units() {
		Set<String> units = new TreeSet<>();
		for (String group : groups) {
			String unit = GroupNames.unitOf(group);
			if (unit != null) {
				units.add(unit);
			}
		}
		return units;
	}

	/** Sees the work of this unit. */
	public boolean sees(String unitCode) {
		return watcher() || units().contains(unitCode);
	}

	public String initials() {
		String[] parts = name.strip().split("\\s+");
		return parts[parts.length - 1].substring(0, 1).toUpperCase();
	}

}
