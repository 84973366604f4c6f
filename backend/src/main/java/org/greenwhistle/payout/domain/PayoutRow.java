package org.greenwhistle.payout.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.greenwhistle.reward.domain.RewardStatus;

/** A reward as the finance queue lists it, with the open FINANCE task on it (if any); no personal data. */
public record PayoutRow(long rewardId, String trackingCode, RewardStatus status, BigDecimal amount,
                        String provinceCode, String regionCode, String ruleSet, boolean supplementary,
                        Instant updatedAt, Instant claimDeadline, Instant claimedAt, Long batchId,
                        String paymentReference, LocalDate paymentDate, String financeApprovedBy, String taskId,
                        String taskKey, String assignee) {
}
