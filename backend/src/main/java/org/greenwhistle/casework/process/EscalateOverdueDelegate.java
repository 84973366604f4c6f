package org.greenwhistle.casework.process;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.casework.service.CaseNotifications;
import org.springframework.stereotype.Component;

/** A deadline passed: the case's tasks are marked overdue and the region's leaders are told. */
@Component
public class EscalateOverdueDelegate implements JavaDelegate {
  private final CaseNotifications notifications;

  EscalateOverdueDelegate(CaseNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.escalate(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
        (String) execution.getVariable("regionCode"));
  }
}
