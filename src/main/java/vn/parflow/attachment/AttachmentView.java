package vn.parflow.attachment;

import java.time.Instant;

import vn.parflow.attachment.internal.Attachment;

/**
 * An attached file as the API and the other modules see it.
 *
 * @param downloadPath where an authorised person downloads it: {@code /api/attachments/{id}}
 */
public record AttachmentView(String id, String camundaTaskId, String processInstanceId, Long planTaskId, String name,
		String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt, String downloadPath) {

	static AttachmentView of(Attachment attachment) {
		return new AttachmentView(attachment.getId(), attachment.getCamundaTaskId(), attachment.getProcessInstanceId(),
				attachment.getPlanTaskId(), attachment.getOriginalName(), attachment.getContentType(),
				attachment.getSize(), attachment.getSha256(), attachment.getUploadedBy(), attachment.getUploadedAt(),
				"/api/attachments/" + attachment.getId());
	}

}
