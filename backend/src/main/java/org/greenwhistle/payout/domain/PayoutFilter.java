package org.greenwhistle.payout.domain;

import org.greenwhistle.reward.domain.RewardStatus;

/** Finance queue filters, all optional: status, a province (or any region) inside the caller's, tracking code. */
public record PayoutFilter(RewardStatus status, String regionCode, String text) {
  public static PayoutFilter none() {
    return new PayoutFilter(null, null, null);
  }
}
