package org.greenwhistle.reward.process;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.reward.service.RewardWorkflow;
import org.springframework.stereotype.Component;

/** The claim window ends soon: the reporter is reminded. */
@Component
public class RemindUnclaimedRewardDelegate implements JavaDelegate {
  private final RewardWorkflow workflow;

  RemindUnclaimedRewardDelegate(RewardWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.remind(execution.getProcessInstanceId());
  }
}
