-- The heading of the section a task stands in, as the plan wrote it ("B. BẢO ĐẢM AN TOÀN THÔNG TIN"): the task's
-- area when the plan's sections are not the seven reform areas (vn.parflow.plan.PlanTask#sectionTitle).
ALTER TABLE pf_plan_task ADD section_title VARCHAR(1000);
