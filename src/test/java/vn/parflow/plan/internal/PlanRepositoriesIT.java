package vn.parflow.plan.internal;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parflow.plan.PlanLifecycle;
import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanStatus;
import vn.parflow.plan.ReformArea;
import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.Schedule;
import vn.parflow.system.RepositorySliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The queries behind {@link PlanQueries} (the plan list, the active plans, a plan's tasks in appendix order, one task
 * by number) and {@link PlanLifecycle#lockForActivation}'s row lock, on H2 and MariaDB with the real schema.
 */
@RepositorySliceTest
class PlanRepositoriesIT {

	@Autowired
	TestEntityManager entities;

	@Autowired
	PlanRepository plans;

	@Autowired
	PlanTaskRepository tasks;

	@Test
	void shouldLockAndReturnThePlanOfTheCodeAndNothingForAnUnknownCode() {
		stored(plan("KH-125", "Kế hoạch cải cách hành chính năm 2025", 2025));

		assertThat(plans.lockByCode("KH-125")).hasValueSatisfying(
				plan -> assertThat(plan.getTitle()).isEqualTo("Kế hoạch cải cách hành chính năm 2025"));
		assertThat(plans.lockByCode("KH-999")).isEmpty();
	}

	/**
	 * Two activations of one plan (two administrators, or a retry) must run one after the other: the second waits for
	 * the first's transaction and then sees what it did. Runs outside the test's transaction, with committed data.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void shouldMakeASecondActivationOfThePlanWaitForTheFirstAndSeeItsWork(@Autowired PlatformTransactionManager txm)
			throws Exception {
		TransactionTemplate tx = new TransactionTemplate(txm);
		tx.executeWithoutResult(status -> plans.save(plan("KH-LOCK", "Kế hoạch khóa dòng", 2025)));
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
			CountDownLatch firstMayCommit = new CountDownLatch(1);
			Future<?> first = threads.submit(() -> tx.executeWithoutResult(status -> {
				plans.lockByCode("KH-LOCK").orElseThrow().setStatus(PlanStatus.ACTIVE);
				plans.flush();
				firstHoldsTheLock.countDown();
				await(firstMayCommit);
			}));
			assertThat(firstHoldsTheLock.await(60, TimeUnit.SECONDS)).isTrue();

			Future<PlanStatus> second = threads
				.submit(() -> tx.execute(status -> plans.lockByCode("KH-LOCK").orElseThrow().getStatus()));

			// well below H2's lock timeout (2 s), so that the second is still waiting, not failed, when the first ends
			assertThatThrownBy(() -> second.get(400, TimeUnit.MILLISECONDS)).as("the second waits for the first")
				.isInstanceOf(TimeoutException.class);
			firstMayCommit.countDown();
			first.get(60, TimeUnit.SECONDS);
			assertThat(second.get(60, TimeUnit.SECONDS)).as("the second sees the first's work")
				.isEqualTo(PlanStatus.ACTIVE);
		}
		finally {
			threads.shutdownNow();
			tx.executeWithoutResult(status -> plans.findByCode("KH-LOCK").ifPresent(plans::delete));
		}
	}

	@Test
	void shouldListTheActivePlansByCodeAndEveryPlanNewestPeriodFirst() {
		Plan kh2 = plan("KH-02", "Kế hoạch năm 2025 (bổ sung)", 2025);
		kh2.setStatus(PlanStatus.ACTIVE);
		Plan kh1 = plan("KH-01", "Kế hoạch năm 2025", 2025);
		kh1.setStatus(PlanStatus.ACTIVE);
		stored(kh2, plan("KH-00", "Kế hoạch năm 2024", 2024), kh1, plan("KH-03", "Kế hoạch năm 2026 (dự thảo)", 2026));

		assertThat(plans.findByStatusOrderByCode(PlanStatus.ACTIVE)).extracting(Plan::getCode)
			.as("drafts are not active")
			.containsExactly("KH-01", "KH-02");
		assertThat(plans.findAllByOrderByPeriodStartDescCodeAsc()).extracting(Plan::getCode)
			.containsExactly("KH-03", "KH-01", "KH-02", "KH-00");
	}

	@Test
	void shouldListAPlansTasksInTheOrderOfItsAppendixAndOnlyItsOwn() {
		Plan plan = plan("KH-125", "Kế hoạch cải cách hành chính năm 2025", 2025);
		// stored in another order than the appendix's, and numbers that do not sort as the appendix does
		task(plan, 2, "10", "Đẩy mạnh chuyển đổi số");
		task(plan, 0, "2", "Rà soát thủ tục hành chính");
		task(plan, 1, "2.1", "Niêm yết công khai thủ tục hành chính");
		Plan other = plan("KH-126", "Kế hoạch tuyên truyền", 2025);
		task(other, 0, "1", "Tuyên truyền cải cách hành chính");
		stored(plan, other);

		assertThat(tasks.findByPlanCodeOrderByPosition("KH-125")).extracting(PlanTask::getNumber)
			.containsExactly("2", "2.1", "10");
		assertThat(tasks.findByPlanCodeOrderByPosition("KH-999")).isEmpty();
	}

	@Test
	void shouldFindATaskByItsNumberInItsOwnPlan() {
		Plan plan = plan("KH-125", "Kế hoạch cải cách hành chính năm 2025", 2025);
		task(plan, 0, "1", "Ban hành kế hoạch cải cách hành chính");
		Plan other = plan("KH-126", "Kế hoạch tuyên truyền", 2025);
		task(other, 0, "1", "Tuyên truyền cải cách hành chính");
		stored(plan, other);

		assertThat(tasks.findByPlanCodeAndNumber("KH-126", "1")).hasValueSatisfying(
				task -> assertThat(task.getContent()).isEqualTo("Tuyên truyền cải cách hành chính"));
		assertThat(tasks.findByPlanCodeAndNumber("KH-125", "1")).hasValueSatisfying(
				task -> assertThat(task.getContent()).isEqualTo("Ban hành kế hoạch cải cách hành chính"));
		assertThat(tasks.findByPlanCodeAndNumber("KH-125", "2")).isEmpty();
		assertThat(tasks.findByPlanCodeAndNumber("KH-999", "1")).isEmpty();
	}

	static Plan plan(String code, String title, int year) {
		Plan plan = new Plan(code, title, PlanPeriod.year(year));
		plan.importedFrom(code + ".docx", "hoa.tuphap", Instant.parse(year + "-01-05T02:00:00Z"));
		return plan;
	}

	static PlanTask task(Plan plan, int position, String number, String content) {
		PlanTask task = new PlanTask(plan, position, position + 3, number, ReformArea.THU_TUC_HANH_CHINH, content);
		task.ledBy("Phòng Văn hóa – Xã hội", "vhxh", "Phòng Văn hóa – Xã hội");
		task.scheduled("Thường xuyên", Schedule.ongoing("Thường xuyên"));
		plan.addTask(task);
		return task;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Writes the plans (with their tasks) in this order and forgets them, so that the queries read the database. */
	private void stored(Plan... plans) {
		for (Plan plan : plans) {
			entities.persist(plan);
		}
		entities.flush();
		entities.clear();
	}

}
