package org.greenwhistle.casework.process;

import java.util.Map;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.casework.service.CaseDecisions;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.ReportProgress;
import org.springframework.stereotype.Component;

/** Closure approved: the case is closed and the reporter gets the feedback. */
@Component
public class CloseCaseDelegate implements JavaDelegate {
  private final ReportProgress reports;
  private final CaseDecisions decisions;

  CloseCaseDelegate(ReportProgress reports, CaseDecisions decisions) {
    this.reports = reports;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reportId = Delegates.reportId(execution);
    String comment = Delegates.string(execution, "closureComment");
    decisions.record(reportId, "closureApproval", Delegates.actor(execution), "APPROVE",
        comment == null ? null : Map.of("comment", comment));
    reports.recordForStaff(reportId, Delegates.actor(execution), "CLOSURE_APPROVED", comment);
    reports.record(reportId, Delegates.actor(execution), ReportStatus.CLOSED, "CLOSED",
        Delegates.string(execution, "verificationOutcome"));
  }
}
