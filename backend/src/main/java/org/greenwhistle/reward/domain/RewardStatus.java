package org.greenwhistle.reward.domain;

/** Where a reward stands; follows the reward process. */
public enum RewardStatus {
  IN_REVIEW, DECLINED, SECOND_APPROVAL, FINANCE_APPROVAL, GRANTED, CLAIMED, PAID, FORFEITED;

  /** Still waiting on staff or the reporter (counts as an open reward of the case). */
  public boolean isOpen() {
    return this == IN_REVIEW || this == SECOND_APPROVAL || this == FINANCE_APPROVAL || this == GRANTED
        || this == CLAIMED;
  }

  /** Granted money: a supplementary reward pays only what exceeds these. */
  public boolean isGranted() {
    return this == GRANTED || this == CLAIMED || this == PAID;
  }
}
