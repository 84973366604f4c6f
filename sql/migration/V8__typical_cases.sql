-- Typical cases (典型案例): anonymised write-ups of closed cases, published in numbered batches after a second
-- ADMIN's review. The text never holds a reporter's identity: a check against the linked reports' reporters
-- runs before publication (see docs/architecture.md).

CREATE TABLE typical_case_batch (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  batch_no    INT           NOT NULL,
  title       VARCHAR(200)  NOT NULL,
  created_by  VARCHAR(64)   NOT NULL,
  created_at  TIMESTAMP(3)  NOT NULL,
  CONSTRAINT uq_typical_case_batch_no UNIQUE (batch_no)
);

-- status: DRAFT → IN_REVIEW → PUBLISHED → WITHDRAWN (IN_REVIEW and WITHDRAWN may go back to DRAFT).
-- author wrote it; last_editor changed the text last; reviewer published it (neither of the other two).
CREATE TABLE typical_case (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  batch_id       BIGINT        NULL,
  title          VARCHAR(200)  NOT NULL,
  province_code  CHAR(6)       NULL,
  region_code    CHAR(6)       NULL,
  category       VARCHAR(20)   NULL,
  case_year      INT           NULL,
  background     TEXT          NULL,
  facts          TEXT          NULL,
  handling       TEXT          NULL,
  reward_text    TEXT          NULL,
  significance   TEXT          NULL,
  status         VARCHAR(12)   NOT NULL,
  author         VARCHAR(64)   NOT NULL,
  last_editor    VARCHAR(64)   NOT NULL,
  reviewer       VARCHAR(64)   NULL,
  return_reason  VARCHAR(500)  NULL,
  created_at     TIMESTAMP(3)  NOT NULL,
  updated_at     TIMESTAMP(3)  NOT NULL,
  published_at   TIMESTAMP(3)  NULL,
  CONSTRAINT fk_typical_case_batch FOREIGN KEY (batch_id) REFERENCES typical_case_batch (id)
);
CREATE INDEX idx_typical_case_public ON typical_case (status, published_at);
CREATE INDEX idx_typical_case_filter ON typical_case (status, province_code, category, case_year);

-- the closed cases a typical case is written from (their reporters' identities are checked before publishing)
CREATE TABLE typical_case_report (
  typical_case_id BIGINT NOT NULL,
  report_id       BIGINT NOT NULL,
  PRIMARY KEY (typical_case_id, report_id),
  CONSTRAINT fk_typical_case_report_case FOREIGN KEY (typical_case_id) REFERENCES typical_case (id),
  CONSTRAINT fk_typical_case_report_report FOREIGN KEY (report_id) REFERENCES report (id)
);
CREATE INDEX idx_typical_case_report_report ON typical_case_report (report_id);
