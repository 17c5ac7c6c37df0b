package vn.parflow.reporting;

import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.parflow.directory.GroupNames;

/**
 * What ReportCycleProcess asks while it runs, by the cycle's id: the units that report (the multi-instance
 * collection), the due dates of its tasks, the timer that closes the units' stage, and the coordinating office's
 * group. Used in the model as {@code ${reportCycleTasks.unitCodes(reportCycleId)}}; public because the engine's
 * expression language calls only public methods of public classes.
 */
@Component("reportCycleTasks")
public class ReportCycleTasks {

	private final ReportCycles cycles;

	ReportCycleTasks(ReportCycles cycles) {
		this.cycles = cycles;
	}

	public List<String> unitCodes(Long cycleId) {
		return cycles.unitCodes(cycleId);
	}

	public Date unitReportDue(Long cycleId) {
		return cycles.unitReportDue(cycleId);
	}

	public Date unitReportsCloseAt(Long cycleId) {
		return cycles.unitReportsCloseAt(cycleId);
	}

	public Date reportDue(Long cycleId) {
		return cycles.reportDue(cycleId);
	}

	public String coordinatingGroup(Long cycleId) {
		return cycles.coordinatingGroup(cycleId);
	}

	/** Task_SubmitUnitReport: everyone in the unit that owes its part. */
	public String unitGroup(String unitCode) {
		return GroupNames.unit(unitCode);
	}

	/** Task_ApproveReport: the leaders who sign the report. */
	public String approversGroup() {
		return GroupNames.APPROVERS;
	}

}
