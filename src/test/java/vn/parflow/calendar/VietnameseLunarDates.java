package vn.parflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Lunar days as Vietnam counts them: ICU4J's Chinese calendar with its astronomy done at GMT+7 (the Vietnamese
 * calendar's meridian; China's is GMT+8, and the two differ in some years).
 */
final class VietnameseLunarDates {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnameseLunarDates() {
	}

	/** The solar day of lunar day {@code day} of lunar month {@code month} (not a leap month) of the lunar year that starts in {@code year}. */
	static LocalDate solar(int year, int month, int day) {
		Lunar calendar = new Lunar();
		calendar.setTimeInMillis(LocalDate.of(year, 6, 1).atStartOfDay(VIETNAM).toInstant().toEpochMilli());
		int lunarYear = calendar.get(ChineseCalendar.EXTENDED_YEAR);
		calendar.clear();
		calendar.set(ChineseCalendar.EXTENDED_YEAR, lunarYear);
		calendar.set(ChineseCalendar.MONTH, month - 1);
		calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
		calendar.set(ChineseCalendar.DAY_OF_MONTH, day);
		return Instant.ofEpochMilli(calendar.getTimeInMillis()).atZone(VIETNAM).toLocalDate();
	}

	/** Mùng 1 Tết: the first day of the lunar year that starts in {@code year}. */
	static LocalDate tet(int year) {
		return solar(year, 1, 1);
	}

	/** Giỗ Tổ Hùng Vương: 10/3 lunar. */
	static LocalDate gioTo(int year) {
		return solar(year, 3, 10);
	}

	@SuppressWarnings("deprecation")
	private static final class Lunar extends ChineseCalendar {

		private static final long serialVersionUID = 1L;

		Lunar() {
			super(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"), ULocale.ROOT, new SimpleTimeZone(7 * 3600 * 1000, "GMT+7"));
		}

	}

}
