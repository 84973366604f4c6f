package org.greenwhistle.casework.process;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.runtime.Job;
import org.greenwhistle.casework.persistence.CaseTaskMapper;
import org.greenwhistle.casework.service.CaseDecisions;
import org.greenwhistle.casework.service.DeadlineCalculator;
import org.greenwhistle.report.service.ReportProgress;
import org.springframework.stereotype.Component;

/**
 * One extension of the handling deadline, at most 30 days by default: moves the deadline timers and the
 * open tasks' due dates, and tells the reporter. A second request or a refusal changes nothing.
 */
@Component
public class ApplyExtensionDelegate implements JavaDelegate {
  private final ReportProgress reports;
  private final CaseDecisions decisions;
  private final DeadlineCalculator deadlines;
  private final CaseTaskMapper tasks;

  ApplyExtensionDelegate(ReportProgress reports, CaseDecisions decisions, DeadlineCalculator deadlines,
                         CaseTaskMapper tasks) {
    this.reports = reports;
    this.decisions = decisions;
    this.deadlines = deadlines;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reportId = Delegates.reportId(execution);
    String actor = Delegates.actor(execution);
    String region = (String) execution.getVariable("regionCode");
    boolean approved = Boolean.TRUE.equals(execution.getVariable("extensionApproved"));
    boolean used = Boolean.TRUE.equals(execution.getVariable("extensionUsed"));
    Object requested = execution.getVariable("extensionDays");
    int days = requested instanceof Number n ? n.intValue() : deadlines.maxExtensionDays(region);
    // a request still open when the case was closed changes nothing
    boolean closed = reports.require(reportId).getStatus() == org.greenwhistle.report.domain.ReportStatus.CLOSED;
    if (!approved || used || closed || days < 1 || days > deadlines.maxExtensionDays(region)) {
      decisions.record(reportId, "extensionApproval", actor, "REFUSED",
          Map.of("days", days, "alreadyUsed", used, "caseClosed", closed));
      return;
    }
    Instant due = deadlines.extend(region, Delegates.instant(execution, "handlingDue"), days);
    Date dueDate = Delegates.date(due);
    Date reminder = Delegates.date(deadlines.reminderBefore(due));
    execution.setVariable("handlingDue", dueDate);
    execution.setVariable("handlingReminderAt", reminder);
    execution.setVariable("extensionUsed", true);
    ManagementService management = execution.getProcessEngineServices().getManagementService();
    for (Job job : management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).timers().list()) {
      String activity = job instanceof org.operaton.bpm.engine.impl.persistence.entity.TimerEntity timer
          ? timer.getActivityId() : null;
      if ("handlingOverdue".equals(activity)) {
        management.setJobDuedate(job.getId(), dueDate);
      } else if ("handlingReminder".equals(activity)) {
        management.setJobDuedate(job.getId(), reminder);
      }
    }
    TaskService taskService = execution.getProcessEngineServices().getTaskService();
    taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list().stream()
        .filter(t -> !"extensionApproval".equals(t.getTaskDefinitionKey()))
        .forEach(t -> {
          t.setDueDate(dueDate);
          taskService.saveTask(t);
          tasks.updateDue(t.getId(), due);
        });
    decisions.record(reportId, "extensionApproval", actor, "APPROVED", Map.of("days", days, "newDue", due.toString()));
    reports.record(reportId, actor, null, "EXTENDED", due.toString());
  }
}
