package vn.parflow.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads PlanTaskProcess's variables for the listeners and delegates, which only map data. */
final class ProcessData {

	private ProcessData() {
	}

	static long planTaskId(VariableScope scope) {
		Object id = scope.getVariable(PlanTaskProcess.PLAN_TASK_ID);
		if (!(id instanceof Number number)) {
			throw new IllegalStateException("Quy trình thiếu biến " + PlanTaskProcess.PLAN_TASK_ID);
		}
		return number.longValue();
	}

	static int deadlineIndex(VariableScope scope) {
		Object index = scope.getVariable(PlanTaskProcess.DEADLINE_INDEX);
		return index instanceof Number number ? number.intValue() : 0;
	}

	/** A text variable as a form submitted it; a Date as yyyy-MM-dd (read back by {@code ProcessTasks.formDate}). */
	static String text(VariableScope scope, String name, ZoneId zone) {
		Object value = scope.getVariable(name);
		if (value == null) {
			return null;
		}
		if (value instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), zone).toString();
		}
		return value.toString();
	}

	static Boolean bool(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value instanceof Boolean flag) {
			return flag;
		}
		return value == null ? null : Boolean.valueOf(value.toString());
	}

}
