package org.greenwhistle.reward.process;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.reward.service.RewardWorkflow;
import org.springframework.stereotype.Component;

/** Unclaimed when the window closed: the reward is forfeited. */
@Component
public class ForfeitRewardDelegate implements JavaDelegate {
  private final RewardWorkflow workflow;

  ForfeitRewardDelegate(RewardWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.forfeit(execution.getProcessInstanceId());
  }
}
