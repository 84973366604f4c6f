package org.greenwhistle.casework.service;

import static org.greenwhistle.processes.ReportHandlingModel.Var.FINDINGS;
import static org.greenwhistle.processes.ReportHandlingModel.Var.INSPECTION_DATE;
import static org.greenwhistle.processes.ReportHandlingModel.Var.VERIFICATION_OUTCOME;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenwhistle.casework.domain.CaseEnums.VerificationOutcome;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.TaskCompletion;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.processes.ReportHandlingModel;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** INVESTIGATOR's on-site verification: what was found, when. */
@Component
public class VerificationTask extends BasicTaskForm<VerificationTask.Form> {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** The inspection's outcome, date (not in the future) and findings. */
  public static class Form {
    private VerificationOutcome outcome;
    private LocalDate inspectionDate;
    private String findings;

    public VerificationOutcome getOutcome() {
      return outcome;
    }

    public void setOutcome(VerificationOutcome outcome) {
      this.outcome = outcome;
    }

    public LocalDate getInspectionDate() {
      return inspectionDate;
    }

    public void setInspectionDate(LocalDate inspectionDate) {
      this.inspectionDate = inspectionDate;
    }

    public String getFindings() {
      return findings;
    }

    public void setFindings(String findings) {
      this.findings = findings;
    }
  }

  private final Clock clock;

  VerificationTask(Clock clock) {
    super(ReportHandlingModel.Task.VERIFICATION, Role.INVESTIGATOR, Form.class, Form::new);
    this.clock = clock;
  }

  @Override
  public Form blank() {
    Form f = new Form();
    f.setInspectionDate(LocalDate.now(clock.withZone(CHINA)));
    return f;
  }

  @Override
  public Form fromCompletion(TaskCompletion c) {
    Form f = new Form();
    f.setOutcome(TaskChecks.parse(c.outcome(), VerificationOutcome.class));
    f.setInspectionDate(c.inspectionDate());
    f.setFindings(c.findings());
    return f;
  }

  @Override
  public Map<String, Object> toVariables(Form f, CaseTask task) {
    List<FieldProblem> p = new ArrayList<>();
    Map<String, Object> v = new HashMap<>();
    v.put(VERIFICATION_OUTCOME, TaskChecks.name(TaskChecks.chosen(p, "outcome", f.getOutcome())));
    if (f.getInspectionDate() == null || f.getInspectionDate().isAfter(LocalDate.now(clock.withZone(CHINA)))) {
      p.add(new FieldProblem("inspectionDate", "case.error.inspectionDate"));
    } else {
      v.put(INSPECTION_DATE, f.getInspectionDate().toString());
    }
    v.put(FINDINGS, TaskChecks.text(p, "findings", f.getFindings(), 10, 4000));
    if (!p.isEmpty()) {
      throw new InvalidInputException(p, false);
    }
    return v;
  }

  @Override
  public String check(DelegateTask task) {
    return TaskChecks.oneOf(task, VERIFICATION_OUTCOME, VerificationOutcome.class);
  }
}
