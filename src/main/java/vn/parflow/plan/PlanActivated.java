package vn.parflow.plan;

/** Published when a plan becomes ACTIVE: its tasks start running and its report cycles and reminders are due. */
public record PlanActivated(String planCode) {
}
