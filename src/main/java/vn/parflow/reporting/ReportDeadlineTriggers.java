package vn.parflow.reporting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.quartz.JobDetail;
import org.quartz.Trigger;

import vn.parflow.plan.PlanQueries.PlanReporting;

/**
 * One kind of Quartz trigger that a plan's report deadlines call for (the openings of the report cycles, the report
 * reminders), as a bean: the {@link ReportDeadlineScheduler} asks every such bean and keeps the store exactly in
 * step with the answers. A module that schedules something at a plan's report deadlines implements this interface
 * instead of touching Quartz itself.
 */
public interface ReportDeadlineTriggers {

	/** The Quartz group of this kind's triggers; nothing else may put triggers into it. */
	String group();

	/**
	 * How the names of the plan's triggers in {@link #group()} begin ({@code "VIETKHE-2025-H2/"}); every trigger of
	 * the group with that beginning that {@link #triggers} no longer asks for is removed.
	 */
	String namePrefix(String planCode);

	/**
	 * The triggers the plan calls for, seen at {@code now}: each at the moment it is planned for, also when that
	 * moment has passed (whether it then fires at once says {@link Wanted#firesWhenLate()}). Only asked for an
	 * ACTIVE plan; a plan that is not active keeps none.
	 *
	 * @param plan the plan, with its report deadlines expanded once ({@link PlanReporting#deadlines()})
	 * @param zone the plans' time zone ({@code parflow.time-zone}), the one every kind computes its times in
	 */
	List<Wanted> triggers(PlanReporting plan, Instant now, ZoneId zone);

	/**
	 * One trigger wanted in the store.
	 *
	 * @param job           the job it fires: its own (non-durable, removed with its trigger) or a durable one shared
	 *                      by the kind's triggers
	 * @param trigger       the trigger, starting at its planned moment, in {@link #group()}, for {@code job}
	 * @param firesWhenLate when the planned moment has passed and the trigger is not in the store as planned: true
	 *                      to fire it at once (a report cycle still to open), false to leave it out (a reminder
	 *                      whose day has gone). A trigger already in the store as planned is left alone either way
	 *                      (Quartz fires a missed one once, at once).
	 */
	record Wanted(JobDetail job, Trigger trigger, boolean firesWhenLate) {

		public Wanted {
			if (!trigger.getJobKey().equals(job.getKey())) {
				throw new IllegalArgumentException("Trigger " + trigger.getKey() + " does not fire job " + job.getKey());
			}
		}

	}

}
