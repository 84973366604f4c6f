package org.greenwhistle.reward.process;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.reward.service.RewardWorkflow;
import org.springframework.stereotype.Component;

/** A second LEADER approved an amount above the threshold. */
@Component
public class RecordSecondApprovalDelegate implements JavaDelegate {
  private final RewardWorkflow workflow;

  RecordSecondApprovalDelegate(RewardWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.recordSecondApproval(execution.getProcessInstanceId(), RewardVariables.actor(execution));
  }
}
