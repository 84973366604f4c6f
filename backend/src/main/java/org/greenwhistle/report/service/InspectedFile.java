package org.greenwhistle.report.service;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;

/** An upload whose content passed inspection: detected type, digest and EXIF facts, and the reporter's choice. */
public record InspectedFile(Path tempFile, String displayName, String mediaType, long size, String sha256,
                           Instant exifTakenAt, BigDecimal exifLatitude, BigDecimal exifLongitude,
                           boolean keepLocation) {
}
