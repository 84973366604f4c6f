package org.greenwhistle.report.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored evidence file: random storage id, display name, detected type, digest, EXIF facts. */
public record EvidenceRecord(Long id, Long reportId, String storageId, String displayName, String mediaType,
                             long sizeBytes, String sha256, Instant exifTakenAt, BigDecimal exifLatitude,
                             BigDecimal exifLongitude, String source, Instant uploadedAt) {
}
