package org.greenwhistle.reward.service;

import static org.greenwhistle.processes.RewardModel.Var.SECOND_APPROVAL_COMMENT;
import static org.greenwhistle.processes.RewardModel.Var.SECOND_APPROVAL_OUTCOME;

import java.util.HashMap;
import java.util.Map;
import org.greenwhistle.casework.domain.CaseEnums.ReturnableApproval;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.service.TaskChecks;
import org.greenwhistle.casework.service.TaskForm;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.processes.RewardModel;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** A second LEADER (not the reviewer) approves an amount above the threshold, or returns it with a reason. */
@Component
public class RewardSecondApprovalTask implements TaskForm<RewardSecondApprovalTask.Form> {

  /** Its own type, so the finance approval's form cannot complete this task. */
  public static class Form extends ApprovalForm {
    public Form() {
    }

    public Form(Boolean approve, String comment) {
      super(approve, comment);
    }
  }

  @Override
  public String taskKey() {
    return RewardModel.Task.REWARD_SECOND_APPROVAL;
  }

  @Override
  public Role role() {
    return Role.LEADER;
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
    v.put(SECOND_APPROVAL_OUTCOME, form.getApprove() ? "APPROVE" : "RETURN");
    v.put(SECOND_APPROVAL_COMMENT, comment);
    return v;
  }

  @Override
  public String check(DelegateTask task) {
    String outcome = TaskChecks.oneOf(task, SECOND_APPROVAL_OUTCOME, ReturnableApproval.class);
    if (ReturnableApproval.RETURN.name().equals(outcome)) {
      TaskChecks.text(task, SECOND_APPROVAL_COMMENT, 2, 500);
    }
    return outcome;
  }
}
