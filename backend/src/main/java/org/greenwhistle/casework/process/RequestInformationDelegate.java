package org.greenwhistle.casework.process;

import java.time.Clock;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.ReportProgress;
import org.springframework.stereotype.Component;

/** Asks the reporter for more information (follow-up page and mail); the intake clock pauses meanwhile. */
@Component
public class RequestInformationDelegate implements JavaDelegate {
  private final ReportProgress reports;
  private final Clock clock;

  RequestInformationDelegate(ReportProgress reports, Clock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reportId = Delegates.reportId(execution);
    String actor = Delegates.actor(execution);
    reports.messageToReporter(reportId, actor, Delegates.string(execution, "infoRequestText"));
    // the text now lives with the report's messages; process variables keep small facts only
    execution.removeVariable("infoRequestText");
    execution.setVariable("infoRequestedAt", Delegates.date(clock.instant()));
    execution.setVariable("informationProvided", false);
    reports.record(reportId, actor, ReportStatus.INFO_REQUESTED, "INFO_REQUESTED", null);
  }
}
