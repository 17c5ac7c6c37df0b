package vn.parflow.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a plan covers ("năm 2025" = 1/1/2025–31/12/2025, "6 tháng cuối năm 2025" = 1/7/2025–31/12/2025).
 * Recurring rules are expanded only inside it, and a phrase without a year takes its year from it.
 */
public record PlanPeriod(LocalDate start, LocalDate end) {

	public PlanPeriod {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("Kỳ kế hoạch kết thúc (" + end + ") trước khi bắt đầu (" + start + ")");
		}
	}

	public static PlanPeriod year(int year) {
		return new PlanPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(start) && !date.isAfter(end);
	}

}
