package org.greenwhistle.casework.domain;

import java.time.Instant;

/** An open user task as staff see it in an inbox, with the case data its columns show. */
public record CaseTask(String taskId, String processInstanceId, long reportId, String trackingCode, String taskKey,
                       String role, String regionPath, String assignee, Instant createdAt, Instant dueAt,
                       boolean overdue, String regionCode, String targetName, String categories, String status) {
}
