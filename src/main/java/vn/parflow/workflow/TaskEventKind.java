package vn.parflow.workflow;

/** What happened to a plan task, as its history lists it. */
public enum TaskEventKind {

	ACTIVATED("Bắt đầu thực hiện"),
	DEADLINE_SET("Đặt thời hạn"),
	ASSIGNED("Giao công chức thực hiện"),
	INPUT_PROVIDED("Đơn vị phối hợp gửi ý kiến"),
	SUBMITTED("Nộp sản phẩm"),
	RETURNED("Trả lại để sửa, bổ sung"),
	APPROVED("Duyệt sản phẩm"),
	REMINDER("Nhắc hạn"),
	OVERDUE("Báo quá hạn"),
	DONE("Hoàn thành");

	private final String label;

	TaskEventKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
