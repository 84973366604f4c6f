-- The conversation between reporter and handler (issue 22).

-- the language the reporter used when reporting ('zh' or 'en'; NULL for older reports means Chinese): mails to the
-- reporter are written in it
ALTER TABLE report ADD COLUMN language VARCHAR(8) NULL;
-- an anonymous reporter's optional contact address, encrypted like every personal field: used only to say "there is
-- news on your report", never shown to staff, removable by the reporter on the follow-up page
ALTER TABLE report ADD COLUMN contact_email_enc VARCHAR(600) NULL;

-- the reporter wrote (reply, evidence, appeal) since the handler last opened the case: 0 sorts such tasks first in
-- the inbox, 1 is every other task; a number rather than a flag so that the inbox order stays ascending on its index
ALTER TABLE case_task ADD COLUMN inbox_rank TINYINT NOT NULL DEFAULT 1;
-- V11's two covering inbox indexes, with the rank: the region range carries it as one more covered column, the
-- order index puts it first after the role, so a first page still reads about a page of entries
DROP INDEX idx_case_task_inbox ON case_task;
CREATE INDEX idx_case_task_inbox ON case_task (role, region_path, due_at, created_at, assignee, overdue,
  unassigned_region, report_id, categories, tracking_code, target_name, inbox_rank);
DROP INDEX idx_case_task_due ON case_task;
CREATE INDEX idx_case_task_due ON case_task (role, inbox_rank, due_at, created_at, task_id, region_path, assignee,
  overdue, unassigned_region, report_id, categories, tracking_code, target_name);

-- mail is retried until this time (created_at + greenwhistle.mail.retry-for; an ADMIN's retry of a FAILED mail
-- starts a new period) and only then marked FAILED
ALTER TABLE mail_outbox ADD COLUMN retry_until TIMESTAMP(3) NULL;
