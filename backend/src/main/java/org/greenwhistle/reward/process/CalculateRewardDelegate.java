package org.greenwhistle.reward.process;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.reward.service.RewardWorkflow;
import org.springframework.stereotype.Component;

/** The authoritative amount under the rules in force; an amount outside the rule's range refuses the review. */
@Component
public class CalculateRewardDelegate implements JavaDelegate {
  private final RewardWorkflow workflow;

  CalculateRewardDelegate(RewardWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("secondApprovalRequired", workflow.calculate(execution.getProcessInstanceId(),
        RewardVariables.actor(execution), RewardVariables.review(execution)));
  }
}
