package vn.parflow.workflow;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.parflow.attachment.AttachmentService;

/** The files people attached to a task through Parflow's attachment API ({@code /api/tasks/{id}/attachments}). */
@Component
class AttachedFiles implements TaskFiles {

	private final AttachmentService attachments;

	AttachedFiles(AttachmentService attachments) {
		this.attachments = attachments;
	}

	@Override
	public List<TaskFile> of(String camundaTaskId) {
		return attachments.attachments(camundaTaskId)
			.stream()
			.map(file -> new TaskFile(file.name(), file.downloadPath()))
			.toList();
	}

}
