package org.greenwhistle.casework.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.operaton.bpm.engine.AuthorizationException;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.casework.domain.CaseEnums;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.TaskKey;
import org.greenwhistle.casework.persistence.CaseTaskMapper;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.service.ReportProgress;
import org.springframework.stereotype.Component;

/**
 * Runs inside the engine for every user task, whatever client acts (our API and views, Camunda's Tasklist,
 * /engine-rest): keeps the inbox projection, and refuses a claim or completion by anyone who does not hold
 * the task's role in a region containing the case's region, or who completes without the required outcome.
 */
@Component
public class TaskRules implements TaskListener {

  private final CaseTaskMapper tasks;
  private final ReportProgress reports;
  private final StaffEligibility eligibility;
  private final CaseNotifications notifications;
  private final AuditTrail audit;
  private final Clock clock;
  private final org.springframework.beans.factory.ObjectProvider<TaskGuard> guards;

  TaskRules(CaseTaskMapper tasks, ReportProgress reports, StaffEligibility eligibility,
            CaseNotifications notifications, AuditTrail audit, Clock clock,
            org.springframework.beans.factory.ObjectProvider<TaskGuard> guards) {
    this.guards = guards;
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
    String outcome = requireOutcome(task);
    tasks.delete(task.getId());
    audit.record(task.getExecution().getProcessBusinessKey(), user, "TASK_COMPLETED", task.getTaskDefinitionKey(),
        outcome == null ? null : "outcome=" + outcome);
  }

  /** Where nobody may take an intake, the region's LEADER (or ADMIN) may pass it on to the competent region. */
  private boolean leaderTransfersUnassigned(DelegateTask task, String user) {
    CaseTask row = tasks.find(task.getId());
    boolean transfer = "intakeReview".equals(task.getTaskDefinitionKey())
        && "TRANSFER".equals(task.getVariable("intakeOutcome"));
    return row != null && row.unassignedRegion() && transfer
        && (eligibility.mayWork(user, Role.LEADER, regionOf(task)) || eligibility.mayWork(user, Role.ADMIN, regionOf(task)));
  }

  /** The outcome each task must produce, so no client can complete a task without a decision. */
  private static String requireOutcome(DelegateTask task) {
    return switch (task.getTaskDefinitionKey()) {
      case "intakeReview" -> {
        String outcome = oneOf(task, "intakeOutcome", CaseEnums.IntakeOutcome.class);
        switch (CaseEnums.IntakeOutcome.valueOf(outcome)) {
          case REJECT -> oneOf(task, "rejectReason", CaseEnums.RejectReason.class);
          case REQUEST_INFO -> text(task, "infoRequestText", 5, 2000);
          case LINK_DUPLICATE -> text(task, "linkedTrackingCode", 6, 20);
          case TRANSFER -> {
            text(task, "transferRegion", 6, 6);
            text(task, "transferReason", 2, 500);
          }
          default -> { }
        }
        yield outcome;
      }
      case "verification" -> oneOf(task, "verificationOutcome", CaseEnums.VerificationOutcome.class);
      case "enforcementDecision" -> {
        text(task, "enforcement", 2, 20000);
        yield "RECORDED";
      }
      case "closureApproval" -> {
        String outcome = oneOf(task, "closureOutcome", CaseEnums.ClosureOutcome.class);
        if ("RETURN".equals(outcome)) {
          text(task, "closureComment", 2, 1000);
        }
        yield outcome;
      }
      case "appealReview" -> oneOf(task, "appealOutcome", CaseEnums.AppealOutcome.class);
      case "extensionApproval" -> {
        Object approved = task.getVariable("extensionApproved");
        if (!(approved instanceof Boolean)) {
          throw new BadUserRequestException("extensionApproval needs the boolean variable extensionApproved");
        }
        yield (Boolean) approved ? "APPROVED" : "REFUSED";
      }
      case "rewardReview" -> {
        boolean eligible = bool(task, "rewardEligible");
        boolean excluded = bool(task, "excludedPerson") | bool(task, "falseIdentity") | bool(task, "alreadyKnown");
        if (eligible && excluded) {
          throw new BadUserRequestException("rewardReview: rewardEligible contradicts a failed eligibility check");
        }
        if (eligible) {
          Object grade = task.getVariable("contributionGrade");
          if (!(grade instanceof Number n) || n.intValue() < 1 || n.intValue() > 3) {
            throw new BadUserRequestException("rewardReview needs contributionGrade 1–3");
          }
          bool(task, "insider");
        }
        yield eligible ? "ELIGIBLE" : "NOT_ELIGIBLE";
      }
      case "rewardSecondApproval" -> {
        String outcome = oneOf(task, "secondApprovalOutcome", CaseEnums.ReturnableApproval.class);
        if ("RETURN".equals(outcome)) {
          text(task, "secondApprovalComment", 2, 500);
        }
        yield outcome;
      }
      case "financeApproval" -> {
        String outcome = oneOf(task, "financeOutcome", CaseEnums.FinanceOutcome.class);
        if ("REJECT".equals(outcome)) {
          text(task, "financeComment", 2, 500);
        }
        yield outcome;
      }
      case "recordPayout" -> {
        text(task, "paymentReference", 2, 64);
        try {
          java.time.LocalDate.parse(text(task, "paymentDate", 10, 10));
        } catch (java.time.format.DateTimeParseException e) {
          throw new BadUserRequestException("recordPayout needs paymentDate as yyyy-MM-dd");
        }
        yield "PAID";
      }
      default -> null;
    };
  }

  private static boolean bool(DelegateTask task, String variable) {
    Object value = task.getVariable(variable);
    if (!(value instanceof Boolean b)) {
      throw new BadUserRequestException(task.getTaskDefinitionKey() + " needs the boolean variable " + variable);
    }
    return b;
  }

  private static <E extends Enum<E>> String oneOf(DelegateTask task, String variable, Class<E> type) {
    Object value = task.getVariable(variable);
    Set<String> allowed = EnumSet.allOf(type).stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
    if (!(value instanceof String s) || !allowed.contains(s)) {
      throw new BadUserRequestException(task.getTaskDefinitionKey() + " needs " + variable + " = one of " + allowed);
    }
    return (String) value;
  }

  private static String text(DelegateTask task, String variable, int min, int max) {
    Object value = task.getVariable(variable);
    if (!(value instanceof String s) || s.strip().length() < min || s.strip().length() > max) {
      throw new BadUserRequestException(task.getTaskDefinitionKey() + " needs " + variable + " (" + min + "–" + max
          + " characters)");
    }
    return (String) value;
  }

  private static Role role(DelegateTask task) {
    return TaskKey.of(task.getTaskDefinitionKey()).map(TaskKey::role).orElseGet(() -> task.getCandidates().stream()
        .map(c -> c.getGroupId()).filter(g -> g != null && Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(g)))
        .map(Role::valueOf).findFirst().orElse(Role.ADMIN));
  }

  private long reportId(DelegateTask task) {
    return ((Number) task.getVariable("reportId")).longValue();
  }

  private String regionOf(DelegateTask task) {
    return reports.require(reportId(task)).getRegionCode();
  }
}
