package vn.parflow.reminder;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When reminders go out ({@code parflow.reminders.*}), in the plans' time zone ({@code parflow.time-zone}).
 *
 * @param reportDaysBefore how many days before each report deadline its reminders go out
 * @param reportTime       the time of day of report reminders
 * @param digestTime       the time of day of the daily digest
 * @param digestDays       the digest lists the tasks due within this many days, and every overdue task
 * @param digestMaxItems   at most this many tasks per list in one digest; the rest is counted
 */
@ConfigurationProperties("parflow.reminders")
public record ReminderProperties(@DefaultValue({ "7", "3", "1" }) List<Integer> reportDaysBefore,
		@DefaultValue("08:00") LocalTime reportTime, @DefaultValue("07:00") LocalTime digestTime,
		@DefaultValue("7") int digestDays, @DefaultValue("30") int digestMaxItems) {

	public ReminderProperties {
		if (reportDaysBefore.stream().anyMatch(days -> days == null || days < 0) || digestDays < 1
				|| digestMaxItems < 1) {
			throw new IllegalArgumentException("parflow.reminders: số ngày nhắc trước hạn báo cáo không được âm, "
					+ "digest-days và digest-max-items phải từ 1 trở lên (đang là " + reportDaysBefore + ", "
					+ digestDays + ", " + digestMaxItems + ").");
		}
		reportDaysBefore = reportDaysBefore.stream().distinct().sorted(Comparator.reverseOrder()).toList();
	}

}
