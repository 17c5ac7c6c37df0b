package vn.parflow.workflow;

/**
 * A deliverable as Task_SubmitDeliverable's form submits it: the document (number, date as entered, read by
 * {@code ProcessTasks.formDate}, link), a
 * comment, or for an ONGOING task the progress update; and how many files were attached to the task.
 */
record Submission(String documentNumber, String documentDate, String documentLink, String comment,
		String progressReport, int attachments) {

	Submission {
		documentNumber = trim(documentNumber);
		documentDate = trim(documentDate);
		documentLink = trim(documentLink);
		comment = trim(comment);
		progressReport = trim(progressReport);
	}

	private static String trim(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
