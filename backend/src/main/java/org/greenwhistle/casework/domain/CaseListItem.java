package org.greenwhistle.casework.domain;

import java.time.Instant;
import org.greenwhistle.report.domain.ReportStatus;

/**
 * One row of the case search: what the list and its export show, and nothing of the reporter. {@code dueAt} is
 * the earliest deadline of the case's open steps (none when nothing is open), {@code overdue} whether one passed.
 */
public record CaseListItem(long id, String trackingCode, ReportStatus status, String categories, String targetName,
                           String regionCode, Instant submittedAt, Instant dueAt, boolean overdue) {
}
