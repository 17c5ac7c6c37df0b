package vn.parflow.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A unit that gives input to a task: the directory's unit, and the text of the plan that named it (a collective
 * phrase such as "Các phòng, ban, đơn vị có liên quan" names several units).
 */
@Embeddable
public class CoordinatingUnit {

	@Column(name = "unit_code", nullable = false, length = 50)
	private String unitCode;

	@Column(name = "unit_name", nullable = false)
	private String unitName;

	@Column(name = "as_written", nullable = false, length = 500)
	private String asWritten;

	protected CoordinatingUnit() {
	}

	public CoordinatingUnit(String unitCode, String unitName, String asWritten) {
		this.unitCode = unitCode;
		this.unitName = unitName;
		this.asWritten = asWritten;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public String getUnitName() {
		return unitName;
	}

	public String getAsWritten() {
		return asWritten;
	}

}
