package vn.parflow.system;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The rules both processes' listeners share: who did it, which day a form's date field means. */
class ProcessTasksTest {

	static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	@ParameterizedTest
	@CsvSource({ "2025-09-08", "2025-09-08T00:00", "2025-09-08T14:30:00", "08/09/2025", "8/9/2025",
			"2025-09-07T23:30Z", "2025-09-08T10:00+07:00", "' 2025-09-08 '" })
	void shouldReadEveryShapeAFormGivesAsTheSameDay(String entered) {
		assertThat(ProcessTasks.formDate(entered, HANOI)).isEqualTo(LocalDate.of(2025, 9, 8));
	}

	@Test
	void shouldReadADateVariableInTheAppsTimeZone() {
		Date lateEvening = Date.from(LocalDate.of(2025, 9, 8).atTime(23, 0).atZone(HANOI).toInstant());
		assertThat(ProcessTasks.formDate(lateEvening, HANOI)).isEqualTo(LocalDate.of(2025, 9, 8));
	}

	@Test
	void shouldTreatAnEmptyFieldAsNoDate() {
		assertThat(ProcessTasks.formDate(null, HANOI)).isNull();
		assertThat(ProcessTasks.formDate("  ", HANOI)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "8/9", "31/02/2025", "2025-13-01", "ngày mai" })
	void shouldRefuseWhatIsNotADayInVietnamese(String entered) {
		assertThatThrownBy(() -> ProcessTasks.formDate(entered, HANOI)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("“%s” không phải một ngày: hãy chọn ngày trên lịch hoặc nhập ngày/tháng/năm, ví dụ 08/09/2025."
				.formatted(entered));
	}

	@Test
	void shouldRecordTheLoggedInPersonWhoCompletedTheTaskOverItsAssignee() {
		assertThat(ProcessTasks.completedBy(task("lan.vhxh", "tuan.vhxh"))).isEqualTo("lan.vhxh");
	}

	@Test
	void shouldRecordTheAssigneeWhenNobodyIsLoggedIn() {
		assertThat(ProcessTasks.completedBy(task(null, "tuan.vhxh"))).isEqualTo("tuan.vhxh");
		assertThat(ProcessTasks.completedBy(task(null, null))).isNull();
	}

	private static DelegateTask task(String loggedIn, String assignee) {
		DelegateTask task = mock(DelegateTask.class);
		ProcessEngineServices engine = mock(ProcessEngineServices.class);
		IdentityService identity = mock(IdentityService.class);
		when(task.getProcessEngineServices()).thenReturn(engine);
		when(engine.getIdentityService()).thenReturn(identity);
		when(identity.getCurrentAuthentication()).thenReturn(loggedIn == null ? null : new Authentication(loggedIn, null));
		when(task.getAssignee()).thenReturn(assignee);
		return task;
	}

}
