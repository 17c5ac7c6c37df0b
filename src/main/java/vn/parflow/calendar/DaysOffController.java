package vn.parflow.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/calendar/days-off?year=2026}: the days off of a year as the table has them, with Vietnamese names,
 * the breaks they make with the weekends around them, and the Saturdays worked in exchange. Any logged-in person.
 */
@RestController
class DaysOffController {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private final WorkingDays workingDays;

	private final Clock clock;

	DaysOffController(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	record DayOffView(LocalDate date, String day, String weekday, String name, DayOffKind kind, String kindName,
			String note, boolean announced) {
	}

	record WorkingDayView(LocalDate date, String day, String weekday, String note) {
	}

	record BreakView(String name, LocalDate from, LocalDate to, long days, String text) {
	}

	record YearView(int year, boolean announced, String source, String note, List<DayOffView> daysOff,
			List<WorkingDayView> workingDays, List<BreakView> breaks) {
	}

	@GetMapping("/api/calendar/days-off")
	YearView daysOff(@RequestParam(required = false) Integer year) {
		int wanted = year == null ? LocalDate.now(clock).getYear() : year;
		CalendarYear table = workingDays.year(wanted)
			.orElseThrow(() -> new NoSuchYear("Lịch ngày nghỉ chưa có năm " + wanted + " (có các năm "
					+ workingDays.years() + "); quản trị viên bổ sung trong config/calendar/days-off.yaml."));
		return new YearView(table.year(), table.announced(), table.source(), table.note(),
				table.daysOff().stream()
					.map(d -> new DayOffView(d.date(), WorkingDays.DMY.format(d.date()), weekday(d.date()), d.name(),
							d.kind(), d.kind().vietnamese(), d.note(), d.announced()))
					.toList(),
				table.workingDays().stream()
					.map(d -> new WorkingDayView(d.date(), WorkingDays.DMY.format(d.date()), weekday(d.date()), d.note()))
					.toList(),
				workingDays.breaks(wanted).stream()
					.map(b -> new BreakView(b.name(), b.from(), b.to(), b.days(), b.describe()))
					.toList());
	}

	private static String weekday(LocalDate date) {
		return date.getDayOfWeek().getDisplayName(TextStyle.FULL, VIETNAMESE);
	}

	/** A year the table does not have: 404. */
	static final class NoSuchYear extends ErrorResponseException {

		NoSuchYear(String message) {
			super(HttpStatus.NOT_FOUND);
			getBody().setDetail(message);
		}

	}

}
