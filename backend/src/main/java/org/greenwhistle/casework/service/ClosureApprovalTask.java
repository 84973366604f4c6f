package org.greenwhistle.casework.service;

import static org.greenwhistle.processes.ReportHandlingModel.Var.CLOSURE_COMMENT;
import static org.greenwhistle.processes.ReportHandlingModel.Var.CLOSURE_OUTCOME;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenwhistle.casework.domain.CaseEnums.ClosureOutcome;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.TaskCompletion;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.processes.ReportHandlingModel;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** LEADER approves the closure (optionally with a comment) or returns it to verification with a reason. */
@Component
public class ClosureApprovalTask extends BasicTaskForm<ClosureApprovalTask.Form> {

  /** The decision and its comment (required to return). */
  public static class Form extends DecisionForm<ClosureOutcome> {
  }

  ClosureApprovalTask() {
    super(ReportHandlingModel.Task.CLOSURE_APPROVAL, Role.LEADER, Form.class, Form::new);
  }

  @Override
  public Form fromCompletion(TaskCompletion c) {
    return DecisionForm.fill(new Form(), ClosureOutcome.class, c);
  }

  @Override
  public Map<String, Object> toVariables(Form f, CaseTask task) {
    List<FieldProblem> p = new ArrayList<>();
    Map<String, Object> v = new HashMap<>();
    ClosureOutcome outcome = TaskChecks.chosen(p, "outcome", f.getOutcome());
    v.put(CLOSURE_OUTCOME, TaskChecks.name(outcome));
    // always set, so an earlier round's comment never passes for this one's; a return must say why
    boolean blank = f.getComment() == null || f.getComment().isBlank();
    v.put(CLOSURE_COMMENT, blank && outcome != ClosureOutcome.RETURN ? null
        : TaskChecks.text(p, "comment", f.getComment(), 2, 1000));
    if (!p.isEmpty()) {
      throw new InvalidInputException(p, false);
    }
    return v;
  }

  @Override
  public String check(DelegateTask task) {
    String outcome = TaskChecks.oneOf(task, CLOSURE_OUTCOME, ClosureOutcome.class);
    if (ClosureOutcome.RETURN.name().equals(outcome)) {
      TaskChecks.text(task, CLOSURE_COMMENT, 2, 1000);
    }
    return outcome;
  }
}
