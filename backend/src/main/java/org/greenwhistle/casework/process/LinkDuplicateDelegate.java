package org.greenwhistle.casework.process;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.casework.service.CaseDecisions;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.ReportProgress;
import org.springframework.stereotype.Component;

/**
 * A duplicate follows the earlier case: its reporter sees that case's progress, and the earlier case's
 * reporter stays the first reporter for any reward.
 */
@Component
public class LinkDuplicateDelegate implements JavaDelegate {
  private final ReportProgress reports;
  private final CaseDecisions decisions;

  LinkDuplicateDelegate(ReportProgress reports, CaseDecisions decisions) {
    this.reports = reports;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reportId = Delegates.reportId(execution);
    ReportRecord earlier = decisions.requireLinkTarget(reportId, Delegates.string(execution, "linkedTrackingCode"));
    reports.linkTo(reportId, earlier.getId());
    decisions.record(reportId, "intakeReview", Delegates.actor(execution), "LINK_DUPLICATE",
        java.util.Map.of("linkedTo", earlier.getTrackingCode(), "firstReporterReportId", earlier.getId()));
    reports.record(reportId, Delegates.actor(execution), ReportStatus.LINKED, "LINKED", earlier.getTrackingCode());
  }
}
