package vn.parflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The shipped days-off table (config/calendar/days-off.yaml) against the law and the lunar calendar, year by year,
 * so that a typo in the data fails here; and the working-day arithmetic on it.
 */
class WorkingDaysTest {

	static final WorkingDays DAYS = WorkingDays.read(Path.of("config/calendar/days-off.yaml"));

	static LocalDate d(int day, int month, int year) {
		return LocalDate.of(year, month, day);
	}

	static Set<LocalDate> days(int year, Holiday holiday, DayOffKind kind) {
		return DAYS.daysOff(year).stream()
			.filter(off -> off.holiday() == holiday && off.kind() == kind)
			.map(DayOff::date)
			.collect(Collectors.toSet());
	}

	static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	@Test
	void shouldShipTheYears2025To2027() {
		assertThat(DAYS.years()).containsExactly(2025, 2026, 2027);
		assertThat(DAYS.year(2025).orElseThrow().announced()).isTrue();
		assertThat(DAYS.year(2027).orElseThrow().announced()).as("2027 is not announced yet").isFalse();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2025, 2026, 2027 })
	void shouldHaveTheFiveDaysOfTetAroundTheLunarNewYear(int year) {
		LocalDate tet = VietnameseLunarDates.tet(year);
		Set<LocalDate> tetDays = days(year, Holiday.TET_AM_LICH, DayOffKind.HOLIDAY);
		assertThat(tetDays).hasSize(5);
		LocalDate first = tetDays.stream().min(LocalDate::compareTo).orElseThrow();
		// five days in a row: the last day (or two) of the old year and the first days of the new one
		assertThat(tetDays).containsExactlyInAnyOrderElementsOf(first.datesUntil(first.plusDays(5)).toList());
		assertThat(tetDays).contains(tet.minusDays(1), tet, tet.plusDays(1), tet.plusDays(2));
	}

	@ParameterizedTest
	@ValueSource(ints = { 2025, 2026, 2027 })
	void shouldHaveGioToOnTheTenthOfTheThirdLunarMonth(int year) {
		assertThat(days(year, Holiday.GIO_TO_HUNG_VUONG, DayOffKind.HOLIDAY))
			.containsExactly(VietnameseLunarDates.gioTo(year));
	}

	@ParameterizedTest
	@ValueSource(ints = { 2025, 2026, 2027 })
	void shouldHaveTheSolarHolidaysOfArticle112(int year) {
		assertThat(days(year, Holiday.TET_DUONG_LICH, DayOffKind.HOLIDAY)).containsExactly(d(1, 1, year));
		assertThat(days(year, Holiday.GIAI_PHONG_MIEN_NAM, DayOffKind.HOLIDAY)).containsExactly(d(30, 4, year));
		assertThat(days(year, Holiday.QUOC_TE_LAO_DONG, DayOffKind.HOLIDAY)).containsExactly(d(1, 5, year));
		Set<LocalDate> quocKhanh = days(year, Holiday.QUOC_KHANH, DayOffKind.HOLIDAY);
		assertThat(quocKhanh).hasSize(2).contains(d(2, 9, year));
		assertThat(quocKhanh).containsAnyOf(d(1, 9, year), d(3, 9, year));
	}

	@ParameterizedTest
	@ValueSource(ints = { 2025, 2026, 2027 })
	void shouldGiveACompensatoryDayForEveryHolidayOnAWeekendAndNoOther(int year) {
		for (Holiday holiday : Holiday.values()) {
			long onWeekends = days(year, holiday, DayOffKind.HOLIDAY).stream().filter(WorkingDaysTest::weekend).count();
			Set<LocalDate> compensatory = days(year, holiday, DayOffKind.COMPENSATORY);
			assertThat(compensatory).as("%s %d", holiday, year).hasSize((int) onWeekends);
			// the working days right after the holiday
			compensatory.forEach(day -> assertThat(DAYS.breakOf(day)).isPresent());
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 2025, 2026, 2027 })
	void shouldWorkOneSaturdayForEverySwappedDay(int year) {
		long swapped = DAYS.daysOff(year).stream().filter(off -> off.kind() == DayOffKind.SWAPPED).count();
		assertThat(DAYS.year(year).orElseThrow().workingDays()).hasSize((int) swapped);
		DAYS.year(year).orElseThrow().workingDays().forEach(day -> assertThat(DAYS.isWorkingDay(day.date())).isTrue());
	}

	@Test
	void shouldHaveTheAnnouncedBreaksOf2025And2026() {
		assertThat(DAYS.breaks(2025)).extracting(DayOffBreak::name, DayOffBreak::from, DayOffBreak::to)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Tết Dương lịch", d(1, 1, 2025), d(1, 1, 2025)),
					org.assertj.core.groups.Tuple.tuple("Tết Nguyên đán", d(25, 1, 2025), d(2, 2, 2025)),
					org.assertj.core.groups.Tuple.tuple("Giỗ Tổ Hùng Vương", d(5, 4, 2025), d(7, 4, 2025)),
					org.assertj.core.groups.Tuple.tuple("Ngày Chiến thắng 30/4 và Ngày Quốc tế Lao động 1/5",
							d(30, 4, 2025), d(4, 5, 2025)),
					org.assertj.core.groups.Tuple.tuple("Quốc khánh", d(30, 8, 2025), d(2, 9, 2025)));
		DayOffBreak tet2026 = DAYS.breakOf(d(19, 2, 2026)).orElseThrow();
		assertThat(tet2026.from()).isEqualTo(d(14, 2, 2026));
		assertThat(tet2026.to()).isEqualTo(d(22, 2, 2026));
		assertThat(tet2026.days()).isEqualTo(9);
		assertThat(DAYS.isWorkingDay(d(26, 4, 2025))).as("Saturday worked for Friday 02/05/2025").isTrue();
		assertThat(DAYS.isWorkingDay(d(2, 5, 2025))).isFalse();
	}

	@Test
	void shouldMoveToTheLastWorkingDayBeforeADayOff() {
		assertThat(DAYS.onOrBefore(d(19, 2, 2026))).isEqualTo(d(13, 2, 2026));
		assertThat(DAYS.onOrBefore(d(14, 9, 2025))).isEqualTo(d(12, 9, 2025));
		assertThat(DAYS.onOrBefore(d(3, 5, 2025))).isEqualTo(d(29, 4, 2025));
		assertThat(DAYS.onOrBefore(d(10, 9, 2025))).isEqualTo(d(10, 9, 2025));
		assertThat(DAYS.nextWorkingDay(d(13, 2, 2026))).isEqualTo(d(23, 2, 2026));
	}

	@Test
	void shouldCountWorkingDaysFromTheDayAfter() {
		// Wednesday 01/10/2025: 02, 03, 06, 07, 08/10
		assertThat(DAYS.plusWorkingDays(d(1, 10, 2025), 5)).isEqualTo(d(8, 10, 2025));
		// across Tết 2026: 13/02 (Fri) + 3 → 23, 24, 25/02
		assertThat(DAYS.plusWorkingDays(d(13, 2, 2026), 3)).isEqualTo(d(25, 2, 2026));
		// the Saturday worked in 2025 counts
		assertThat(DAYS.plusWorkingDays(d(25, 4, 2025), 1)).isEqualTo(d(26, 4, 2025));
	}

	@Test
	void shouldSayWhenADeadlineFallsOnADayOff() {
		assertThat(DAYS.deadlineNote(d(19, 2, 2026))).contains("Hạn 19/02/2026 rơi vào ngày nghỉ Tết Nguyên đán "
				+ "(14/02/2026 – 22/02/2026); ngày làm việc cuối cùng trước hạn là 13/02/2026.");
		assertThat(DAYS.deadlineNote(d(14, 9, 2025))).contains(
				"Hạn 14/09/2025 rơi vào ngày nghỉ cuối tuần (Chủ nhật); ngày làm việc cuối cùng trước hạn là 12/09/2025.");
		assertThat(DAYS.deadlineNote(d(9, 9, 2025))).isEmpty();
	}

	@Test
	void shouldTreatAYearOutsideTheTableAsWeekendsOnly() {
		assertThat(DAYS.covers(2028)).isFalse();
		assertThat(DAYS.isWorkingDay(d(3, 1, 2028))).isTrue();
		assertThat(DAYS.isWorkingDay(d(1, 1, 2028))).isFalse(); // a Saturday
	}

	@Test
	void shouldRefuseABrokenTableNamingTheItem() {
		assertThatThrownBy(() -> read("""
				years:
				  - year: 2026
				    daysOff:
				      - { date: 31/02/2026, holiday: QUOC_KHANH, kind: HOLIDAY }
				"""))
			.hasMessage("days-off.yaml, năm 2026, daysOff mục 1: ngày “31/02/2026” không đúng dạng dd/MM/yyyy hoặc không có thật.");
		assertThatThrownBy(() -> read("""
				years:
				  - year: 2026
				    daysOff:
				      - { date: 02/09/2026, holiday: QUOC_KHANH, kind: HOLIDAY }
				      - { date: 02/09/2026, holiday: QUOC_KHANH, kind: HOLIDAY }
				"""))
			.hasMessage("days-off.yaml, năm 2026, daysOff mục 2: ngày 02/09/2026 đã có ở trên.");
		assertThatThrownBy(() -> read("""
				years:
				  - year: 2026
				    daysOff:
				      - { date: 02/09/2025, holiday: QUOC_KHANH, kind: HOLIDAY }
				"""))
			.hasMessage("days-off.yaml, năm 2026, daysOff mục 1: ngày 02/09/2025 không thuộc năm 2026.");
		assertThatThrownBy(() -> read("""
				years:
				  - year: 2026
				    workingDays:
				      - { date: 04/09/2026 }
				"""))
			.hasMessage("days-off.yaml, năm 2026, workingDays mục 1: ngày làm bù 04/09/2026 không phải thứ Bảy hoặc Chủ nhật.");
		assertThatThrownBy(() -> read("""
				years:
				  - year: 2026
				    daysOff:
				      - { date: 02/09/2026, holiday: QUOC_KHANH, kind: NGHI }
				"""))
			.hasMessageContaining("“kind” phải là một trong HOLIDAY, COMPENSATORY, SWAPPED, không phải “NGHI”");
	}

	@Test
	void shouldNotCallAnOrdinaryHolidayMonthDayAWorkingDayInAnyShippedYear() {
		for (int year : DAYS.years()) {
			for (MonthDay fixed : List.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 2))) {
				assertThat(DAYS.isWorkingDay(fixed.atYear(year))).as("%s/%d", fixed, year).isFalse();
			}
		}
	}

	private static List<CalendarYear> read(String yaml) {
		return DaysOffFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "days-off.yaml");
	}

}
