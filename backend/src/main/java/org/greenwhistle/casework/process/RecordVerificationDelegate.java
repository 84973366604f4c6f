package org.greenwhistle.casework.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.casework.service.CaseDecisions;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.ReportProgress;
import org.springframework.stereotype.Component;

/** Keeps the on-site findings with the case and tells the reporter that verification is done. */
@Component
public class RecordVerificationDelegate implements JavaDelegate {
  private final ReportProgress reports;
  private final CaseDecisions decisions;

  RecordVerificationDelegate(ReportProgress reports, CaseDecisions decisions) {
    this.reports = reports;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reportId = Delegates.reportId(execution);
    String outcome = Delegates.string(execution, "verificationOutcome");
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("inspectionDate", Delegates.string(execution, "inspectionDate"));
    facts.put("findings", Delegates.string(execution, "findings"));
    decisions.record(reportId, "verification", Delegates.actor(execution), outcome, facts);
    execution.removeVariable("findings");
    reports.record(reportId, Delegates.actor(execution),
        "CONFIRMED".equals(outcome) ? ReportStatus.IN_ENFORCEMENT : ReportStatus.AWAITING_CLOSURE, "VERIFIED", outcome);
  }
}
