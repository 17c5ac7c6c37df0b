package vn.parflow.system;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What the listeners of every Parflow process read from a user task the same way: who completed it (for the task's
 * history and the report cycle's record), the date a form field holds, and the refusal of a step the listener does
 * not know. PlanTaskProcess ({@code workflow}) and ReportCycleProcess ({@code reporting}) both use it, so that an
 * auditor reads "who did it" and a person types a date by one rule everywhere.
 */
public final class ProcessTasks {

	/** The Vietnamese way of writing a day, also accepted in a form's text: 08/09/2025, 8/9/2025. */
	private static final DateTimeFormatter VIETNAMESE_DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/** A form-js datetime field with a time zone: 2025-09-08T14:00+07:00, 2025-09-08T07:00Z. */
	private static final Pattern WITH_OFFSET = Pattern.compile(".*T.*(Z|[+-]\\d{2}:\\d{2})$");

	private ProcessTasks() {
	}

	/**
	 * Who completed the task, as its history records it: the person logged in who completed it (Tasklist, REST API),
	 * who may be a head or an administrator completing a task claimed by someone else; the task's assignee when
	 * nobody is logged in (a job, a call from Parflow itself). Null when there is neither.
	 */
	public static String completedBy(DelegateTask task) {
		String user = currentUser(task.getProcessEngineServices());
		return user != null ? user : task.getAssignee();
	}

	/** The user logged in to the engine for this call, or null (a job, a call from Parflow itself). */
	public static String currentUser(ProcessEngineServices engine) {
		Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
		return authentication == null ? null : authentication.getUserId();
	}

	/**
	 * The day a date field of a form holds: a {@link Date} (REST API, a Date variable) taken in {@code zone};
	 * {@code 2025-09-08} as a Camunda Form's date field submits it, also with a time ({@code 2025-09-08T14:00}, the
	 * datetime shapes of form-js; with a time zone the day is the one in {@code zone}); or {@code 08/09/2025} as people
	 * write it. Null when the field is empty.
	 *
	 * @throws IllegalArgumentException with a Vietnamese message naming what was entered, when it is not a day
	 */
	public static LocalDate formDate(Object value, ZoneId zone) {
		if (value instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), zone);
		}
		if (value instanceof LocalDate day) {
			return day;
		}
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		String text = value.toString().strip();
		try {
			if (text.contains("/")) {
				return LocalDate.from(VIETNAMESE_DAY.parse(text));
			}
			if (WITH_OFFSET.matcher(text).matches()) {
				return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate();
			}
			return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(("“%s” không phải một ngày: hãy chọn ngày trên lịch hoặc nhập"
					+ " ngày/tháng/năm, ví dụ 08/09/2025.").formatted(text), ex);
		}
	}

	/**
	 * The refusal of a step a listener does not know: a model edited in the Modeler whose user task got a new id, or
	 * a listener bound to a task it was not written for. Nothing is recorded; the step does not start or finish and the
	 * person sees why.
	 *
	 * @param listener the bean the model names ({@code taskFormView}, {@code reportTaskListener})
	 */
	public static IllegalStateException unknownStep(String listener, DelegateTask task) {
		return new IllegalStateException(("Bước “%s” (mã %s) của quy trình không có trong Parflow: %s không biết"
				+ " bước này nên không ghi nhận gì. Hãy báo quản trị hệ thống: mô hình quy trình đã bị sửa mã bước"
				+ " (id) trong Modeler.").formatted(task.getName(), task.getTaskDefinitionKey(), listener));
	}

}
