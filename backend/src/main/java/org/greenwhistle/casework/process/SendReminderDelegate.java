package org.greenwhistle.casework.process;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.casework.service.CaseNotifications;
import org.springframework.stereotype.Component;

/** Before a deadline: reminds the staff working the case's open tasks (those with an e-mail address). */
@Component
public class SendReminderDelegate implements JavaDelegate {
  private final CaseNotifications notifications;

  SendReminderDelegate(CaseNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.remind(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
  }
}
