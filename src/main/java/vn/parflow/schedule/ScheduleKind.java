package vn.parflow.schedule;

/** How a time phrase of a plan turns into deadlines. */
public enum ScheduleKind {
	/** One deadline ("Quý III/2025", "Trước ngày 10/12/2025"). */
	ONE_OFF,
	/** Several dated deadlines, each with its label ("Báo cáo quý I: 15/3/2025 – Báo cáo năm: 15/12/2025"). */
	MULTI,
	/** A rule repeated inside the plan period ("Hàng quý", "Trước ngày 20 của tháng cuối quý"), expanded into its dates. */
	RECURRING,
	/** "Thường xuyên": no deadline; progress is reported at every report cycle. */
	ONGOING,
	/** No date can be read: a person must set it before the task can start. */
	UNRESOLVED
}
