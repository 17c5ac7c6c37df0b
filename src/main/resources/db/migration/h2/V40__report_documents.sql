-- Report documents (vn.parflow.reporting.ReportDocuments): the annex of a consolidated report names each task's
-- deliverable as submitted (document number, date, link), kept per deadline; and the .docx and .xlsx of a report
-- as the leader approved it, stored in the attachment store (pf_attachment) with the cycle.
ALTER TABLE pf_plan_task_deadline ADD COLUMN document_number VARCHAR(100);
ALTER TABLE pf_plan_task_deadline ADD COLUMN document_date DATE;
ALTER TABLE pf_plan_task_deadline ADD COLUMN document_link VARCHAR(1000);
ALTER TABLE pf_report_cycle ADD COLUMN approved_docx_id VARCHAR(36);
ALTER TABLE pf_report_cycle ADD COLUMN approved_xlsx_id VARCHAR(36);
