package vn.parflow.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of the days-off table.
 *
 * @param announced false when the day is proposed from the Labour Code and the lunar calendar, not yet from the
 *                  Government's announcement
 */
public record DayOff(LocalDate date, Holiday holiday, DayOffKind kind, String note, boolean announced) {

	public DayOff {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(holiday, "holiday");
		Objects.requireNonNull(kind, "kind");
	}

	/** "Tết Nguyên đán", "Giỗ Tổ Hùng Vương (nghỉ bù)". */
	public String name() {
		return switch (kind) {
			case HOLIDAY -> holiday.vietnamese();
			case COMPENSATORY -> holiday.vietnamese() + " (nghỉ bù)";
			case SWAPPED -> holiday.vietnamese() + " (hoán đổi ngày làm việc)";
		};
	}

}
