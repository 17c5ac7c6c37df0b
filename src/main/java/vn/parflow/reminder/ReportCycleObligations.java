package vn.parflow.reminder;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

import vn.parflow.reporting.ReportCycleView;
import vn.parflow.reporting.ReportCycles;

/**
 * {@link ReportObligations} from the report cycles: who owes their part says {@link ReportCycles#owing}, and the
 * mail links to the person's open task in the cycle's process. A fallback: a bean of the reporting module that
 * implements {@link ReportObligations} itself takes its place.
 */
@Component
@Fallback
class ReportCycleObligations implements ReportObligations {

	private final ReportCycles cycles;

	private final TaskService tasks;

	ReportCycleObligations(ReportCycles cycles, TaskService tasks) {
		this.cycles = cycles;
		this.tasks = tasks;
	}

	@Override
	public List<String> owing(String planCode, String report, String period) {
		return cycles.owing(planCode, report, period);
	}

	@Override
	public Optional<String> openTask(String planCode, String report, String period, String username) {
		return cycles.cycles(planCode)
			.stream()
			.filter(cycle -> cycle.report().equals(report) && cycle.period().equals(period))
			.map(ReportCycleView::processInstanceId)
			.filter(id -> id != null)
			.findFirst()
			.flatMap(processInstanceId -> tasks.createTaskQuery()
				.processInstanceId(processInstanceId)
				.or()
				.taskAssignee(username)
				.taskCandidateUser(username)
				.endOr()
				.orderByTaskCreateTime()
				.asc()
				.list()
				.stream()
				.findFirst()
				.map(Task::getId));
	}

}
