package vn.parflow.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.parflow.attachment.internal.Attachment;
import vn.parflow.attachment.internal.AttachmentRepository;
import vn.parflow.plan.PlanTaskRef;
import vn.parflow.plan.TaskProgress;
import vn.parflow.security.TaskAccess;

/**
 * Files attached to Camunda tasks: deliverables and the documents that go with them. Only someone who may work on
 * an open task attaches to it; only someone who can see the task (open or done) lists and downloads its files.
 * Every upload is checked before it is kept: its size, its name's extension and its content must agree on one of
 * the kinds Parflow takes ({@link FileKind}); a refusal says why.
 */
@Service
public class AttachmentService {

	/** A file to download: its description and where its bytes are. */
	record Download(AttachmentView attachment, Path file) {
	}

	private final AttachmentRepository attachments;

	private final AttachmentStore store;

	private final AttachmentProperties properties;

	private final TaskAccess access;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final TaskProgress progress;

	private final Clock clock;

	AttachmentService(AttachmentRepository attachments, AttachmentStore store, AttachmentProperties properties,
			TaskAccess access, TaskService tasks, RuntimeService runtime, TaskProgress progress, Clock clock) {
		this.attachments = attachments;
		this.store = store;
		this.properties = properties;
		this.access = access;
		this.tasks = tasks;
		this.runtime = runtime;
		this.progress = progress;
		this.clock = clock;
	}

	/** The files of a task, oldest first, for Parflow's own modules (no access check). */
	@Transactional(readOnly = true)
	public List<AttachmentView> attachments(String camundaTaskId) {
		return attachments.findByCamundaTaskIdOrderByUploadedAt(camundaTaskId).stream().map(AttachmentView::of)
			.toList();
	}

	/** The files of every task of a plan task, oldest first, for Parflow's own modules (no access check). */
	@Transactional(readOnly = true)
	public List<AttachmentView> attachmentsOfPlanTask(long planTaskId) {
		return attachments.findByPlanTaskIdOrderByUploadedAt(planTaskId).stream().map(AttachmentView::of).toList();
	}

	@Transactional
	AttachmentView upload(String userId, String taskId, String originalName, InputStream content) throws IOException {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw new AttachmentRefused(HttpStatus.NOT_FOUND,
					"Không có việc đang mở mã “%s” để đính kèm tệp.".formatted(taskId));
		}
		if (!access.canWork(userId, taskId)) {
			throw new AttachmentRefused(HttpStatus.FORBIDDEN, "Bạn không được đính kèm tệp vào việc này: chỉ người"
					+ " được giao việc hoặc thuộc đơn vị được giao việc mới đính kèm được.");
		}
		String name = FileNames.clean(originalName);
		FileKind claimed = FileKind.byName(name)
			.orElseThrow(() -> new AttachmentRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Không nhận tệp “%s”: chỉ nhận %s.".formatted(name, FileKind.ALLOWED)));
		long maxSize = properties.maxSize().toBytes();
		AttachmentStore.Incoming upload = store.receive(content, maxSize);
		try {
			if (upload.tooLarge()) {
				throw new AttachmentRefused(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp “%s” quá lớn: mỗi tệp đính kèm tối đa %s."
					.formatted(name, megabytes(maxSize)));
			}
			if (upload.size() == 0) {
				throw new AttachmentRefused(HttpStatus.BAD_REQUEST, "Tệp “%s” trống.".formatted(name));
			}
			Optional<FileKind> actual = FileKind.sniff(upload.file());
			if (actual.isEmpty() || actual.get() != claimed) {
				throw new AttachmentRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ("Không nhận tệp “%s”: nội dung không"
						+ " phải tệp %s như tên tệp ghi (tệp bị đổi đuôi, bị hỏng hoặc có macro). Chỉ nhận %s.")
					.formatted(name, claimed.extensions().get(0).toUpperCase(Locale.ROOT),
							FileKind.ALLOWED));
			}
			String id = UUID.randomUUID().toString();
			Attachment attachment = new Attachment(id, taskId, task.getProcessInstanceId(),
					planTaskId(task.getProcessInstanceId()), name, claimed.contentType(), upload.size(),
					upload.sha256(), userId, clock.instant());
			attachments.save(attachment);
			store.accept(upload, id);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						store.delete(id);
					}
				}
			});
			return AttachmentView.of(attachment);
		}
		finally {
			store.discard(upload);
		}
	}

	/** A stored file's description and content. */
	public record StoredFile(AttachmentView attachment, byte[] content) {
	}

	/**
	 * Keeps a file that Parflow made itself (the approved version of a report) with the Camunda task it belongs to;
	 * the file is removed again when the transaction rolls back. No access check: for Parflow's own modules.
	 */
	@Transactional
	public AttachmentView storeGenerated(String camundaTaskId, String processInstanceId, String name,
			String contentType, byte[] content, String by) {
		try {
			AttachmentStore.Incoming upload = store.receive(new java.io.ByteArrayInputStream(content), Long.MAX_VALUE);
			try {
				String id = UUID.randomUUID().toString();
				Attachment attachment = new Attachment(id, camundaTaskId, processInstanceId, null, FileNames.clean(name),
						contentType, upload.size(), upload.sha256(), by == null ? "parflow" : by, clock.instant());
				attachments.save(attachment);
				store.accept(upload, id);
				if (TransactionSynchronizationManager.isSynchronizationActive()) {
					TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

						@Override
						public void afterCompletion(int status) {
							if (status == STATUS_ROLLED_BACK) {
								store.delete(id);
							}
						}
					});
				}
				return AttachmentView.of(attachment);
			}
			finally {
				store.discard(upload);
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A stored file with its bytes, for Parflow's own modules (no access check); empty when there is none. */
	@Transactional(readOnly = true)
	public Optional<StoredFile> content(String id) {
		return attachments.findById(id).map(attachment -> {
			try {
				return new StoredFile(AttachmentView.of(attachment), java.nio.file.Files.readAllBytes(store.path(id)));
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
	}

	@Transactional(readOnly = true)
	List<AttachmentView> list(String userId, String taskId) {
		if (!access.canSee(userId, taskId)) {
			throw new AttachmentRefused(HttpStatus.FORBIDDEN, "Bạn không được xem các tệp của việc này: chỉ người"
					+ " thấy được việc mới xem được tệp của việc.");
		}
		return attachments(taskId);
	}

	@Transactional(readOnly = true)
	Download download(String userId, String id) {
		Attachment attachment = attachments.findById(id)
			.orElseThrow(() -> new AttachmentRefused(HttpStatus.NOT_FOUND, "Không có tệp đính kèm mã “%s”."
				.formatted(id)));
		if (!access.canSee(userId, attachment.getCamundaTaskId())) {
			throw new AttachmentRefused(HttpStatus.FORBIDDEN,
					"Bạn không được tải tệp này: chỉ người thấy được việc mới tải được tệp của việc.");
		}
		return new Download(AttachmentView.of(attachment), store.path(id));
	}

	/** The plan task behind a process, by its business key {@code {planCode}/{taskNumber}}. */
	private Long planTaskId(String processInstanceId) {
		if (processInstanceId == null) {
			return null;
		}
		ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
			.singleResult();
		String key = instance == null ? null : instance.getBusinessKey();
		int slash = key == null ? -1 : key.lastIndexOf('/');
		if (slash <= 0) {
			return null;
		}
		return progress.task(key.substring(0, slash), key.substring(slash + 1)).map(PlanTaskRef::id).orElse(null);
	}

	private static String megabytes(long bytes) {
		double mb = bytes / 1024.0 / 1024.0;
		return mb == Math.rint(mb) ? "%d MB".formatted((long) mb) : "%.1f MB".formatted(mb);
	}

}
