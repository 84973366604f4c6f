package org.greenwhistle.casework.process;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.casework.service.CaseDecisions;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.ReportProgress;
import org.springframework.stereotype.Component;

/** Not accepted, with the reason; the reporter may appeal once. */
@Component
public class RejectReportDelegate implements JavaDelegate {
  private final ReportProgress reports;
  private final CaseDecisions decisions;

  RejectReportDelegate(ReportProgress reports, CaseDecisions decisions) {
    this.reports = reports;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reportId = Delegates.reportId(execution);
    String reason = Delegates.string(execution, "rejectReason");
    decisions.record(reportId, "intakeReview", Delegates.actor(execution), "REJECT", java.util.Map.of("reason", reason));
    reports.record(reportId, Delegates.actor(execution), ReportStatus.REJECTED, "REJECTED", reason);
  }
}
