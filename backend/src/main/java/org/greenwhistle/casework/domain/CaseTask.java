package org.greenwhistle.casework.domain;

import java.time.Instant;

/**
 * An open user task as staff see it in an inbox, with the case data its columns show. An "unassigned region"
 * task has no staff member with its role covering the case's region: it goes to the region's leaders.
 * {@code reporterWrote}: the reporter replied, added evidence or appealed since a handler last opened the case.
 */
public record CaseTask(String taskId, String processInstanceId, long reportId, String trackingCode, String taskKey,
                       String role, String regionPath, String assignee, Instant createdAt, Instant dueAt,
                       boolean overdue, String regionCode, String targetName, String categories, String status,
                       boolean unassignedRegion, boolean reporterWrote) {
}
