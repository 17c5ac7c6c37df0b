package vn.parflow.reminder;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.SimpleTrigger;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderJobsTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Test
	void shouldSendTheDigestEveryMorningAtSevenInVietnamAndOnceWhenBackAfterMissingIt() {
		CronTrigger digest = jobs(LocalTime.of(7, 0), Duration.ofMinutes(1)).digestTrigger();

		int year = ZonedDateTime.now(VIETNAM).getYear() + 1; // the trigger starts now
		Date after = Date.from(ZonedDateTime.of(year, 12, 1, 10, 0, 0, 0, VIETNAM).toInstant());
		assertThat(digest.getFireTimeAfter(after).toInstant())
			.isEqualTo(ZonedDateTime.of(year, 12, 2, 7, 0, 0, 0, VIETNAM).toInstant());
		assertThat(digest.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
	}

	@Test
	void shouldSendTheOutboxEveryMinuteWithoutCatchingUpMissedRuns() {
		SimpleTrigger dispatch = jobs(LocalTime.of(7, 0), Duration.ofMinutes(1)).dispatchTrigger();

		assertThat(dispatch.getRepeatInterval()).isEqualTo(60_000);
		assertThat(dispatch.getRepeatCount()).isEqualTo(SimpleTrigger.REPEAT_INDEFINITELY);
		assertThat(dispatch.getMisfireInstruction())
			.isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NEXT_WITH_REMAINING_COUNT);
	}

	@Test
	void shouldReplaceAStoredTriggerOnlyWhenTheConfiguredTimeChanged() {
		ReminderJobs seven = jobs(LocalTime.of(7, 0), Duration.ofMinutes(1));
		ReminderJobs half = jobs(LocalTime.of(6, 30), Duration.ofMinutes(5));

		assertThat(ReminderJobs.sameSchedule(seven.digestTrigger(), jobs(LocalTime.of(7, 0), Duration.ofMinutes(1))
			.digestTrigger())).isTrue();
		assertThat(ReminderJobs.sameSchedule(seven.digestTrigger(), half.digestTrigger())).isFalse();
		assertThat(ReminderJobs.sameSchedule(seven.dispatchTrigger(), half.dispatchTrigger())).isFalse();
	}

	static ReminderJobs jobs(LocalTime digestTime, Duration dispatchInterval) {
		return new ReminderJobs(null,
				new OutboxProperties("Parflow <parflow@localhost>", 10, List.of(Duration.ofMinutes(1)),
						dispatchInterval, 50, Duration.ofMinutes(10), false),
				new ReminderProperties(List.of(7, 3, 1), LocalTime.of(8, 0), digestTime, 7, 30), VIETNAM, null);
	}

}
