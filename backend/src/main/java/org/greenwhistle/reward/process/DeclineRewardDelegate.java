package org.greenwhistle.reward.process;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.reward.service.RewardWorkflow;
import org.springframework.stereotype.Component;

/** The reviewing LEADER found the reporter not eligible: recorded, and the reporter is told. */
@Component
public class DeclineRewardDelegate implements JavaDelegate {
  private final RewardWorkflow workflow;

  DeclineRewardDelegate(RewardWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.decline(execution.getProcessInstanceId(), RewardVariables.actor(execution),
        RewardVariables.review(execution));
  }
}
