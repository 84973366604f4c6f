package org.greenwhistle.casework.process;

import java.util.Map;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.casework.service.CaseDecisions;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.ReportProgress;
import org.springframework.stereotype.Component;

/** An upheld appeal sends the report back to intake; either way the one appeal is used up. */
@Component
public class ApplyAppealDecisionDelegate implements JavaDelegate {
  private final ReportProgress reports;
  private final CaseDecisions decisions;
  private final ScheduleIntakeDelegate intakeClock;

  ApplyAppealDecisionDelegate(ReportProgress reports, CaseDecisions decisions, ScheduleIntakeDelegate intakeClock) {
    this.reports = reports;
    this.decisions = decisions;
    this.intakeClock = intakeClock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reportId = Delegates.reportId(execution);
    String outcome = Delegates.string(execution, "appealOutcome");
    execution.setVariable("appealUsed", true);
    String comment = Delegates.string(execution, "appealComment");
    decisions.record(reportId, "appealReview", Delegates.actor(execution), outcome,
        comment == null ? null : Map.of("comment", comment));
    boolean upheld = "UPHELD".equals(outcome);
    if (upheld) {
      // intake starts over after an upheld appeal, with a fresh deadline
      intakeClock.execute(execution);
    }
    reports.record(reportId, Delegates.actor(execution), upheld ? ReportStatus.SUBMITTED : ReportStatus.REJECTED,
        upheld ? "APPEAL_UPHELD" : "APPEAL_DISMISSED", null);
  }
}
