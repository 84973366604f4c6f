-- Foundation schema: divisions, staff and citizen accounts, audit trail, mail outbox.
-- MySQL 8 / MariaDB 10.6+ dialect (also accepted by H2 in MySQL mode for the embedded default).

CREATE TABLE region (
  code        CHAR(6)     NOT NULL PRIMARY KEY,
  name        VARCHAR(64) NOT NULL,
  parent_code CHAR(6)     NULL,
  level       TINYINT     NOT NULL,
  -- '/000000/510000/510300/510311/': containment is a prefix test on an indexed column
  path        VARCHAR(40) NOT NULL
);
CREATE INDEX idx_region_parent ON region (parent_code);
CREATE INDEX idx_region_path ON region (path);

CREATE TABLE app_user (
  id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username             VARCHAR(64)  NOT NULL,
  password_hash        VARCHAR(100) NOT NULL,
  display_name         VARCHAR(100) NOT NULL,
  email                VARCHAR(254) NULL,
  region_code          CHAR(6)      NOT NULL,
  enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
  must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
  failed_logins        INT          NOT NULL DEFAULT 0,
  locked_until         TIMESTAMP(3) NULL,
  created_at           TIMESTAMP(3) NOT NULL,
  CONSTRAINT uk_app_user_username UNIQUE (username),
  CONSTRAINT fk_app_user_region FOREIGN KEY (region_code) REFERENCES region (code)
);

CREATE TABLE app_user_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX idx_app_user_role_role ON app_user_role (role);

-- Append-only, hash-chained per chain key (a case's tracking code, or 'system'), so nodes never
-- contend on one global chain. Holds ids and field names, never personal data.
CREATE TABLE audit_entry (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  chain_key   VARCHAR(40)   NOT NULL,
  seq         INT           NOT NULL,
  occurred_at TIMESTAMP(3)  NOT NULL,
  actor       VARCHAR(64)   NOT NULL,
  action      VARCHAR(64)   NOT NULL,
  subject     VARCHAR(100)  NULL,
  detail      VARCHAR(1000) NULL,
  prev_hash   CHAR(64)      NOT NULL,
  hash        CHAR(64)      NOT NULL,
  CONSTRAINT uk_audit_chain_seq UNIQUE (chain_key, seq)
);
CREATE INDEX idx_audit_occurred ON audit_entry (occurred_at);

-- Mail is written here inside the business transaction and delivered later with retries, so a
-- broken mail server never rolls back a case step. The recipient is encrypted (it may be a reporter).
CREATE TABLE mail_outbox (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recipient_encrypted VARCHAR(600)  NOT NULL,
  subject             VARCHAR(200)  NOT NULL,
  body                TEXT          NOT NULL,
  created_at          TIMESTAMP(3)  NOT NULL,
  status              VARCHAR(12)   NOT NULL,
  attempts            INT           NOT NULL DEFAULT 0,
  next_attempt_at     TIMESTAMP(3)  NOT NULL,
  sent_at             TIMESTAMP(3)  NULL,
  last_error          VARCHAR(500)  NULL
);
CREATE INDEX idx_mail_outbox_due ON mail_outbox (status, next_attempt_at);
