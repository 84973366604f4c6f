package org.greenwhistle.casework.service;

import static org.greenwhistle.processes.ReportHandlingModel.Var.EXTENSION_APPROVED;
import static org.greenwhistle.processes.ReportHandlingModel.Var.EXTENSION_DAYS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.TaskCompletion;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.processes.ReportHandlingModel;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** LEADER decides the investigator's request to extend the handling deadline (once, ≤ the province's maximum). */
@Component
public class ExtensionApprovalTask extends BasicTaskForm<ExtensionApprovalTask.Form> {

  /** Approve or refuse; {@code days} may shorten what was requested (empty = as requested). */
  public static class Form {
    private Boolean approved;
    private Integer days;

    public Boolean getApproved() {
      return approved;
    }

    public void setApproved(Boolean approved) {
      this.approved = approved;
    }

    public Integer getDays() {
      return days;
    }

    public void setDays(Integer days) {
      this.days = days;
    }
  }

  private final DeadlineCalculator deadlines;

  ExtensionApprovalTask(DeadlineCalculator deadlines) {
    super(ReportHandlingModel.Task.EXTENSION_APPROVAL, Role.LEADER, Form.class, Form::new);
    this.deadlines = deadlines;
  }

  @Override
  public Form fromCompletion(TaskCompletion c) {
    Form f = new Form();
    f.setApproved(c.approved());
    f.setDays(c.days());
    return f;
  }

  /** The most days the case's province allows. */
  public int maxDays(CaseTask task) {
    return deadlines.maxExtensionDays(task.regionCode());
  }

  @Override
  public Map<String, Object> toVariables(Form f, CaseTask task) {
    List<FieldProblem> p = new ArrayList<>();
    Map<String, Object> v = new HashMap<>();
    v.put(EXTENSION_APPROVED, TaskChecks.chosen(p, "approved", f.getApproved()));
    if (f.getDays() != null) {
      int max = maxDays(task);
      if (f.getDays() < 1 || f.getDays() > max) {
        p.add(new FieldProblem("days", "case.error.extensionDays", max));
      } else {
        v.put(EXTENSION_DAYS, f.getDays());
      }
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p, false);
    }
    return v;
  }

  @Override
  public String check(DelegateTask task) {
    if (!(task.getVariable(EXTENSION_APPROVED) instanceof Boolean approved)) {
      throw new BadUserRequestException("extensionApproval needs the boolean variable extensionApproved");
    }
    return approved ? "APPROVED" : "REFUSED";
  }
}
