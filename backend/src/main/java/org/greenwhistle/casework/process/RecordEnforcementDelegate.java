package org.greenwhistle.casework.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.casework.service.CaseDecisions;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.ReportProgress;
import org.springframework.stereotype.Component;

/** Keeps the penalty decision (number, date, violation items, outcomes, fines, incident grade) with the case. */
@Component
public class RecordEnforcementDelegate implements JavaDelegate {
  private final ReportProgress reports;
  private final CaseDecisions decisions;
  private final ObjectMapper json;

  RecordEnforcementDelegate(ReportProgress reports, CaseDecisions decisions, ObjectMapper json) {
    this.reports = reports;
    this.decisions = decisions;
    this.json = json;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    long reportId = Delegates.reportId(execution);
    Map<String, Object> enforcement = json.readValue(Delegates.string(execution, "enforcement"), Map.class);
    decisions.record(reportId, "enforcementDecision", Delegates.actor(execution), "DECIDED", enforcement);
    execution.removeVariable("enforcement");
    reports.record(reportId, Delegates.actor(execution), ReportStatus.AWAITING_CLOSURE, "DECIDED", null);
  }
}
