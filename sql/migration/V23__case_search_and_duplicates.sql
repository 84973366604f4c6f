-- Staff case search (#21 item 4) and duplicate candidates (#21 item 5).

-- the search's status filter (e.g. the closed cases of a province): status first, then the region range
CREATE INDEX idx_report_status_region ON report (status, region_path, submitted_at);
-- duplicate candidates by target: the same target name within a time window
CREATE INDEX idx_report_target ON report (target_name, submitted_at);
-- duplicate candidates nearby: a latitude band of a few hundred metres, longitude checked from the index
CREATE INDEX idx_report_location ON report (latitude, longitude, submitted_at);
-- the search's overdue filter reads a case's open tasks by report
DROP INDEX idx_case_task_report ON case_task;
CREATE INDEX idx_case_task_report ON case_task (report_id, overdue, due_at);
