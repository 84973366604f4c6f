package org.greenwhistle.casework.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.greenwhistle.report.domain.EvidenceRecord;
import org.greenwhistle.report.domain.ReportMessage;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.domain.TimelineEvent;

/** A case as staff see it. No reporter identity here: unmasking is a separate, audited step. */
public record CaseDetail(String trackingCode, ReportStatus status, String categories, String subcategories,
                         String targetName, String regionCode, String regionName, String address, BigDecimal latitude,
                         BigDecimal longitude, Instant observedAt, boolean ongoing, String description,
                         boolean anonymous, boolean wantsReward, Instant submittedAt, String linkedTo,
                         List<TimelineEvent> timeline, List<ReportMessage> messages, List<EvidenceRecord> evidence,
                         List<CaseDecision> decisions, List<CaseTask> openTasks,
                         List<String> duplicates) {
}
