package org.greenwhistle.scenario;

/** A closed case with its reward: the reporter's receipt and the reward's id. */
public record RewardCase(Receipt receipt, long rewardId) {
  public String code() {
    return receipt.code();
  }
}
