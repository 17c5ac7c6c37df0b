package vn.parflow.plan.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a deliverable counts as on time (the dashboard's "done on time" and "done late", the report's annex): by the
 * day it was submitted in the plan's time zone, once it is approved, however long the approval took.
 */
class TaskDeadlineTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	final TaskDeadline deadline = new TaskDeadline(LocalDate.of(2025, 9, 15), null);

	@Test
	void shouldCountADeliverableSubmittedLateOnTheDueDayAsOnTime() {
		deadline.submitted(at(2025, 9, 15, 23, 30));
		deadline.approved(at(2025, 9, 22, 9, 0));

		assertThat(deadline.onTime(VIETNAM)).as("approved a week later, submitted on the day").isTrue();
	}

	@Test
	void shouldCountADeliverableSubmittedTheDayAfterAsLate() {
		deadline.submitted(at(2025, 9, 16, 0, 5));
		deadline.approved(at(2025, 9, 16, 9, 0));

		assertThat(deadline.onTime(VIETNAM)).isFalse();
	}

	@Test
	void shouldReadTheSubmissionDayInThePlansTimeZoneNotUtc() {
		// 16/09 00:30 in Hà Nội is still 15/09 in UTC
		deadline.submitted(at(2025, 9, 16, 0, 30));
		deadline.approved(at(2025, 9, 16, 9, 0));

		assertThat(deadline.onTime(VIETNAM)).isFalse();
		assertThat(deadline.onTime(ZoneId.of("UTC"))).isTrue();
	}

	@Test
	void shouldSayNothingAboutTimelinessUntilTheDeliverableIsApproved() {
		assertThat(deadline.onTime(VIETNAM)).as("not submitted").isNull();
		deadline.submitted(at(2025, 9, 10, 9, 0));
		assertThat(deadline.onTime(VIETNAM)).as("submitted, waiting for approval").isNull();
	}

	@Test
	void shouldCountEachReturnAndKeepTheLastSubmission() {
		deadline.submitted(at(2025, 9, 10, 9, 0));
		deadline.returned();
		deadline.submitted(at(2025, 9, 17, 9, 0));
		deadline.returned();
		deadline.submitted(at(2025, 9, 18, 9, 0));
		deadline.approved(at(2025, 9, 18, 10, 0));

		assertThat(deadline.getReturns()).isEqualTo(2);
		assertThat(deadline.onTime(VIETNAM)).as("the approved version came in after the due date").isFalse();
	}

	private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant();
	}

}
