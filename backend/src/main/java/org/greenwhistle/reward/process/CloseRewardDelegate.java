package org.greenwhistle.reward.process;

import java.time.LocalDate;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.reward.service.RewardWorkflow;
import org.springframework.stereotype.Component;

/** FINANCE recorded the bank payment: the reward is paid and the reporter is told. */
@Component
public class CloseRewardDelegate implements JavaDelegate {
  private final RewardWorkflow workflow;

  CloseRewardDelegate(RewardWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.close(execution.getProcessInstanceId(), RewardVariables.actor(execution),
        RewardVariables.string(execution, "paymentReference"),
        LocalDate.parse(RewardVariables.string(execution, "paymentDate")));
  }
}
