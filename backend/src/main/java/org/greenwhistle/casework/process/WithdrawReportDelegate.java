package org.greenwhistle.casework.process;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.ReportProgress;
import org.springframework.stereotype.Component;

/** The reporter withdrew before acceptance: the case is kept, marked withdrawn. */
@Component
public class WithdrawReportDelegate implements JavaDelegate {
  private final ReportProgress reports;

  WithdrawReportDelegate(ReportProgress reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.record(Delegates.reportId(execution), "reporter", ReportStatus.WITHDRAWN, "WITHDRAWN", null);
  }
}
