-- The live state of a plan task, written back from its process (vn.parflow.plan.TaskProgress): the officer it
-- was assigned to, and per deadline when the deliverable was last submitted, when it was approved and how often
-- it was returned. On time = the approved deliverable was submitted on or before the due date.
ALTER TABLE pf_plan_task ADD COLUMN officer VARCHAR(100);
ALTER TABLE pf_plan_task_deadline ADD COLUMN submitted_at TIMESTAMP NULL;
ALTER TABLE pf_plan_task_deadline ADD COLUMN approved_at TIMESTAMP NULL;
ALTER TABLE pf_plan_task_deadline ADD COLUMN returns INT NOT NULL DEFAULT 0;
ALTER TABLE pf_plan_task_deadline ADD COLUMN set_by VARCHAR(100);
