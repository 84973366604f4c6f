-- Case work: the staff task projection, decisions, holiday calendar for working-day deadlines.

-- One row per open user task, kept by an engine-side task listener in the same transaction, so that
-- inboxes page, filter and count on indexed case data instead of scanning process variables.
CREATE TABLE case_task (
  task_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64)  NOT NULL,
  report_id           BIGINT       NOT NULL,
  tracking_code       VARCHAR(16)  NOT NULL,
  task_key            VARCHAR(40)  NOT NULL,
  role                VARCHAR(20)  NOT NULL,
  region_path         VARCHAR(40)  NOT NULL,
  assignee            VARCHAR(64)  NULL,
  created_at          TIMESTAMP(3) NOT NULL,
  due_at              TIMESTAMP(3) NULL,
  overdue             BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX idx_case_task_inbox ON case_task (role, region_path, due_at);
CREATE INDEX idx_case_task_assignee ON case_task (assignee);
CREATE INDEX idx_case_task_report ON case_task (report_id);

-- facts recorded at each decision step (verification, enforcement, closure, appeal, extension, intake)
CREATE TABLE case_decision (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_id   BIGINT        NOT NULL,
  task_key    VARCHAR(40)   NOT NULL,
  decided_by  VARCHAR(64)   NOT NULL,
  decided_at  TIMESTAMP(3)  NOT NULL,
  outcome     VARCHAR(40)   NOT NULL,
  details     TEXT          NULL,
  CONSTRAINT fk_case_decision_report FOREIGN KEY (report_id) REFERENCES report (id)
);
CREATE INDEX idx_case_decision_report ON case_decision (report_id, decided_at);

-- official public holidays and make-up working days; a year is complete once its announcement is entered
-- (column names avoid DAY and YEAR, which are keywords in H2, the embedded default database)
CREATE TABLE holiday_calendar (
  cal_date DATE    NOT NULL PRIMARY KEY,
  kind VARCHAR(8)  NOT NULL,
  name VARCHAR(40) NOT NULL
);
CREATE TABLE holiday_year (
  cal_year INT     NOT NULL PRIMARY KEY,
  complete BOOLEAN NOT NULL
);

INSERT INTO holiday_year (cal_year, complete) VALUES (2025, TRUE), (2026, TRUE);
INSERT INTO holiday_calendar (cal_date, kind, name) VALUES
  ('2025-01-01', 'HOLIDAY', '元旦'),
  ('2025-01-26', 'WORKDAY', '春节调休'), ('2025-01-28', 'HOLIDAY', '春节'), ('2025-01-29', 'HOLIDAY', '春节'),
  ('2025-01-30', 'HOLIDAY', '春节'), ('2025-01-31', 'HOLIDAY', '春节'), ('2025-02-01', 'HOLIDAY', '春节'),
  ('2025-02-02', 'HOLIDAY', '春节'), ('2025-02-03', 'HOLIDAY', '春节'), ('2025-02-04', 'HOLIDAY', '春节'),
  ('2025-02-08', 'WORKDAY', '春节调休'),
  ('2025-04-04', 'HOLIDAY', '清明节'), ('2025-04-05', 'HOLIDAY', '清明节'), ('2025-04-06', 'HOLIDAY', '清明节'),
  ('2025-04-27', 'WORKDAY', '劳动节调休'), ('2025-05-01', 'HOLIDAY', '劳动节'), ('2025-05-02', 'HOLIDAY', '劳动节'),
  ('2025-05-03', 'HOLIDAY', '劳动节'), ('2025-05-04', 'HOLIDAY', '劳动节'), ('2025-05-05', 'HOLIDAY', '劳动节'),
  ('2025-05-31', 'HOLIDAY', '端午节'), ('2025-06-01', 'HOLIDAY', '端午节'), ('2025-06-02', 'HOLIDAY', '端午节'),
  ('2025-09-28', 'WORKDAY', '国庆节调休'), ('2025-10-01', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-02', 'HOLIDAY', '国庆节、中秋节'), ('2025-10-03', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-04', 'HOLIDAY', '国庆节、中秋节'), ('2025-10-05', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-06', 'HOLIDAY', '国庆节、中秋节'), ('2025-10-07', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-08', 'HOLIDAY', '国庆节、中秋节'), ('2025-10-11', 'WORKDAY', '国庆节调休'),
  ('2026-01-01', 'HOLIDAY', '元旦'), ('2026-01-02', 'HOLIDAY', '元旦'), ('2026-01-03', 'HOLIDAY', '元旦'),
  ('2026-01-04', 'WORKDAY', '元旦调休'),
  ('2026-02-14', 'WORKDAY', '春节调休'), ('2026-02-15', 'HOLIDAY', '春节'), ('2026-02-16', 'HOLIDAY', '春节'),
  ('2026-02-17', 'HOLIDAY', '春节'), ('2026-02-18', 'HOLIDAY', '春节'), ('2026-02-19', 'HOLIDAY', '春节'),
  ('2026-02-20', 'HOLIDAY', '春节'), ('2026-02-21', 'HOLIDAY', '春节'), ('2026-02-22', 'HOLIDAY', '春节'),
  ('2026-02-23', 'HOLIDAY', '春节'), ('2026-02-28', 'WORKDAY', '春节调休'),
  ('2026-04-04', 'HOLIDAY', '清明节'), ('2026-04-05', 'HOLIDAY', '清明节'), ('2026-04-06', 'HOLIDAY', '清明节'),
  ('2026-05-01', 'HOLIDAY', '劳动节'), ('2026-05-02', 'HOLIDAY', '劳动节'), ('2026-05-03', 'HOLIDAY', '劳动节'),
  ('2026-05-04', 'HOLIDAY', '劳动节'), ('2026-05-05', 'HOLIDAY', '劳动节'), ('2026-05-09', 'WORKDAY', '劳动节调休'),
  ('2026-06-19', 'HOLIDAY', '端午节'), ('2026-06-20', 'HOLIDAY', '端午节'), ('2026-06-21', 'HOLIDAY', '端午节'),
  ('2026-09-20', 'WORKDAY', '国庆节调休'), ('2026-09-25', 'HOLIDAY', '中秋节'), ('2026-09-26', 'HOLIDAY', '中秋节'),
  ('2026-09-27', 'HOLIDAY', '中秋节'), ('2026-10-01', 'HOLIDAY', '国庆节'), ('2026-10-02', 'HOLIDAY', '国庆节'),
  ('2026-10-03', 'HOLIDAY', '国庆节'), ('2026-10-04', 'HOLIDAY', '国庆节'), ('2026-10-05', 'HOLIDAY', '国庆节'),
  ('2026-10-06', 'HOLIDAY', '国庆节'), ('2026-10-07', 'HOLIDAY', '国庆节'), ('2026-10-10', 'WORKDAY', '国庆节调休');
