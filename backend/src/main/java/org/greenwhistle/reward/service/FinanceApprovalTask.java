package org.greenwhistle.reward.service;

import static org.greenwhistle.processes.RewardModel.Var.FINANCE_COMMENT;
import static org.greenwhistle.processes.RewardModel.Var.FINANCE_OUTCOME;

import java.util.HashMap;
import java.util.Map;
import org.greenwhistle.casework.domain.CaseEnums.FinanceOutcome;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.service.TaskChecks;
import org.greenwhistle.casework.service.TaskForm;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.processes.RewardModel;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** FINANCE (neither reviewer) approves the payout, or rejects it back to review with a reason. */
@Component
public class FinanceApprovalTask implements TaskForm<FinanceApprovalTask.Form> {

  /** Its own type, so the second approval's form cannot complete this task. */
  public static class Form extends ApprovalForm {
    public Form() {
    }

    public Form(Boolean approve, String comment) {
      super(approve, comment);
    }
  }

  @Override
  public String taskKey() {
    return RewardModel.Task.FINANCE_APPROVAL;
  }

  @Override
  public Role role() {
    return Role.FINANCE;
  }

  @Override
  public Class<Form> formType() {
    return Form.class;
  }

  @Override
  public Form blank() {
    return new Form();
  }

  @Override
  public Map<String, Object> toVariables(Form form, CaseTask task) {
    String comment = form.checked();
    Map<String, Object> v = new HashMap<>();
    v.put(FINANCE_OUTCOME, form.getApprove() ? "APPROVE" : "REJECT");
    v.put(FINANCE_COMMENT, comment);
    return v;
  }

  @Override
  public String check(DelegateTask task) {
    String outcome = TaskChecks.oneOf(task, FINANCE_OUTCOME, FinanceOutcome.class);
    if (FinanceOutcome.REJECT.name().equals(outcome)) {
      TaskChecks.text(task, FINANCE_COMMENT, 2, 500);
    }
    return outcome;
  }
}
