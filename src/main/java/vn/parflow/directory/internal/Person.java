package vn.parflow.directory.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import vn.parflow.directory.Role;

/**
 * A person of the directory: an officer of one or more units, perhaps their head, an approver or an administrator.
 * The username is also their Camunda user id.
 */
@Entity
@Table(name = "pf_person")
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 64)
	private String username;

	@Column(nullable = false)
	private String fullName;

	@Column(nullable = false)
	private String email;

	/** False when the person asked not to get the daily digest mail; the directory import never changes it. */
	@Column(nullable = false)
	private boolean dailyDigest = true;

	@Column(nullable = false)
	private boolean active;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "pf_person_unit", joinColumns = @JoinColumn(name = "person_id"),
			inverseJoinColumns = @JoinColumn(name = "unit_id"))
	private Set<Unit> units = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "pf_person_role", joinColumns = @JoinColumn(name = "person_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 20)
	private Set<Role> roles = new HashSet<>();

	protected Person() {
	}

	public Person(String username, String fullName, String email) {
		this.username = username;
		this.fullName = fullName;
		this.email = email;
		this.active = true;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getFullName() {
		return fullName;
	}

	public String getEmail() {
		return email;
	}

	public boolean isDailyDigest() {
		return dailyDigest;
	}

	public boolean isActive() {
		return active;
	}

	public Set<Unit> getUnits() {
		return Collections.unmodifiableSet(units);
	}

	public Set<Role> getRoles() {
		return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	/** True when the person heads the unit: they belong to it and have the role UNIT_HEAD. */
	public boolean heads(String unitCode) {
		return hasRole(Role.UNIT_HEAD) && units.stream().anyMatch(unit -> unit.getCode().equals(unitCode));
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	/** The person's own choice about the daily digest mail. */
	public void setDailyDigest(boolean dailyDigest) {
		this.dailyDigest = dailyDigest;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public void replaceUnits(Collection<Unit> units) {
		this.units.retainAll(units);
		this.units.addAll(units);
	}

	public void replaceRoles(Collection<Role> roles) {
		this.roles.retainAll(roles);
		this.roles.addAll(roles);
	}

	@Override
	public String toString() {
		return "Person[" + username + "]";
	}

}
