package vn.parflow.directory.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

/**
 * A phrase the plans use to name several units at once ("Các phòng, ban, đơn vị có liên quan"): either every
 * active unit of kind UNIT of its locality, or a fixed list.
 */
@Entity
@Table(name = "pf_collective")
public class Collective {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String phrase;

	@Column(nullable = false)
	private boolean allUnits;

	/** The commune the phrase is used in: "all units" are that locality's units. Null in an installation of one. */
	@Column(length = 50)
	private String locality;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "pf_collective_unit", joinColumns = @JoinColumn(name = "collective_id"),
			inverseJoinColumns = @JoinColumn(name = "unit_id"))
	private Set<Unit> units = new HashSet<>();

	protected Collective() {
	}

	public Collective(String phrase) {
		this.phrase = phrase;
	}

	public Long getId() {
		return id;
	}

	public String getPhrase() {
		return phrase;
	}

	public boolean isAllUnits() {
		return allUnits;
	}

	public String getLocality() {
		return locality;
	}

	public void setLocality(String locality) {
		this.locality = locality;
	}

	public Set<Unit> getUnits() {
		return Collections.unmodifiableSet(units);
	}

	public void setPhrase(String phrase) {
		this.phrase = phrase;
	}

	public void setAllUnits(boolean allUnits) {
		this.allUnits = allUnits;
	}

	public void replaceUnits(Collection<Unit> units) {
		this.units.retainAll(units);
		this.units.addAll(units);
	}

}
