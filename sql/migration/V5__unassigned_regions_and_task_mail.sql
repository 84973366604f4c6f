-- Tasks whose region has no staff member with the task's role go to the region's leaders (or ADMIN).
ALTER TABLE case_task ADD COLUMN unassigned_region BOOLEAN NOT NULL DEFAULT FALSE;
-- Staff may opt in to a mail for each new task in their inbox.
ALTER TABLE app_user ADD COLUMN notify_new_tasks BOOLEAN NOT NULL DEFAULT FALSE;
