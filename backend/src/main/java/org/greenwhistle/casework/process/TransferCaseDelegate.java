package org.greenwhistle.casework.process;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.casework.service.CaseDecisions;
import org.greenwhistle.report.service.ReportProgress;
import org.springframework.stereotype.Component;

/** A misrouted case moves to the competent region and goes through intake there. */
@Component
public class TransferCaseDelegate implements JavaDelegate {
  private final ReportProgress reports;
  private final CaseDecisions decisions;
  private final ScheduleIntakeDelegate intakeClock;

  TransferCaseDelegate(ReportProgress reports, CaseDecisions decisions, ScheduleIntakeDelegate intakeClock) {
    this.reports = reports;
    this.decisions = decisions;
    this.intakeClock = intakeClock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reportId = Delegates.reportId(execution);
    String from = (String) execution.getVariable("regionCode");
    String to = decisions.requireTransferTarget(Delegates.string(execution, "transferRegion"), from);
    reports.moveToRegion(reportId, to);
    execution.setVariable("regionCode", to);
    decisions.record(reportId, "transfer", Delegates.actor(execution), "TRANSFER",
        java.util.Map.of("from", from, "to", to, "reason", Delegates.string(execution, "transferReason")));
    // the reason is staff text: it is kept in the decision's audit, not in the reporter's timeline
    reports.record(reportId, Delegates.actor(execution), null, "TRANSFERRED", to);
    execution.removeVariable("transferReason");
    // the receiving bureau gets its own intake period
    intakeClock.execute(execution);
  }
}
