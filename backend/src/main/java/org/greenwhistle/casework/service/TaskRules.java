package org.greenwhistle.casework.service;

import java.time.Clock;
import java.util.Arrays;
import org.operaton.bpm.engine.AuthorizationException;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.casework.domain.CaseEnums;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.persistence.CaseTaskMapper;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.service.ReportProgress;
import org.greenwhistle.processes.ReportHandlingModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs inside the engine for every user task, whatever client acts (our API and views, Camunda's Tasklist,
 * /engine-rest): keeps the inbox projection, and refuses a claim or completion by anyone who does not hold
 * the task's role in a region containing the case's region, or who completes without what the task's
 * {@link TaskForm} requires. Features plug their tasks in through {@link TaskForm} and {@link TaskGuard} beans.
 */
@Component
public class TaskRules implements TaskListener {

  private final CaseTaskMapper tasks;
  private final ReportProgress reports;
  private final StaffEligibility eligibility;
  private final CaseNotifications notifications;
  private final AuditTrail audit;
  private final Clock clock;
  private final ObjectProvider<TaskGuard> guards;
  private final ObjectProvider<TaskForms> forms;

  TaskRules(CaseTaskMapper tasks, ReportProgress reports, StaffEligibility eligibility,
            CaseNotifications notifications, AuditTrail audit, Clock clock, ObjectProvider<TaskGuard> guards,
            ObjectProvider<TaskForms> forms) {
    this.guards = guards;
    this.forms = forms;
    this.tasks = tasks;
    this.reports = reports;
    this.eligibility = eligibility;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> created(task);
      case EVENTNAME_ASSIGNMENT -> assigned(task);
      case EVENTNAME_COMPLETE -> completing(task);
      case EVENTNAME_DELETE -> tasks.delete(task.getId());
      default -> { }
    }
  }

  private void created(DelegateTask task) {
    ReportRecord report = reports.requireForNewTask(reportId(task));
    boolean covered = notifications.newTask(report.getTrackingCode(), role(task), report.getRegionCode());
    tasks.insert(new CaseTask(task.getId(), task.getProcessInstanceId(), report.getId(), report.getTrackingCode(),
        task.getTaskDefinitionKey(), role(task).name(), report.getRegionPath(), task.getAssignee(), clock.instant(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(), false, null, report.getTargetName(),
        report.getCategories(), null, !covered, false));
  }

  private void assigned(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee != null && !eligibility.mayWork(assignee, role(task), regionOf(task))) {
      throw new AuthorizationException("task " + task.getTaskDefinitionKey() + " may not be assigned to " + assignee
          + ": the role or the region does not match");
    }
    if (assignee != null) {
      guards.forEach(g -> g.check(task, assignee));
    }
    tasks.updateAssignee(task.getId(), assignee);
  }

  private void completing(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String user = auth == null ? null : auth.getUserId();
    if (user == null) {
      throw new AuthorizationException("completing " + task.getTaskDefinitionKey() + " needs an authenticated user");
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
      throw new AuthorizationException("task " + task.getId() + " is assigned to another user");
    }
    if (!eligibility.mayWork(user, role(task), regionOf(task)) && !leaderTransfersUnassigned(task, user)) {
      throw new AuthorizationException(user + " may not complete " + task.getTaskDefinitionKey()
          + ": the role or the region does not match");
    }
    guards.forEach(g -> g.check(task, user));
    // the task's own form says which variables it must carry, so no client completes it without a decision
    String outcome = forms.getObject().find(task.getTaskDefinitionKey()).map(f -> f.check(task)).orElse(null);
    tasks.delete(task.getId());
    audit.record(task.getExecution().getProcessBusinessKey(), user, "TASK_COMPLETED", task.getTaskDefinitionKey(),
        outcome == null ? null : "outcome=" + outcome);
  }

  /** Where nobody may take an intake, the region's LEADER (or ADMIN) may pass it on to the competent region. */
  private boolean leaderTransfersUnassigned(DelegateTask task, String user) {
    CaseTask row = tasks.find(task.getId());
    boolean transfer = ReportHandlingModel.Task.INTAKE_REVIEW.equals(task.getTaskDefinitionKey())
        && CaseEnums.IntakeOutcome.TRANSFER.name().equals(task.getVariable(ReportHandlingModel.Var.INTAKE_OUTCOME));
    return row != null && row.unassignedRegion() && transfer
        && (eligibility.mayWork(user, Role.LEADER, regionOf(task)) || eligibility.mayWork(user, Role.ADMIN, regionOf(task)));
  }

  private Role role(DelegateTask task) {
    return forms.getObject().find(task.getTaskDefinitionKey()).map(TaskForm::role).orElseGet(() -> task.getCandidates().stream()
        .map(c -> c.getGroupId()).filter(g -> g != null && Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(g)))
        .map(Role::valueOf).findFirst().orElse(Role.ADMIN));
  }

  private long reportId(DelegateTask task) {
    return ((Number) task.getVariable(ReportHandlingModel.Var.REPORT_ID)).longValue();
  }

  private String regionOf(DelegateTask task) {
    return reports.require(reportId(task)).getRegionCode();
  }
}
