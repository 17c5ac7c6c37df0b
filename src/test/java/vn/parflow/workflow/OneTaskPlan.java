package vn.parflow.workflow;

import java.nio.charset.StandardCharsets;

/** A plan of one task (6 tháng cuối năm 2025, due "Quý IV/2025", no coordinating unit), as YAML, for the ITs. */
final class OneTaskPlan {

	private OneTaskPlan() {
	}

	/** @param lead the lead unit as a plan writes it ("Trung tâm phục vụ hành chính công") */
	static byte[] yaml(String code, String lead) {
		return """
				code: %s
				title: Kế hoạch thử một nhiệm vụ
				issuingBody: Ủy ban nhân dân xã Việt Khê
				locality: xã Việt Khê
				periodStart: 2025-07-01
				periodEnd: 2025-12-31
				decisionNumber: null
				decisionDate: null
				coordinatingUnit: Phòng Văn hóa – Xã hội
				reportingRules:
				  - report: Báo cáo công tác cải cách hành chính
				    yearly: {day: "10/12", before: true}
				    source: "báo cáo năm gửi trước ngày 10/12"
				tasks:
				  - number: "1"
				    area: CHI_DAO_DIEU_HANH
				    content: Tuyên truyền cải cách hành chính trên hệ thống loa của xã
				    lead: %s
				    coordinating: []
				    time: Quý IV/2025
				    deliverables: [Báo cáo kết quả tuyên truyền]
				    notes: Nêu số buổi phát thanh
				""".formatted(code, lead).getBytes(StandardCharsets.UTF_8);
	}

}
