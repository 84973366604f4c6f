package org.greenwhistle.casework.service;

import static org.greenwhistle.processes.ReportHandlingModel.Var.INFO_REQUEST_TEXT;
import static org.greenwhistle.processes.ReportHandlingModel.Var.INTAKE_OUTCOME;
import static org.greenwhistle.processes.ReportHandlingModel.Var.LINKED_TRACKING_CODE;
import static org.greenwhistle.processes.ReportHandlingModel.Var.REJECT_REASON;
import static org.greenwhistle.processes.ReportHandlingModel.Var.TRANSFER_REASON;
import static org.greenwhistle.processes.ReportHandlingModel.Var.TRANSFER_REGION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenwhistle.casework.domain.CaseEnums.IntakeOutcome;
import org.greenwhistle.casework.domain.CaseEnums.RejectReason;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.TaskCompletion;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.CurrentUser;
import org.greenwhistle.processes.ReportHandlingModel;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.service.ReportLookup;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** INTAKE's first look: accept, reject with a reason, ask the reporter, link to an earlier report, or transfer. */
@Component
public class IntakeReviewTask extends BasicTaskForm<IntakeReviewTask.Form> {

  /** The intake officer's decision; only the fields of the chosen outcome count. */
  public static class Form {
    private IntakeOutcome outcome;
    private RejectReason rejectReason;
    private String message;
    private String linkTo;
    private String transferRegion;
    private String reason;

    public IntakeOutcome getOutcome() {
      return outcome;
    }

    public void setOutcome(IntakeOutcome outcome) {
      this.outcome = outcome;
    }

    public RejectReason getRejectReason() {
      return rejectReason;
    }

    public void setRejectReason(RejectReason rejectReason) {
      this.rejectReason = rejectReason;
    }

    public String getMessage() {
      return message;
    }

    public void setMessage(String message) {
      this.message = message;
    }

    public String getLinkTo() {
      return linkTo;
    }

    public void setLinkTo(String linkTo) {
      this.linkTo = linkTo;
    }

    public String getTransferRegion() {
      return transferRegion;
    }

    public void setTransferRegion(String transferRegion) {
      this.transferRegion = transferRegion;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }

  private final ReportLookup reports;
  private final RegionService regions;
  private final CurrentUser currentUser;
  private final CaseDecisions decisions;

  IntakeReviewTask(ReportLookup reports, RegionService regions, CurrentUser currentUser, CaseDecisions decisions) {
    super(ReportHandlingModel.Task.INTAKE_REVIEW, Role.INTAKE, Form.class, Form::new);
    this.decisions = decisions;
    this.reports = reports;
    this.regions = regions;
    this.currentUser = currentUser;
  }

  @Override
  public Form fromCompletion(TaskCompletion c) {
    Form f = new Form();
    f.setOutcome(TaskChecks.parse(c.outcome(), IntakeOutcome.class));
    f.setRejectReason(TaskChecks.parse(c.rejectReason(), RejectReason.class));
    f.setMessage(c.message());
    f.setLinkTo(c.linkTo());
    f.setTransferRegion(c.transferRegion());
    f.setReason(c.reason());
    return f;
  }

  @Override
  public Map<String, Object> toVariables(Form f, CaseTask task) {
    List<FieldProblem> p = new ArrayList<>();
    Map<String, Object> v = new HashMap<>();
    IntakeOutcome outcome = TaskChecks.chosen(p, "outcome", f.getOutcome());
    if (outcome != null) {
      v.put(INTAKE_OUTCOME, outcome.name());
      switch (outcome) {
        case REJECT -> v.put(REJECT_REASON, TaskChecks.name(TaskChecks.chosen(p, "rejectReason", f.getRejectReason())));
        case REQUEST_INFO -> v.put(INFO_REQUEST_TEXT, TaskChecks.text(p, "message", f.getMessage(), 5, 2000));
        case LINK_DUPLICATE -> v.put(LINKED_TRACKING_CODE, linkTarget(p, f.getLinkTo(), task));
        case TRANSFER -> {
          String region = f.getTransferRegion();
          if (region == null || regions.find(region).isEmpty() || !regions.children(region).isEmpty()
              || region.equals(task.regionCode())) {
            p.add(new FieldProblem("transferRegion", "case.error.transferTargetInvalid"));
          } else {
            v.put(TRANSFER_REGION, region);
          }
          v.put(TRANSFER_REASON, TaskChecks.text(p, "reason", f.getReason(), 2, 500));
        }
        default -> { }
      }
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p, false);
    }
    return v;
  }

  /** The earlier case, in the caller's region and still open; a tracking code is accepted with or without dashes. */
  private String linkTarget(List<FieldProblem> p, String linkTo, CaseTask task) {
    String code = linkTo == null ? null : linkTo.strip().toUpperCase().replace("-", "");
    ReportRecord target = code == null || code.isEmpty() ? null : reports.byTrackingCode(code);
    String myPath = currentUser.get().flatMap(u -> regions.find(u.getRegionCode())).map(r -> r.path()).orElse("-");
    if (target == null || target.getId() == task.reportId() || !target.getRegionPath().startsWith(myPath)) {
      p.add(new FieldProblem("linkTo", "case.error.linkTargetUnknown"));
      return null;
    }
    // only to an earlier, open report: the one rule of the forms, the REST API and the engine
    FieldProblem refusal = decisions.linkRefusal(task.reportId(), target);
    if (refusal != null) {
      p.add(refusal);
      return null;
    }
    return target.getTrackingCode();
  }

  @Override
  public String check(DelegateTask task) {
    String outcome = TaskChecks.oneOf(task, INTAKE_OUTCOME, IntakeOutcome.class);
    switch (IntakeOutcome.valueOf(outcome)) {
      case REJECT -> TaskChecks.oneOf(task, REJECT_REASON, RejectReason.class);
      case REQUEST_INFO -> TaskChecks.text(task, INFO_REQUEST_TEXT, 5, 2000);
      case LINK_DUPLICATE -> TaskChecks.text(task, LINKED_TRACKING_CODE, 6, 20);
      case TRANSFER -> {
        TaskChecks.text(task, TRANSFER_REGION, 6, 6);
        TaskChecks.text(task, TRANSFER_REASON, 2, 500);
      }
      default -> { }
    }
    return outcome;
  }
}
