-- Staff inbox at scale (B2, docs/performance.md): filters and counts from indexes alone, a large region's first page
-- in index order (no sort of the whole region), the category and text filters without a read of report or
-- report_category per task.

-- the report's categories (comma-joined names) and target name, both fixed at submission, copied when the task row
-- is written (TaskRules)
ALTER TABLE case_task ADD COLUMN categories VARCHAR(200) NULL;
ALTER TABLE case_task ADD COLUMN target_name VARCHAR(200) NULL;
UPDATE case_task SET categories = COALESCE((SELECT r.categories FROM report r WHERE r.id = case_task.report_id), ''),
  target_name = COALESCE((SELECT r.target_name FROM report r WHERE r.id = case_task.report_id), '');
ALTER TABLE case_task MODIFY COLUMN categories VARCHAR(200) NOT NULL;
ALTER TABLE case_task MODIFY COLUMN target_name VARCHAR(200) NOT NULL;

-- region range per role, covering every column the inbox filters read (count and page ids without row reads)
DROP INDEX idx_case_task_inbox ON case_task;
CREATE INDEX idx_case_task_inbox ON case_task (role, region_path, due_at, created_at, assignee, overdue,
  unassigned_region, report_id, categories, tracking_code, target_name);
-- the inbox order (due_at, created_at, task_id) per role, covering too: a province-wide first page reads about a
-- page of entries instead of sorting the province
CREATE INDEX idx_case_task_due ON case_task (role, due_at, created_at, task_id, region_path, assignee, overdue,
  unassigned_region, report_id, categories, tracking_code, target_name);
