package org.greenwhistle.casework.domain;

import java.time.Instant;
import org.greenwhistle.report.domain.ReportStatus;

/** One row of a case list. */
public record CaseSummary(String trackingCode, ReportStatus status, String categories, String targetName,
                          String regionCode, String regionName, Instant submittedAt) {
}
