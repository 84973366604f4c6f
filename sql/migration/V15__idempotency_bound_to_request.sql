-- An Idempotency-Key replays a receipt only for the same request (issue #15): the row keeps a keyed hash of the
-- request (canonical report JSON and each file's SHA-256), never the report itself. Rows written before this
-- version cannot prove their request; they are dropped, so a retry of one stores a new report instead of
-- handing the first receipt to whoever presents the key.
DELETE FROM idempotent_submission;
ALTER TABLE idempotent_submission ADD COLUMN request_hash CHAR(64) NOT NULL AFTER report_id;

-- the same for evidence added later (issue #16): a retried upload attaches its file once; key_hash is scoped to
-- the report, so one client key can serve different reports
CREATE TABLE idempotent_evidence (
  key_hash      CHAR(64)     NOT NULL PRIMARY KEY,
  report_id     BIGINT       NOT NULL,
  request_hash  CHAR(64)     NOT NULL,
  created_at    TIMESTAMP(3) NOT NULL,
  expires_at    TIMESTAMP(3) NOT NULL
);
CREATE INDEX idx_idempotent_evidence_expires ON idempotent_evidence (expires_at);
