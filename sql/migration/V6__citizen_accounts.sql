-- Citizen accounts: e-mail verification and password-reset links (only a hash of each token is stored).
CREATE TABLE account_token (
  token_hash CHAR(64)     NOT NULL PRIMARY KEY,
  user_id    BIGINT       NOT NULL,
  purpose    VARCHAR(12)  NOT NULL,
  expires_at TIMESTAMP(3) NOT NULL,
  used_at    TIMESTAMP(3) NULL,
  CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX idx_report_account ON report (reporter_account_id, submitted_at);
