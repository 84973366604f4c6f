package org.greenwhistle.casework.process;

import java.util.Map;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.casework.service.CaseDecisions;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.ReportProgress;
import org.springframework.stereotype.Component;

/**
 * Closure returned: the leader's reason is kept as a decision and on the timeline, and the case is back at
 * on-site verification, so the investigator sees why and the status says where the case is.
 */
@Component
public class RecordClosureReturnDelegate implements JavaDelegate {
  private final ReportProgress reports;
  private final CaseDecisions decisions;

  RecordClosureReturnDelegate(ReportProgress reports, CaseDecisions decisions) {
    this.reports = reports;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reportId = Delegates.reportId(execution);
    String comment = Delegates.string(execution, "closureComment");
    decisions.record(reportId, "closureApproval", Delegates.actor(execution), "RETURN",
        comment == null ? null : Map.of("comment", comment));
    reports.record(reportId, Delegates.actor(execution), ReportStatus.IN_VERIFICATION, "CLOSURE_RETURNED", comment);
  }
}
