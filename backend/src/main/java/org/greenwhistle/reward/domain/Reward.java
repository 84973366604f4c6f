package org.greenwhistle.reward.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of the reward process for a report. {@code basis} is the JSON of the explanation lines;
 * payee name and bank account are ciphertexts, shown only inside a payout.
 */
public record Reward(Long id, long reportId, String trackingCode, String processInstanceId, boolean supplementary,
                     RewardStatus status, String provinceCode, String regionPath, String ruleSet, BigDecimal amount,
                     BigDecimal minAmount, BigDecimal maxAmount, BigDecimal calculatedAmount, BigDecimal earlierAmount,
                     String basis, String eligibility, Integer contributionGrade, Boolean insider, String amountReason,
                     String reviewedBy, Instant reviewedAt, String secondApprovedBy, String financeApprovedBy,
                     Instant financeApprovedAt, String returnReason, Instant grantedAt, Instant claimDeadline,
                     Instant claimedAt, String payeeNameEnc, String bankNameEnc, String bankAccountEnc, Long batchId,
                     String paymentReference, LocalDate paymentDate, String paidBy, Instant createdAt,
                     Instant updatedAt) {

  @Override
  public String toString() {
    return "Reward[id=" + id + ", report=" + reportId + ", status=" + status + "]";
  }
}
