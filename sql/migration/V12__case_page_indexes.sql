-- The case page (docs/performance.md, B2) looked up a case's duplicates and its open tasks without an index:
-- a scan of every report and every open task per page view (~270 ms at 100,000 open cases).
CREATE INDEX idx_report_linked ON report (linked_to_report_id, submitted_at);
CREATE INDEX idx_case_task_process ON case_task (process_instance_id);
