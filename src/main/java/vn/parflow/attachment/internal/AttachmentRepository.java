package vn.parflow.attachment.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface AttachmentRepository extends Repository<Attachment, String> {

	Optional<Attachment> findById(String id);

	List<Attachment> findByCamundaTaskIdOrderByUploadedAt(String camundaTaskId);

	List<Attachment> findByPlanTaskIdOrderByUploadedAt(long planTaskId);

	Attachment save(Attachment attachment);

}
