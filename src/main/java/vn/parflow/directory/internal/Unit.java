package vn.parflow.directory.internal;

import java.util.Collection;
import java.util.Collections;
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
import jakarta.persistence.Table;

import vn.parflow.directory.DirectoryImportService;
import vn.parflow.directory.UnitKind;
import vn.parflow.directory.UnitRef;

/**
 * An office (phòng, ban, trung tâm) or an officer post of the commune, as the directory file lists it.
 * Only {@link DirectoryImportService} changes units.
 */
@Entity
@Table(name = "pf_unit")
public class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 50)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private UnitKind kind;

	@Column(nullable = false)
	private boolean active;

	/** The commune (ward, district) the unit belongs to; null in an installation of one. */
	@Column(length = 50)
	private String locality;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "pf_unit_alias", joinColumns = @JoinColumn(name = "unit_id"))
	@Column(name = "alias", nullable = false)
	private Set<String> aliases = new HashSet<>();

	protected Unit() {
	}

	public Unit(String code, String name, UnitKind kind) {
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.active = true;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public UnitKind getKind() {
		return kind;
	}

	public String getLocality() {
		return locality;
	}

	public void setLocality(String locality) {
		this.locality = locality;
	}

	public boolean isActive() {
		return active;
	}

	/** Other ways the plans write this unit's name ("Phòng VH-XH"). */
	public Set<String> getAliases() {
		return Collections.unmodifiableSet(aliases);
	}

	public UnitRef ref() {
		return new UnitRef(code, name);
	}

	public void setName(String name) {
		this.name = name;
	}

	public void setKind(UnitKind kind) {
		this.kind = kind;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public void replaceAliases(Collection<String> aliases) {
		this.aliases.retainAll(aliases);
		this.aliases.addAll(aliases);
	}

	@Override
	public String toString() {
		return "Unit[" + code + ", " + name + "]";
	}

}
