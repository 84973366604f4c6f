package org.greenwhistle.casework.service;

import static org.greenwhistle.processes.ReportHandlingModel.Var.APPEAL_COMMENT;
import static org.greenwhistle.processes.ReportHandlingModel.Var.APPEAL_OUTCOME;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenwhistle.casework.domain.CaseEnums.AppealOutcome;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.TaskCompletion;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.processes.ReportHandlingModel;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** LEADER decides the reporter's appeal against a rejection: upheld (back to intake) or dismissed. */
@Component
public class AppealReviewTask extends BasicTaskForm<AppealReviewTask.Form> {

  /** The decision and an optional comment. */
  public static class Form extends DecisionForm<AppealOutcome> {
  }

  AppealReviewTask() {
    super(ReportHandlingModel.Task.APPEAL_REVIEW, Role.LEADER, Form.class, Form::new);
  }

  @Override
  public Form fromCompletion(TaskCompletion c) {
    return DecisionForm.fill(new Form(), AppealOutcome.class, c);
  }

  @Override
  public Map<String, Object> toVariables(Form f, CaseTask task) {
    List<FieldProblem> p = new ArrayList<>();
    Map<String, Object> v = new HashMap<>();
    v.put(APPEAL_OUTCOME, TaskChecks.name(TaskChecks.chosen(p, "outcome", f.getOutcome())));
    String comment = TaskChecks.optionalText(p, "comment", f.getComment(), 1000);
    if (comment != null) {
      v.put(APPEAL_COMMENT, comment);
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p, false);
    }
    return v;
  }

  @Override
  public String check(DelegateTask task) {
    return TaskChecks.oneOf(task, APPEAL_OUTCOME, AppealOutcome.class);
  }
}
