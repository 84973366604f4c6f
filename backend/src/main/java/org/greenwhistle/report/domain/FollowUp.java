package org.greenwhistle.report.domain;

import java.time.Instant;
import java.util.List;

/** What the reporter sees with tracking code + access key. */
public record FollowUp(String trackingCode, ReportStatus status, Instant submittedAt, String regionName,
                       String categories, String targetName, List<TimelineEvent> timeline,
                       List<ReportMessage> messages, List<String> evidenceNames) {
}
