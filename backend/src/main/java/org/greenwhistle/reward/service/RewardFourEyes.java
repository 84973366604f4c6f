package org.greenwhistle.reward.service;

import java.util.HashSet;
import java.util.Set;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.greenwhistle.casework.service.FourEyesViolation;
import org.greenwhistle.casework.service.TaskGuard;
import org.greenwhistle.reward.domain.Reward;
import org.greenwhistle.reward.persistence.RewardMapper;
import org.springframework.stereotype.Component;

/**
 * Nobody both decides and pays: the second approver is another LEADER than the reviewer; FINANCE approval is by
 * neither of them; the payment is recorded by someone other than the approver and the reviewers. Who did what is
 * read from the reward row, written by the workflow from the engine's authenticated user, not from process
 * variables (which any engine client could set).
 */
@Component
class RewardFourEyes implements TaskGuard {
  private final RewardMapper rewards;

  RewardFourEyes(RewardMapper rewards) {
    this.rewards = rewards;
  }

  @Override
  public void check(DelegateTask task, String user) {
    String key = task.getTaskDefinitionKey();
    if (!"rewardSecondApproval".equals(key) && !"financeApproval".equals(key) && !"recordPayout".equals(key)) {
      return;
    }
    Reward reward = rewards.findByProcessInstance(task.getProcessInstanceId());
    if (reward == null) {
      return;
    }
    Set<String> earlier = new HashSet<>();
    add(earlier, reward.reviewedBy());
    if (!"rewardSecondApproval".equals(key)) {
      add(earlier, reward.secondApprovedBy());
    }
    if ("recordPayout".equals(key)) {
      add(earlier, reward.financeApprovedBy());
    }
    if (earlier.contains(user)) {
      throw new FourEyesViolation(user + " may not work " + key + ": four-eyes rule (acted on an earlier step)");
    }
  }

  private static void add(Set<String> set, String user) {
    if (user != null) {
      set.add(user);
    }
  }
}
