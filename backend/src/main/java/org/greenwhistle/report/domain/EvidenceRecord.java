package org.greenwhistle.report.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stored evidence file: random storage id, display name, detected type, digest of the upload (the fingerprint),
 * EXIF facts, the digest of the stored content (differs where the location was removed; null before issue #23) and,
 * for anonymous reporters' files, what became of the location ({@link #locationPrivacy()}).
 */
public record EvidenceRecord(Long id, Long reportId, String storageId, String displayName, String mediaType,
                             long sizeBytes, String sha256, Instant exifTakenAt, BigDecimal exifLatitude,
                             BigDecimal exifLongitude, String source, Instant uploadedAt, String storedSha256,
                             String locationPrivacy) {
  /** The reporter ticked "keep the location". */
  public static final String LOCATION_KEPT = "KEPT";
  /** Position and camera serial numbers removed from the stored file and not stored in the database. */
  public static final String LOCATION_REMOVED = "REMOVED";
  /** A type whose metadata cannot be removed (video, PDF, HEIC, WebP): only the database holds no position. */
  public static final String LOCATION_UNCHANGED = "UNCHANGED";

  /** The digest the stored content must have: its own where recorded, else the upload's. */
  public String expectedStoredSha256() {
    return storedSha256 == null ? sha256 : storedSha256;
  }
}
