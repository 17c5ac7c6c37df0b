package vn.parflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The working-day calendar as a bean, read once at start-up from {@code parflow.calendar.days-off} (default
 * {@code config/calendar/days-off.yaml} in the working directory). A file that cannot be read stops the start with
 * its message: reminders on a wrong calendar are worse than no start.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

	@Bean
	WorkingDays workingDays(@Value("${parflow.calendar.days-off:file:config/calendar/days-off.yaml}") Resource file)
			throws IOException {
		if (!file.exists()) {
			throw new IllegalStateException("Không tìm thấy lịch ngày nghỉ " + file.getDescription()
					+ " (parflow.calendar.days-off): Parflow cần biết ngày nào là ngày làm việc.");
		}
		List<CalendarYear> years;
		try (InputStream in = file.getInputStream()) {
			years = DaysOffFile.read(in, file.getFilename());
		}
		for (CalendarYear year : years) {
			if (!year.announced()) {
				log.warn("Lịch ngày nghỉ năm {} chưa theo thông báo chính thức đầy đủ: {}", year.year(),
						year.note() == null ? year.source() : year.note());
			}
		}
		WorkingDays days = new WorkingDays(years);
		log.info("Lịch ngày nghỉ: các năm {} ({})", days.years(), file.getDescription());
		return days;
	}

}
