-- Issue #23. One canary per master key id: a value encrypted with that key when it was first active. At start-up
-- every canary must decrypt with the configured key of its id, so a wrong or missing key stops the start instead of
-- serving undecryptable personal data and evidence.
CREATE TABLE crypto_canary (
  key_id     VARCHAR(32)  NOT NULL PRIMARY KEY,
  canary_enc VARCHAR(200) NOT NULL,
  created_at TIMESTAMP(3) NOT NULL
);

-- the SHA-256 of the stored file's own content (differs from the upload where the location was removed); sha256 stays the
-- fingerprint of what the reporter uploaded; NULL for files stored before this version
ALTER TABLE evidence ADD COLUMN stored_sha256 CHAR(64) NULL;
-- anonymous reports only: KEPT = the reporter ticked "keep the location"; REMOVED = position and camera serial numbers
-- removed from the stored file; UNCHANGED = a type whose metadata cannot be removed (video, PDF, HEIC): only the
-- database keeps no position; NULL = real-name or staff evidence, kept as uploaded
ALTER TABLE evidence ADD COLUMN location_privacy VARCHAR(12) NULL;
