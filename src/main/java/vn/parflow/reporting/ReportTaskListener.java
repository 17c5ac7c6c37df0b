package vn.parflow.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.parflow.reporting.ReportCycles.ConsolidationForm;
import vn.parflow.reporting.ReportCycles.DocumentLinks;
import vn.parflow.reporting.ReportCycles.UnitReportForm;

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
					cycles.recordSubmission(cycleId, text(task, DOCUMENT_NUMBER), date(task, DOCUMENT_DATE), user(task));
				}
			}
			default -> throw new IllegalStateException("reportTaskListener không xử lý bước " + task.getTaskDefinitionKey());
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

	/** A date field: "2025-09-08" from a Camunda Form (also "2025-09-08T00:00…"), or a Date from the REST API. */
	private LocalDate date(DelegateTask task, String name) {
		Object value = task.getVariable(name);
		if (value instanceof Date date) {
			return date.toInstant().atZone(zone).toLocalDate();
		}
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		String text = value.toString().strip();
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Ngày văn bản “%s” không đúng dạng ngày (yyyy-MM-dd).".formatted(text));
		}
	}

	/** Who completes the task: its assignee, or the user the engine was called by. */
	private static String user(DelegateTask task) {
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return authentication == null ? null : authentication.getUserId();
	}

}
