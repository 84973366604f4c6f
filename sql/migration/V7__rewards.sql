-- Rewards: the rule-set registry (DMN per jurisdiction and version), one row per reward decision, and the
-- bank batches that carry claimed rewards to payment.

-- Shipped rule sets are registered at start-up; uploaded ones wait (PENDING) for a second ADMIN.
CREATE TABLE reward_rule_set (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  rule_key         VARCHAR(40)   NOT NULL,
  jurisdiction     CHAR(6)       NOT NULL,
  name             VARCHAR(200)  NOT NULL,
  version          INT           NOT NULL,
  valid_from       DATE          NOT NULL,
  valid_to         DATE          NULL,
  decision_key     VARCHAR(80)   NOT NULL,
  dmn_xml          MEDIUMTEXT    NOT NULL,
  examples_json    MEDIUMTEXT    NOT NULL,
  status           VARCHAR(12)   NOT NULL,
  uploaded_by      VARCHAR(64)   NOT NULL,
  uploaded_at      TIMESTAMP(3)  NOT NULL,
  decided_by       VARCHAR(64)   NULL,
  decided_at       TIMESTAMP(3)  NULL,
  deployment_id    VARCHAR(64)   NULL,
  deployed_version INT           NULL,
  CONSTRAINT uq_reward_rule_set UNIQUE (rule_key, version)
);
CREATE INDEX idx_reward_rule_set_status ON reward_rule_set (status, jurisdiction);

CREATE TABLE payout_batch (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  created_by  VARCHAR(64)   NOT NULL,
  created_at  TIMESTAMP(3)  NOT NULL,
  item_count  INT           NOT NULL,
  total       DECIMAL(14,2) NOT NULL,
  sha256      CHAR(64)      NOT NULL
);

-- One row per run of the reward process (a supplementary reward is a second row for the same report).
-- Payee name and bank data are encrypted like the reporter's identity.
CREATE TABLE reward (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_id           BIGINT        NOT NULL,
  process_instance_id VARCHAR(64)   NOT NULL,
  supplementary       BOOLEAN       NOT NULL,
  status              VARCHAR(16)   NOT NULL,
  province_code       CHAR(6)       NOT NULL,
  region_path         VARCHAR(40)   NOT NULL,
  rule_set            VARCHAR(60)   NULL,
  amount              DECIMAL(12,2) NULL,
  min_amount          DECIMAL(12,2) NULL,
  max_amount          DECIMAL(12,2) NULL,
  calculated_amount   DECIMAL(12,2) NULL,
  earlier_amount      DECIMAL(12,2) NULL,
  basis               TEXT          NULL,
  eligibility         VARCHAR(400)  NULL,
  contribution_grade  INT           NULL,
  insider             BOOLEAN       NULL,
  amount_reason       VARCHAR(500)  NULL,
  reviewed_by         VARCHAR(64)   NULL,
  reviewed_at         TIMESTAMP(3)  NULL,
  second_approved_by  VARCHAR(64)   NULL,
  finance_approved_by VARCHAR(64)   NULL,
  finance_approved_at TIMESTAMP(3)  NULL,
  return_reason       VARCHAR(500)  NULL,
  granted_at          TIMESTAMP(3)  NULL,
  claim_deadline      TIMESTAMP(3)  NULL,
  claimed_at          TIMESTAMP(3)  NULL,
  payee_name_enc      VARCHAR(512)  NULL,
  bank_name_enc       VARCHAR(512)  NULL,
  bank_account_enc    VARCHAR(512)  NULL,
  batch_id            BIGINT        NULL,
  payment_reference   VARCHAR(64)   NULL,
  payment_date        DATE          NULL,
  paid_by             VARCHAR(64)   NULL,
  created_at          TIMESTAMP(3)  NOT NULL,
  updated_at          TIMESTAMP(3)  NOT NULL,
  CONSTRAINT uq_reward_process UNIQUE (process_instance_id),
  CONSTRAINT fk_reward_report FOREIGN KEY (report_id) REFERENCES report (id),
  CONSTRAINT fk_reward_batch FOREIGN KEY (batch_id) REFERENCES payout_batch (id)
);
CREATE INDEX idx_reward_queue ON reward (status, region_path);
CREATE INDEX idx_reward_report ON reward (report_id);
CREATE INDEX idx_reward_ledger ON reward (payment_date, province_code);
