package org.greenwhistle.reward.process;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.reward.service.RewardWorkflow;
import org.springframework.stereotype.Component;

/** Opens the reward record of this process run (once, even when the step is retried). */
@Component
public class OpenRewardDelegate implements JavaDelegate {
  private final RewardWorkflow workflow;

  OpenRewardDelegate(RewardWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reportId = ((Number) execution.getVariable("reportId")).longValue();
    execution.setVariable("rewardId", workflow.open(reportId, execution.getProcessInstanceId(),
        RewardVariables.flag(execution, "supplementary")));
  }
}
