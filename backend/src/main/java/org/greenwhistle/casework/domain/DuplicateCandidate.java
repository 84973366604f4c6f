package org.greenwhistle.casework.domain;

import java.time.Instant;
import org.greenwhistle.report.domain.ReportStatus;

/**
 * A report that may be about the same matter as the case on screen: the same target or a place nearby, submitted
 * within the duplicate window. {@code earlier} says whether the case on screen may be linked to it (a link always
 * points to the earlier report); {@code distanceMetres} is null when either report has no coordinates.
 */
public record DuplicateCandidate(String trackingCode, ReportStatus status, String targetName, String regionName,
                                 Instant submittedAt, boolean sameTarget, Integer distanceMetres, boolean earlier) {
}
