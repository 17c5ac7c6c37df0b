package vn.parflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The working days of Vietnamese offices: Monday to Friday, less the days of the table (holidays, compensatory days
 * off, swapped days), plus the Saturdays worked in exchange. The table is data ({@code config/calendar/days-off.yaml},
 * read by {@link DaysOffFile}); a year that is not in it has its weekends only, and {@link #covers(int)} says so.
 * Plain Java, no Spring inside.
 */
public final class WorkingDays {

	static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Nobody plans across more than this many days off in a row; guards the loops against a broken table. */
	private static final int MAX_RUN = 60;

	private final Map<Integer, CalendarYear> years = new TreeMap<>();

	private final Map<LocalDate, DayOff> daysOff = new TreeMap<>();

	private final Set<LocalDate> workingSaturdays = new LinkedHashSet<>();

	public WorkingDays(Collection<CalendarYear> years) {
		for (CalendarYear year : years) {
			this.years.put(year.year(), year);
			year.daysOff().forEach(day -> daysOff.put(day.date(), day));
			year.workingDays().forEach(day -> workingSaturdays.add(day.date()));
		}
	}

	/** The calendar of a days-off file ({@code config/calendar/days-off.yaml}). */
	public static WorkingDays read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new WorkingDays(DaysOffFile.read(in, file.getFileName().toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Không đọc được lịch ngày nghỉ " + file, ex);
		}
	}

	/** The calendar of a days-off file, named as a string (for the engine's XML configuration in tests). */
	public static WorkingDays read(String file) {
		return read(Path.of(file));
	}

	/** Weekends only: for tests and for code that must run without a table. */
	public static WorkingDays weekendsOnly() {
		return new WorkingDays(List.of());
	}

	/** Whether the table has the year (otherwise only weekends are days off in it). */
	public boolean covers(int year) {
		return years.containsKey(year);
	}

	public Optional<CalendarYear> year(int year) {
		return Optional.ofNullable(years.get(year));
	}

	public List<Integer> years() {
		return List.copyOf(years.keySet());
	}

	public boolean isWorkingDay(LocalDate day) {
		if (workingSaturdays.contains(day)) {
			return true;
		}
		if (daysOff.containsKey(day)) {
			return false;
		}
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
	}

	/** The day itself when it is worked, otherwise the last working day before it. */
	public LocalDate onOrBefore(LocalDate day) {
		LocalDate d = day;
		for (int i = 0; i <= MAX_RUN && !isWorkingDay(d); i++) {
			d = d.minusDays(1);
		}
		return d;
	}

	/** The day itself when it is worked, otherwise the first working day after it. */
	public LocalDate onOrAfter(LocalDate day) {
		LocalDate d = day;
		for (int i = 0; i <= MAX_RUN && !isWorkingDay(d); i++) {
			d = d.plusDays(1);
		}
		return d;
	}

	/** The first working day after {@code day}. */
	public LocalDate nextWorkingDay(LocalDate day) {
		return onOrAfter(day.plusDays(1));
	}

	/**
	 * The {@code n}-th working day after {@code day} (n ≥ 1), as a period "N ngày làm việc kể từ ngày D" is counted:
	 * from the day after D (Bộ luật Dân sự 2015, art. 147). A negative n counts back before {@code day}.
	 */
	public LocalDate plusWorkingDays(LocalDate day, int n) {
		LocalDate d = day;
		int step = n < 0 ? -1 : 1;
		for (int left = Math.abs(n); left > 0;) {
			d = d.plusDays(step);
			if (isWorkingDay(d)) {
				left--;
			}
		}
		return d;
	}

	/** How many days off follow {@code day} before the next working day. */
	public int daysOffAfter(LocalDate day) {
		int run = 0;
		for (LocalDate d = day.plusDays(1); !isWorkingDay(d) && run < MAX_RUN; d = d.plusDays(1)) {
			run++;
		}
		return run;
	}

	/** The table's entry for the day, if it has one (weekends have none). */
	public Optional<DayOff> dayOff(LocalDate day) {
		return Optional.ofNullable(daysOff.get(day));
	}

	/** Every day of the table in the year, in date order. */
	public List<DayOff> daysOff(int year) {
		return daysOff.values().stream().filter(d -> d.date().getYear() == year).toList();
	}

	/** The breaks of the year: each run of days not worked that holds a day of the table. */
	public List<DayOffBreak> breaks(int year) {
		List<DayOffBreak> breaks = new ArrayList<>();
		LocalDate after = LocalDate.MIN;
		for (DayOff day : daysOff(year)) {
			if (!day.date().isAfter(after) || isWorkingDay(day.date())) {
				continue;
			}
			DayOffBreak found = breakOf(day.date()).orElseThrow();
			breaks.add(found);
			after = found.to();
		}
		return breaks;
	}

	/** The break the day lies in, when it is a day off of the table or a weekend next to one. */
	public Optional<DayOffBreak> breakOf(LocalDate day) {
		if (isWorkingDay(day)) {
			return Optional.empty();
		}
		LocalDate from = day;
		while (!isWorkingDay(from.minusDays(1)) && from.minusDays(1).isAfter(day.minusDays(MAX_RUN))) {
			from = from.minusDays(1);
		}
		LocalDate to = day;
		while (!isWorkingDay(to.plusDays(1)) && to.plusDays(1).isBefore(day.plusDays(MAX_RUN))) {
			to = to.plusDays(1);
		}
		Set<String> names = new LinkedHashSet<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			DayOff off = daysOff.get(d);
			if (off != null) {
				names.add(off.holiday().vietnamese());
			}
		}
		if (names.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new DayOffBreak(String.join(" và ", names), from, to));
	}

	/**
	 * What a deadline on a day off says to the officer, or empty on a working day: "Hạn 19/02/2026 rơi vào ngày nghỉ
	 * Tết Nguyên đán (14/02/2026 – 22/02/2026); ngày làm việc cuối cùng trước hạn là 13/02/2026." The deadline itself
	 * stays as the plan wrote it.
	 */
	public Optional<String> deadlineNote(LocalDate due) {
		if (isWorkingDay(due)) {
			return Optional.empty();
		}
		String what = breakOf(due).map(DayOffBreak::describe)
			.orElse(due.getDayOfWeek() == DayOfWeek.SUNDAY ? "cuối tuần (Chủ nhật)" : "cuối tuần (thứ Bảy)");
		return Optional.of("Hạn %s rơi vào ngày nghỉ %s; ngày làm việc cuối cùng trước hạn là %s."
			.formatted(DMY.format(due), what, DMY.format(onOrBefore(due))));
	}

}
