package org.greenwhistle.reward.process;

import java.util.Date;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.reward.service.RewardWorkflow;
import org.springframework.stereotype.Component;

/** FINANCE approved: the reporter is told and the claim window opens. */
@Component
public class GrantRewardDelegate implements JavaDelegate {
  private final RewardWorkflow workflow;

  GrantRewardDelegate(RewardWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RewardWorkflow.ClaimWindow window = workflow.grant(execution.getProcessInstanceId(),
        RewardVariables.actor(execution));
    execution.setVariable("claimDeadline", Date.from(window.deadline()));
    execution.setVariable("claimWarningAt", Date.from(window.warningAt()));
  }
}
