package vn.parflow.ical;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes calendar entries as an iCalendar feed (RFC 5545) that phone and desktop calendars subscribe to: one
 * all-day VEVENT per deadline, with a VALARM at each reminder time, a UID that stays the same from one download to
 * the next, and the calendar's name in X-WR-CALNAME. Text is escaped, and lines are folded at 75 octets without
 * cutting a UTF-8 character. Plain Java.
 */
final class ICalendar {

	static final String MEDIA_TYPE = "text/calendar";

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private static final String CRLF = "\r\n";

	private ICalendar() {
	}

	static String write(String calendarName, List<CalendarEntry> entries, Instant stamp) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Parflow//Lich CCHC//VI");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + text(calendarName));
		line(out, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
		line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT6H");
		line(out, "X-PUBLISHED-TTL:PT6H");
		String dtstamp = UTC.format(stamp.atOffset(ZoneOffset.UTC));
		for (CalendarEntry entry : entries) {
			LocalDate due = entry.due();
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + entry.uid());
			line(out, "DTSTAMP:" + dtstamp);
			line(out, "DTSTART;VALUE=DATE:" + DATE.format(due));
			line(out, "DTEND;VALUE=DATE:" + DATE.format(due.plusDays(1)));
			line(out, "SUMMARY:" + text((entry.done() ? "[Đã xong] " : "") + entry.label()));
			if (entry.description() != null) {
				line(out, "DESCRIPTION:" + text(entry.description()));
			}
			line(out, "CATEGORIES:" + text(entry.kind() == CalendarEntry.Kind.REPORT ? "Báo cáo" : "Nhiệm vụ"));
			line(out, "TRANSP:TRANSPARENT");
			if (!entry.done()) {
				for (String reminder : entry.reminders()) {
					line(out, "BEGIN:VALARM");
					line(out, "ACTION:DISPLAY");
					line(out, "DESCRIPTION:" + text("Sắp đến hạn: " + entry.label()));
					line(out, "TRIGGER;VALUE=DATE-TIME:"
							+ UTC.format(OffsetDateTime.parse(reminder).withOffsetSameInstant(ZoneOffset.UTC)));
					line(out, "END:VALARM");
				}
			}
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Appends a content line, folded so that no physical line exceeds 75 octets of UTF-8. */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append(CRLF).append(' ');
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append(CRLF);
	}

}
