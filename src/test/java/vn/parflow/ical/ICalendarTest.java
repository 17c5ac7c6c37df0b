package vn.parflow.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import vn.parflow.ical.CalendarEntry.Kind;

/** The .ics feeds parse in a standard iCalendar library (ical4j) with the right all-day dates and reminders. */
class ICalendarTest {

	static final String LONG_TASK = "Hạn nhiệm vụ 2 (Quý III): Xây dựng báo cáo cải cách hành chính hàng quý và năm về "
			+ "thực hiện công tác CCHC trên địa bàn thành phố; gửi Sở Nội vụ, UBND thành phố";

	static final List<CalendarEntry> ENTRIES = List.of(
			new CalendarEntry("VIETKHE-2025-H2", Kind.REPORT, "Báo cáo công tác cải cách hành chính", null,
					"Báo cáo công tác cải cách hành chính", "Quý III", LocalDate.of(2025, 9, 9),
					"Hạn gửi báo cáo công tác cải cách hành chính – Quý III",
					List.of("2025-09-02T08:00+07:00", "2025-09-06T08:00+07:00", "2025-09-08T08:00+07:00"), false,
					"VIETKHE-2025-H2/report/bao-cao-cong-tac-cai-cach-hanh-chinh/quy-iii@parflow",
					"Báo cáo công tác cải cách hành chính – Quý III\nKế hoạch: Việt Khê"),
			new CalendarEntry("VIETKHE-2025-H2", Kind.TASK, "Xây dựng báo cáo", "2", null, null,
					LocalDate.of(2025, 9, 19), LONG_TASK, List.of("2025-09-12T08:00+07:00", "2025-09-18T08:00+07:00"),
					false, "VIETKHE-2025-H2/task/2/0@parflow", "Chủ trì: Phòng Văn hóa – Xã hội"),
			new CalendarEntry("VIETKHE-2025-H2", Kind.TASK, "Ban hành kế hoạch", "1", null, null,
					LocalDate.of(2025, 7, 31), "Hạn nhiệm vụ 1: Ban hành kế hoạch",
					List.of("2025-07-24T08:00+07:00"), true, "VIETKHE-2025-H2/task/1/0@parflow", null));

	static final Instant STAMP = Instant.parse("2025-09-01T01:02:03Z");

	@Test
	void shouldGiveEachDeadlineAnAllDayEventOnItsDueDate() throws Exception {
		Calendar calendar = parse(ICalendar.write("Parflow – Kế hoạch CCHC xã Việt Khê", ENTRIES, STAMP));

		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(3);
		assertThat(events.get(0).getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2025, 9, 9));
		assertThat(events.get(0).getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2025, 9, 10));
		assertThat(events.get(1).getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2025, 9, 19));
		assertThat(events.get(0).<Property>getProperty(Property.UID).orElseThrow().getValue())
			.isEqualTo("VIETKHE-2025-H2/report/bao-cao-cong-tac-cai-cach-hanh-chinh/quy-iii@parflow");
	}

	@Test
	void shouldRemindAtTheGivenTimesUntilTheDeadlineIsMet() throws Exception {
		Calendar calendar = parse(ICalendar.write("Lịch", ENTRIES, STAMP));
		List<VEvent> events = calendar.getComponents(Component.VEVENT);

		assertThat(events.get(0).getAlarms()).extracting(alarm -> alarm.getTrigger().orElseThrow().getDate())
			.containsExactly(Instant.parse("2025-09-02T01:00:00Z"), Instant.parse("2025-09-06T01:00:00Z"),
					Instant.parse("2025-09-08T01:00:00Z"));
		assertThat(events.get(0).getAlarms()).extracting(VAlarm::getAction)
			.allSatisfy(action -> assertThat(action.orElseThrow().getValue()).isEqualTo("DISPLAY"));
		assertThat(events.get(2).getAlarms()).isEmpty();
		assertThat(events.get(2).getSummary().getValue()).isEqualTo("[Đã xong] Hạn nhiệm vụ 1: Ban hành kế hoạch");
	}

	@Test
	void shouldKeepVietnameseTextWholeThroughFoldingAndEscaping() throws Exception {
		String ics = ICalendar.write("Parflow – Kế hoạch CCHC xã Việt Khê", ENTRIES, STAMP);
		Calendar calendar = parse(ics);
		List<VEvent> events = calendar.getComponents(Component.VEVENT);

		assertThat(events.get(1).getSummary().getValue()).isEqualTo(LONG_TASK);
		assertThat(events.get(0).getDescription().getValue())
			.isEqualTo("Báo cáo công tác cải cách hành chính – Quý III\nKế hoạch: Việt Khê");
		assertThat(calendar.<Property>getProperty("X-WR-CALNAME").orElseThrow().getValue())
			.isEqualTo("Parflow – Kế hoạch CCHC xã Việt Khê");
		assertThat(Arrays.stream(ics.split("\r\n")))
			.allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(ics).endsWith("END:VCALENDAR\r\n");
	}

	@Test
	void shouldWriteTheSameEventIdentifiersEveryTimeSoSubscribersUpdateInsteadOfDuplicating() throws Exception {
		Calendar first = parse(ICalendar.write("Lịch", ENTRIES, STAMP));
		Calendar second = parse(ICalendar.write("Lịch", ENTRIES, STAMP.plusSeconds(3600)));

		assertThat(uids(first)).isEqualTo(uids(second)).doesNotHaveDuplicates();
	}

	static List<String> uids(Calendar calendar) {
		return calendar.<VEvent>getComponents(Component.VEVENT)
			.stream()
			.map(event -> event.<Property>getProperty(Property.UID).orElseThrow().getValue())
			.toList();
	}

	static Calendar parse(String ics) throws IOException, ParserException {
		return new CalendarBuilder().build(new StringReader(ics));
	}

}
