-- The outbox keeps no secrets (issue 19). Subject and body become ciphertext like the recipient (existing rows are
-- encrypted by the Java migration 14.1); the reason is a plain code for operators; a mail that carries a link
-- token keeps the link apart, encrypted, until delivery or its not-after time (the token's own expiry).
ALTER TABLE mail_outbox MODIFY subject VARCHAR(1000) NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN reason VARCHAR(32) NOT NULL DEFAULT 'UNSPECIFIED';
ALTER TABLE mail_outbox ADD COLUMN secret_encrypted VARCHAR(1000) NULL;
ALTER TABLE mail_outbox ADD COLUMN not_after TIMESTAMP(3) NULL;
CREATE INDEX idx_mail_outbox_not_after ON mail_outbox (not_after);
