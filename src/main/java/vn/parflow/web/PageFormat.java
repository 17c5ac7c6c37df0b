package vn.parflow.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import vn.parflow.plan.PlanProgress.AreaRow;
import vn.parflow.plan.PlanProgress.Counts;
import vn.parflow.plan.PlanProgress.ProgressReport;
import vn.parflow.plan.PlanProgress.UnitRow;
import vn.parflow.plan.PlanStatus;
import vn.parflow.plan.TaskStatus;

/**
 * How the pages write dates and numbers, as Vietnamese documents do: {@code dd/MM/yyyy}, times
 * {@code HH:mm dd/MM/yyyy} in the plans' time zone, percentages with a decimal comma. Templates call it as
 * {@code @pf}.
 */
@Component("pf")
public class PageFormat {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private static final String[] WEEKDAYS = { "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
			"Chủ nhật" };

	private final Clock clock;

	private final ObjectMapper json;

	PageFormat(Clock clock, ObjectMapper json) {
		this.clock = clock;
		this.json = json;
	}

	public String planStatus(PlanStatus status) {
		return status == null ? "" : switch (status) {
			case DRAFT -> "Nháp";
			case ACTIVE -> "Đang thực hiện";
		};
	}

	public String taskStatus(TaskStatus status) {
		return status == null ? "" : switch (status) {
			case NOT_STARTED -> "Chưa bắt đầu";
			case ASSIGNED -> "Đã giao";
			case IN_COORDINATION -> "Đang lấy ý kiến";
			case IN_PROGRESS -> "Đang thực hiện";
			case SUBMITTED -> "Chờ duyệt";
			case RETURNED -> "Bị trả lại";
			case DONE -> "Hoàn thành";
		};
	}

	/** The dashboard's figures for its charts, as JSON that is safe inside a script element. */
	public String json(ProgressReport report, Counts total, List<AreaRow> areas, List<UnitRow> units)
			throws JsonProcessingException {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("plan", report.planCode());
		data.put("total", total);
		data.put("areas", areas);
		data.put("units", units);
		return json.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	public String day(LocalDate day) {
		return day == null ? "" : DAY.format(day);
	}

	public String time(Instant at) {
		return at == null ? "" : TIME.format(at.atZone(clock.getZone()));
	}

	public String weekday(LocalDate day) {
		return day == null ? "" : WEEKDAYS[day.getDayOfWeek().getValue() - 1];
	}

	public String percent(double value) {
		return String.format(Locale.ROOT, "%.1f", value).replace('.', ',') + "%";
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** "còn 3 ngày", "hôm nay", "quá 2 ngày". */
	public String daysLeft(LocalDate due) {
		if (due == null) {
			return "";
		}
		long days = java.time.temporal.ChronoUnit.DAYS.between(today(), due);
		if (days == 0) {
			return "hạn hôm nay";
		}
		return days > 0 ? "còn " + days + " ngày" : "quá " + (-days) + " ngày";
	}

	public String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return (bytes / 1024) + " KB";
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0).replace('.', ',');
	}

}
