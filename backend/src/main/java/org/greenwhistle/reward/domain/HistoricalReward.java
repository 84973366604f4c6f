package org.greenwhistle.reward.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A paid reward of an imported historical case ({@code processInstanceId} is a unique marker, not an engine id). */
public record HistoricalReward(long reportId, String processInstanceId, String provinceCode, String regionPath,
                               String ruleSet, BigDecimal amount, String decidedBy, Instant reviewedAt,
                               Instant grantedAt, Instant claimedAt, Instant paidAt, LocalDate paymentDate,
                               String paymentReference) {
}
