package org.greenwhistle.reward.service;

import static org.greenwhistle.processes.RewardModel.Var.FINANCE_COMMENT;
import static org.greenwhistle.processes.RewardModel.Var.FINANCE_OUTCOME;

import org.greenwhistle.casework.domain.CaseEnums.FinanceOutcome;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.processes.RewardModel;
import org.springframework.stereotype.Component;

/** FINANCE (neither reviewer) approves the payout, or rejects it back to review with a reason. */
@Component
public class FinanceApprovalTask extends ApprovalTask<FinanceApprovalTask.Form, FinanceOutcome> {

  /** Its own type, so the second approval's form cannot complete this task. */
  public static class Form extends ApprovalForm {
    public Form() {
    }

    public Form(Boolean approve, String comment) {
      super(approve, comment);
    }
  }

  FinanceApprovalTask() {
    super(RewardModel.Task.FINANCE_APPROVAL, Role.FINANCE, Form.class, Form::new, FINANCE_OUTCOME, FINANCE_COMMENT,
        FinanceOutcome.class, FinanceOutcome.REJECT);
  }
}
