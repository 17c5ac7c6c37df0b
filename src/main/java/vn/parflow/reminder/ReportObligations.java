package vn.parflow.reminder;

import java.util.List;
import java.util.Optional;

/**
 * Who still owes their part of one periodic report, and which task their mail links to. Parflow answers it from the
 * report cycles ({@link ReportCycleObligations}); another bean implementing this interface replaces that one.
 */
public interface ReportObligations {

	/** Usernames of the people who still owe their part of the report for the period. */
	List<String> owing(String planCode, String report, String period);

	/** The open Tasklist task of that person for the report, for the mail's link; empty when there is none. */
	default Optional<String> openTask(String planCode, String report, String period, String username) {
		return Optional.empty();
	}

}
