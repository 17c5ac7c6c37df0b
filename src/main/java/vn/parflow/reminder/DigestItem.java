package vn.parflow.reminder;

/**
 * One task in a daily digest.
 *
 * @param title  "Nhiệm vụ 12: Ban hành …" when the task belongs to a plan task, else the task's name
 * @param step   the step of the process the task is at ("Nộp sản phẩm"), may be null
 * @param due    dd/MM/yyyy
 * @param when   "còn 3 ngày", "quá hạn 2 ngày"
 * @param link   the task in the Tasklist
 */
record DigestItem(String title, String step, String due, String when, String link) {
}
