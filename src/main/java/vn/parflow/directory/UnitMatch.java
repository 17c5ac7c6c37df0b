package vn.parflow.directory;

import java.util.List;

/**
 * What a unit name written in a plan stands for.
 *
 * @param asWritten  the name as the plan writes it
 * @param units      the unit(s) it names: one for a unit or post, several for a collective phrase
 *                   ("Các phòng, ban, đơn vị có liên quan"); empty when not found
 * @param collective true when the name is a collective phrase of the directory
 * @param error      null when found; otherwise a Vietnamese message for the person checking the plan
 * @param suggestion the name of the closest known unit when not found, or null
 */
public record UnitMatch(String asWritten, List<UnitRef> units, boolean collective, String error, String suggestion) {

	public UnitMatch {
		units = units == null ? List.of() : List.copyOf(units);
	}

	public static UnitMatch unit(String asWritten, UnitRef unit) {
		return new UnitMatch(asWritten, List.of(unit), false, null, null);
	}

	public static UnitMatch collective(String asWritten, List<UnitRef> units) {
		return new UnitMatch(asWritten, units, true, null, null);
	}

	/**
	 * Not in the directory (of {@code locality}, or the whole directory when null); {@code suggestion} (may be null)
	 * is the closest unit's name.
	 */
	static UnitMatch unknown(String asWritten, String suggestion, String locality) {
		String where = locality == null ? "danh mục" : "danh mục của địa bàn " + locality;
		String message = suggestion == null
				? "Không tìm thấy đơn vị “%s” trong %s.".formatted(asWritten, where)
				: "Không tìm thấy đơn vị “%s” trong %s; có phải “%s”?".formatted(asWritten, where, suggestion);
		return new UnitMatch(asWritten, List.of(), false, message, suggestion);
	}

	/** Found but not usable (the unit no longer works, or the name fits several units). */
	static UnitMatch problem(String asWritten, String message) {
		return new UnitMatch(asWritten, List.of(), false, message, null);
	}

	public boolean found() {
		return error == null;
	}

}
