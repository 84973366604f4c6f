package org.greenwhistle.payout.domain;

import java.util.List;
import org.greenwhistle.reward.domain.BasisLine;

/** One payout as FINANCE works it: the only place where the reporter's name and bank data are shown. */
public record PayoutDetail(PayoutRow row, List<BasisLine> basis, String reporterName, String payeeName,
                           String bankName, String bankAccount, String reviewedBy, String secondApprovedBy) {
  @Override
  public String toString() {
    return "PayoutDetail[" + row.rewardId() + "]";
  }
}
