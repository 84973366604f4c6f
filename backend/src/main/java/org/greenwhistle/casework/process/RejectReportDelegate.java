package org.greenwhistle.casework.process;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.casework.service.CaseDecisions;
import org.greenwhistle.casework.service.DuplicateGroups;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.ReportProgress;
import org.springframework.stereotype.Component;

/** Not accepted, with the reason; the reporter may appeal once. Its duplicates go on alone. */
@Component
public class RejectReportDelegate implements JavaDelegate {
  private final ReportProgress reports;
  private final CaseDecisions decisions;
  private final DuplicateGroups duplicates;

  RejectReportDelegate(ReportProgress reports, CaseDecisions decisions, DuplicateGroups duplicates) {
    this.reports = reports;
    this.decisions = decisions;
    this.duplicates = duplicates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reportId = Delegates.reportId(execution);
    String reason = Delegates.string(execution, "rejectReason");
    decisions.record(reportId, "intakeReview", Delegates.actor(execution), "REJECT", java.util.Map.of("reason", reason));
    reports.record(reportId, Delegates.actor(execution), ReportStatus.REJECTED, "REJECTED", reason);
    duplicates.releaseDuplicatesOf(reportId, Delegates.actor(execution));
  }
}
