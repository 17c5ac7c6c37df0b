package vn.parflow.attachment.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to a Camunda task (a deliverable, a supporting document); its bytes are stored under its id. */
@Entity
@Table(name = "pf_attachment")
public class Attachment {

	@Id
	@Column(length = 36)
	private String id;

	@Column(name = "camunda_task_id", nullable = false, length = 64)
	private String camundaTaskId;

	@Column(name = "process_instance_id", length = 64)
	private String processInstanceId;

	@Column(name = "plan_task_id")
	private Long planTaskId;

	@Column(name = "original_name", nullable = false, length = 255)
	private String originalName;

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(name = "uploaded_by", nullable = false, length = 64)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected Attachment() {
	}

	public Attachment(String id, String camundaTaskId, String processInstanceId, Long planTaskId, String originalName,
			String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {
		this.id = id;
		this.camundaTaskId = camundaTaskId;
		this.processInstanceId = processInstanceId;
		this.planTaskId = planTaskId;
		this.originalName = originalName;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public String getId() {
		return id;
	}

	public String getCamundaTaskId() {
		return camundaTaskId;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public Long getPlanTaskId() {
		return planTaskId;
	}

	public String getOriginalName() {
		return originalName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSize() {
		return size;
	}

	public String getSha256() {
		return sha256;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

}
