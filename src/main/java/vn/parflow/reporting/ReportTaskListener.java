package vn.parflow.reporting;

import java.time.Clock;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.parflow.reporting.ReportCycles.ConsolidationForm;
import vn.parflow.reporting.ReportCycles.DocumentLinks;
import vn.parflow.reporting.ReportCycles.UnitReportForm;
import vn.parflow.system.ProcessTasks;

import static vn.parflow.reporting.ReportCycleProcess.*;

/**
 * The user tasks of ReportCycleProcess, bound as {@code ${reportTaskListener}} on their create and complete events.
 * On create it fills the form's fields as task-local variables (so that the parallel unit tasks do not overwrite
 * one another); on complete it hands what was entered to {@link ReportCycles}. It only maps data: the rules, and
 * the Vietnamese messages when something is missing, are in {@link ReportCycles}.
 */
@Component("reportTaskListener")
class ReportTaskListener implements TaskListener {

	private final ReportCycles cycles;

	private final ZoneId zone;

	ReportTaskListener(ReportCycles cycles, Clock clock) {
		this.cycles = cycles;
		this.zone = clock.getZone();
	}

	@Override
	public void notify(DelegateTask task) {
		long cycleId = ((Number) task.getVariable(REPORT_CYCLE_ID)).longValue();
		boolean create = EVENTNAME_CREATE.equals(task.getEventName());
		boolean complete = EVENTNAME_COMPLETE.equals(task.getEventName());
		switch (task.getTaskDefinitionKey()) {
			case SUBMIT_UNIT_REPORT -> {
				String unitCode = (String) task.getVariable(UNIT_CODE);
				if (create) {
					UnitReportForm form = cycles.unitReportForm(cycleId, unitCode);
					task.setVariableLocal(UNIT_NAME, form.unitName());
					task.setVariableLocal(UNIT_TASKS, form.tasks());
					task.setVariableLocal(RESULTS, form.results());
					task.setVariableLocal(DIFFICULTIES, form.difficulties());
				}
				else if (complete) {
					cycles.unitReportSubmitted(cycleId, unitCode, text(task, RESULTS), text(task, DIFFICULTIES),
							user(task));
				}
			}
			case CONSOLIDATE -> {
				if (create) {
					ConsolidationForm form = cycles.consolidationForm(cycleId);
					task.setVariableLocal(REPORT_TEXT, form.reportText());
					task.setVariableLocal(RETURN_REASON, form.returnReason());
					links(task, cycleId);
				}
				else if (complete) {
					cycles.consolidated(cycleId, text(task, REPORT_TEXT), user(task));
				}
			}
			case APPROVE -> {
				if (create) {
					task.setVariableLocal(REPORT_TEXT, cycles.reportText(cycleId));
					task.setVariableLocal(DECISION, null);
					task.setVariableLocal(RETURN_REASON, "");
					links(task, cycleId);
				}
				else if (complete) {
					boolean approved = cycles.decided(cycleId, text(task, DECISION), text(task, RETURN_REASON),
							user(task));
					if (approved) {
						cycles.keepApprovedVersion(cycleId, task.getId(), task.getProcessInstanceId(), user(task));
					}
					task.getExecution().setVariable(REPORT_APPROVED, approved);
				}
			}
			case RECORD_SUBMISSION -> {
				if (create) {
					task.setVariableLocal(DOCUMENT_NUMBER, "");
					task.setVariableLocal(DOCUMENT_DATE, null);
					links(task, cycleId);
				}
				else if (complete) {
					cycles.recordSubmission(cycleId, text(task, DOCUMENT_NUMBER),
							ProcessTasks.formDate(task.getVariable(DOCUMENT_DATE), zone), user(task));
				}
			}
			default -> throw ProcessTasks.unknownStep("reportTaskListener", task);
		}
	}

	/** The addresses of the report's documents, for the links in the form (display only). */
	private void links(DelegateTask task, long cycleId) {
		DocumentLinks links = cycles.documentLinks(cycleId);
		if (links != null) {
			task.setVariableLocal(DRAFT_DOCX, links.draftDocx());
			task.setVariableLocal(DRAFT_XLSX, links.draftXlsx());
			task.setVariableLocal(APPROVED_DOCX, links.approvedDocx());
			task.setVariableLocal(APPROVED_XLSX, links.approvedXlsx());
		}
	}

	private static String text(DelegateTask task, String name) {
		Object value = task.getVariable(name);
		return value == null ? null : value.toString();
	}

	/** Who completed the task, by the rule every process records it ({@link ProcessTasks#completedBy}). */
	private static String user(DelegateTask task) {
		return ProcessTasks.completedBy(task);
	}

}
