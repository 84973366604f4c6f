-- Retention: when a case's personal data was erased (reporter identity, messages, evidence files, payee data).
ALTER TABLE report ADD COLUMN personal_data_erased_at TIMESTAMP(3) NULL;
CREATE INDEX idx_report_retention ON report (status, updated_at);
