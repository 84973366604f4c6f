-- Citizen reports, evidence, timeline, messages, idempotent submissions, shared rate-limit counters.

CREATE TABLE report (
  id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tracking_code           VARCHAR(16)   NOT NULL,
  access_key_hash         CHAR(64)      NOT NULL,
  status                  VARCHAR(20)   NOT NULL,
  categories              VARCHAR(200)  NOT NULL,
  subcategories           VARCHAR(300)  NULL,
  target_name             VARCHAR(200)  NOT NULL,
  region_code             CHAR(6)       NOT NULL,
  region_path             VARCHAR(40)   NOT NULL,
  address                 VARCHAR(300)  NOT NULL,
  latitude                DECIMAL(9,6)  NULL,
  longitude               DECIMAL(9,6)  NULL,
  observed_at             TIMESTAMP(3)  NOT NULL,
  ongoing                 BOOLEAN       NOT NULL,
  description             TEXT          NOT NULL,
  anonymous               BOOLEAN       NOT NULL,
  -- personal data: AES-GCM ciphertexts only
  reporter_name_enc       VARCHAR(600)  NULL,
  reporter_id_number_enc  VARCHAR(600)  NULL,
  reporter_phone_enc      VARCHAR(600)  NULL,
  reporter_email_enc      VARCHAR(600)  NULL,
  reporter_account_id     BIGINT        NULL,
  wants_reward            BOOLEAN       NOT NULL,
  not_excluded_declared   BOOLEAN       NOT NULL,
  linked_to_report_id     BIGINT        NULL,
  submitted_at            TIMESTAMP(3)  NOT NULL,
  updated_at              TIMESTAMP(3)  NOT NULL,
  CONSTRAINT uk_report_tracking_code UNIQUE (tracking_code),
  CONSTRAINT fk_report_region FOREIGN KEY (region_code) REFERENCES region (code)
);
CREATE INDEX idx_report_region_path ON report (region_path, submitted_at);
CREATE INDEX idx_report_submitted ON report (submitted_at);

-- one row per category, for the "similar reports nearby" hint and statistics
CREATE TABLE report_category (
  report_id   BIGINT      NOT NULL,
  category    VARCHAR(20) NOT NULL,
  region_code CHAR(6)     NOT NULL,
  submitted_at TIMESTAMP(3) NOT NULL,
  is_open     BOOLEAN     NOT NULL,
  PRIMARY KEY (report_id, category),
  CONSTRAINT fk_report_category_report FOREIGN KEY (report_id) REFERENCES report (id)
);
CREATE INDEX idx_report_category_similar ON report_category (region_code, category, submitted_at);

CREATE TABLE evidence (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_id      BIGINT        NOT NULL,
  storage_id     CHAR(32)      NOT NULL,
  display_name   VARCHAR(255)  NOT NULL,
  media_type     VARCHAR(60)   NOT NULL,
  size_bytes     BIGINT        NOT NULL,
  sha256         CHAR(64)      NOT NULL,
  exif_taken_at  TIMESTAMP(3)  NULL,
  exif_latitude  DECIMAL(9,6)  NULL,
  exif_longitude DECIMAL(9,6)  NULL,
  source         VARCHAR(12)   NOT NULL,
  uploaded_at    TIMESTAMP(3)  NOT NULL,
  CONSTRAINT uk_evidence_storage UNIQUE (storage_id),
  CONSTRAINT fk_evidence_report FOREIGN KEY (report_id) REFERENCES report (id)
);
CREATE INDEX idx_evidence_report ON evidence (report_id);

-- the reporter-visible timeline: event types and message keys, never free text about the reporter
CREATE TABLE report_event (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_id   BIGINT       NOT NULL,
  occurred_at TIMESTAMP(3) NOT NULL,
  type        VARCHAR(40)  NOT NULL,
  note        VARCHAR(500) NULL,
  CONSTRAINT fk_report_event_report FOREIGN KEY (report_id) REFERENCES report (id)
);
CREATE INDEX idx_report_event_report ON report_event (report_id, occurred_at);

CREATE TABLE report_message (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_id  BIGINT       NOT NULL,
  sent_at    TIMESTAMP(3) NOT NULL,
  direction  VARCHAR(16)  NOT NULL,
  author     VARCHAR(64)  NULL,
  body       TEXT         NOT NULL,
  CONSTRAINT fk_report_message_report FOREIGN KEY (report_id) REFERENCES report (id)
);
CREATE INDEX idx_report_message_report ON report_message (report_id, sent_at);

-- a retried submission with the same Idempotency-Key gets the same receipt for 24 h; the receipt is
-- kept encrypted only for that window and purged afterwards
CREATE TABLE idempotent_submission (
  key_hash      CHAR(64)     NOT NULL PRIMARY KEY,
  report_id     BIGINT       NOT NULL,
  receipt_enc   VARCHAR(600) NULL,
  created_at    TIMESTAMP(3) NOT NULL,
  expires_at    TIMESTAMP(3) NOT NULL
);
CREATE INDEX idx_idempotent_expires ON idempotent_submission (expires_at);

-- fixed-window counters shared by all nodes; buckets hold salted hashes, never raw addresses
CREATE TABLE rate_limit_counter (
  bucket       CHAR(64)     NOT NULL,
  window_start TIMESTAMP(3) NOT NULL,
  hits         INT          NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
CREATE INDEX idx_rate_limit_window ON rate_limit_counter (window_start);
