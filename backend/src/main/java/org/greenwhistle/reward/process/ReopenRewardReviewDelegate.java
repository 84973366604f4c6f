package org.greenwhistle.reward.process;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.reward.service.RewardWorkflow;
import org.springframework.stereotype.Component;

/** A second LEADER or FINANCE sent the reward back to review, with their reason. */
@Component
public class ReopenRewardReviewDelegate implements JavaDelegate {
  private final RewardWorkflow workflow;

  ReopenRewardReviewDelegate(RewardWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = "REJECT".equals(execution.getVariable("financeOutcome"))
        ? RewardVariables.string(execution, "financeComment")
        : RewardVariables.string(execution, "secondApprovalComment");
    execution.removeVariable("financeOutcome");
    execution.removeVariable("secondApprovalOutcome");
    workflow.reopen(execution.getProcessInstanceId(), RewardVariables.actor(execution), reason);
  }
}
