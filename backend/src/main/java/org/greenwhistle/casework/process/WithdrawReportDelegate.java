package org.greenwhistle.casework.process;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.casework.service.DuplicateGroups;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.ReportProgress;
import org.springframework.stereotype.Component;

/** The reporter withdrew before acceptance: the case is kept, marked withdrawn; its duplicates go on alone. */
@Component
public class WithdrawReportDelegate implements JavaDelegate {
  private final ReportProgress reports;
  private final DuplicateGroups duplicates;

  WithdrawReportDelegate(ReportProgress reports, DuplicateGroups duplicates) {
    this.reports = reports;
    this.duplicates = duplicates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.record(Delegates.reportId(execution), "reporter", ReportStatus.WITHDRAWN, "WITHDRAWN", null);
    duplicates.releaseDuplicatesOf(Delegates.reportId(execution), "system");
  }
}
