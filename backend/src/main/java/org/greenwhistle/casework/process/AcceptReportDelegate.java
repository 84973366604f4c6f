package org.greenwhistle.casework.process;

import java.time.Clock;
import java.time.Instant;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.casework.service.CaseDecisions;
import org.greenwhistle.casework.service.DeadlineCalculator;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.ReportProgress;
import org.springframework.stereotype.Component;

/** Accepted: the reporter is told, and the handling deadline (60 days by default) starts. */
@Component
public class AcceptReportDelegate implements JavaDelegate {
  private final ReportProgress reports;
  private final CaseDecisions decisions;
  private final DeadlineCalculator deadlines;
  private final Clock clock;

  AcceptReportDelegate(ReportProgress reports, CaseDecisions decisions, DeadlineCalculator deadlines, Clock clock) {
    this.reports = reports;
    this.decisions = decisions;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reportId = Delegates.reportId(execution);
    String actor = Delegates.actor(execution);
    decisions.record(reportId, "intakeReview", actor, "ACCEPT", null);
    reports.record(reportId, actor, ReportStatus.ACCEPTED, "ACCEPTED", null);
    Instant due = deadlines.handlingDue((String) execution.getVariable("regionCode"), clock.instant());
    execution.setVariable("handlingDue", Delegates.date(due));
    execution.setVariable("handlingReminderAt", Delegates.date(deadlines.reminderBefore(due)));
    execution.setVariable("extensionUsed", false);
  }
}
