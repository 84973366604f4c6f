package org.greenwhistle.reward.service;

import static org.greenwhistle.processes.RewardModel.Var.SECOND_APPROVAL_COMMENT;
import static org.greenwhistle.processes.RewardModel.Var.SECOND_APPROVAL_OUTCOME;

import org.greenwhistle.casework.domain.CaseEnums.ReturnableApproval;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.processes.RewardModel;
import org.springframework.stereotype.Component;

/** A second LEADER (not the reviewer) approves an amount above the threshold, or returns it with a reason. */
@Component
public class RewardSecondApprovalTask extends ApprovalTask<RewardSecondApprovalTask.Form, ReturnableApproval> {

  /** Its own type, so the finance approval's form cannot complete this task. */
  public static class Form extends ApprovalForm {
    public Form() {
    }

    public Form(Boolean approve, String comment) {
      super(approve, comment);
    }
  }

  RewardSecondApprovalTask() {
    super(RewardModel.Task.REWARD_SECOND_APPROVAL, Role.LEADER, Form.class, Form::new, SECOND_APPROVAL_OUTCOME,
        SECOND_APPROVAL_COMMENT, ReturnableApproval.class, ReturnableApproval.RETURN);
  }
}
