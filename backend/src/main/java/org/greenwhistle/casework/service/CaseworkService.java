package org.greenwhistle.casework.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.greenwhistle.casework.domain.CaseDetail;
import org.greenwhistle.casework.domain.CaseEnums;
import org.greenwhistle.casework.domain.CaseSummary;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.InboxQuery;
import org.greenwhistle.casework.domain.TaskCompletion;
import org.greenwhistle.casework.persistence.CaseTaskMapper;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.identity.service.CurrentUser;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.ReportLookup;
import org.greenwhistle.casework.domain.CriminalOutcomeRecorded;
import org.greenwhistle.processes.ReportHandlingModel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff work on cases, for the REST API and the staff views alike: inbox, claim, complete with validated
 * forms, case lists and pages, extension requests. Everything is scoped to the caller's roles and region;
 * another region's case or task answers "not found". The engine's {@link TaskRules} check again.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('INTAKE','INVESTIGATOR','LEADER','FINANCE','ADMIN')")
public class CaseworkService {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String NOT_FOUND = "case.error.notFound";
  private static final Set<Role> CASE_ROLES = EnumSet.of(Role.INTAKE, Role.INVESTIGATOR, Role.LEADER, Role.ADMIN);
  private static final List<String> ALL_ROLES = Arrays.stream(Role.values()).map(Enum::name).toList();

  private final CaseTaskMapper tasks;
  private final ReportLookup reports;
  private final org.greenwhistle.report.service.ReportProgress progress;
  private final CaseDecisions decisions;
  private final RegionService regions;
  private final CurrentUser currentUser;
  private final TaskService taskService;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final DeadlineCalculator deadlines;
  private final org.greenwhistle.audit.service.AuditTrail audit;
  private final TaskForms forms;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseworkService(CaseTaskMapper tasks, ReportLookup reports, org.greenwhistle.report.service.ReportProgress progress,
                  CaseDecisions decisions, RegionService regions,
                  CurrentUser currentUser, TaskService taskService, RuntimeService runtime, IdentityService identity,
                  DeadlineCalculator deadlines, org.greenwhistle.audit.service.AuditTrail audit, TaskForms forms,
                  ApplicationEventPublisher events, Clock clock) {
    this.events = events;
    this.tasks = tasks;
    this.reports = reports;
    this.progress = progress;
    this.decisions = decisions;
    this.regions = regions;
    this.currentUser = currentUser;
    this.taskService = taskService;
    this.runtime = runtime;
    this.identity = identity;
    this.deadlines = deadlines;
    this.audit = audit;
    this.forms = forms;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- tasks

  /** Inbox filters; every field is optional. {@code regionCode} narrows to a part of the caller's region. */
  public record InboxFilter(Boolean overdueOnly, Instant dueBefore, String category, String regionCode,
                            ReportStatus status, String text) {
    public static InboxFilter none() {
      return new InboxFilter(null, null, null, null, null, null);
    }
  }

  @Transactional(readOnly = true)
  public List<CaseTask> inbox(Boolean overdueOnly, String category, String text, int offset, int limit) {
    return inbox(new InboxFilter(overdueOnly, null, category, null, null, text), offset, limit);
  }

  @Transactional(readOnly = true)
  public long countInbox(Boolean overdueOnly, String category, String text) {
    return countInbox(new InboxFilter(overdueOnly, null, category, null, null, text));
  }

  @Transactional(readOnly = true)
  public List<CaseTask> inbox(InboxFilter filter, int offset, int limit) {
    return tasks.inbox(inboxQuery(filter, offset, limit));
  }

  @Transactional(readOnly = true)
  public long countInbox(InboxFilter filter) {
    return tasks.countInbox(inboxQuery(filter, 0, 0));
  }

  /** LEADER: hands open tasks of the region to a colleague who holds the task's role there (bulk). */
  @PreAuthorize("hasRole('LEADER')")
  public int reassign(List<String> taskIds, String username) {
    int done = 0;
    for (String taskId : taskIds) {
      CaseTask task = tasks.find(taskId);
      if (task == null || !task.regionPath().startsWith(myRegionPath())) {
        throw new NotFoundException(NOT_FOUND);
      }
      asCurrentUser(() -> taskService.setAssignee(taskId, username));
      done++;
    }
    return done;
  }

  /** The case's audit trail, newest first, for staff of its region. */
  @Transactional(readOnly = true)
  @PreAuthorize("hasAnyRole('INTAKE','INVESTIGATOR','LEADER','ADMIN')")
  public List<org.greenwhistle.audit.domain.AuditEntry> auditTrail(String trackingCode, int offset, int limit) {
    ReportRecord r = visibleCase(trackingCode);
    return audit.page(r.getTrackingCode(), offset, limit);
  }

  public CaseTask claim(String taskId) {
    CaseTask task = visibleTask(taskId);
    asCurrentUser(() -> taskService.claim(taskId, me().getUsername()));
    return tasks.find(task.taskId());
  }

  public void unclaim(String taskId) {
    CaseTask task = visibleTask(taskId);
    if (!me().getUsername().equals(task.assignee())) {
      throw new NotFoundException(NOT_FOUND);
    }
    asCurrentUser(() -> taskService.setAssignee(taskId, null));
  }

  /**
   * The staff REST API's completion: the fields of {@link TaskCompletion} become the task's own form, which is
   * then validated and completed as by {@link #submit} (the engine's rules check once more).
   */
  public void complete(String taskId, TaskCompletion form) {
    CaseTask task = visibleTask(taskId);
    TaskForm<?> unit = forms.find(task.taskKey())
        .orElseThrow(() -> new InvalidInputException(new FieldProblem("task", "case.error.taskNotHere")));
    Object typed = unit.fromCompletion(form == null ? TaskCompletion.empty() : form);
    Map<String, Object> variables = variables(task, typed);
    asCurrentUser(() -> taskService.complete(taskId, variables));
  }

  /**
   * Completes a task with its own typed form ({@link TaskForm#formType()}), as the views and the features' services
   * fill it in: the form checks itself and produces the variables; a refusal of the engine's rules comes back in
   * the user's terms.
   */
  public void submit(String taskId, Object form) {
    CaseTask task = visibleTask(taskId);
    Map<String, Object> variables = variables(task, form);
    try {
      asCurrentUser(() -> taskService.complete(taskId, variables));
    } catch (RuntimeException e) {
      throw refusal(e);
    }
  }

  /** An empty form for the caller's task, with the defaults a person starts from. */
  @Transactional(readOnly = true)
  public Object blankForm(String taskId) {
    CaseTask task = visibleTask(taskId);
    return forms.find(task.taskKey())
        .orElseThrow(() -> new InvalidInputException(new FieldProblem("task", "case.error.taskNotHere"))).blank();
  }

  private Map<String, Object> variables(CaseTask task, Object form) {
    if (form == null) {
      throw new InvalidInputException(new FieldProblem("task", "case.error.taskNotHere"));
    }
    return forms.<Object>require(task.taskKey(), form.getClass()).toVariables(form, task);
  }

  /** A task the caller may work (role, region, not someone else's), for the feature that owns its form. */
  @Transactional(readOnly = true)
  public CaseTask task(String taskId) {
    return visibleTask(taskId);
  }

  /** Completes a task whose form the owning feature validated; the engine-side rules check once more. */
  public void completeWith(String taskId, Map<String, Object> variables) {
    visibleTask(taskId);
    try {
      asCurrentUser(() -> taskService.complete(taskId, variables));
    } catch (RuntimeException e) {
      throw refusal(e);
    }
  }

  /** The engine's rules refused (a task listener's exception arrives wrapped): say so in the user's terms. */
  private static RuntimeException refusal(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return invalid;
      }
      if (t instanceof FourEyesViolation) {
        return new InvalidInputException(new FieldProblem("task", "case.error.fourEyes"));
      }
      if (t instanceof org.operaton.bpm.engine.AuthorizationException) {
        return new InvalidInputException(new FieldProblem("task", "case.error.notAllowed"));
      }
      if (t instanceof org.operaton.bpm.engine.BadUserRequestException) {
        return new InvalidInputException(new FieldProblem("task", "case.error.taskIncomplete"));
      }
    }
    return e;
  }

  // ---------------------------------------------------------------- cases

  // the case list and search: CaseSearchService

  @Transactional(readOnly = true)
  @PreAuthorize("hasAnyRole('INTAKE','INVESTIGATOR','LEADER','ADMIN')")
  public CaseDetail caseDetail(String trackingCode) {
    ReportRecord r = visibleCase(trackingCode);
    ReportRecord linked = r.getLinkedToReportId() == null ? null : reports.byId(r.getLinkedToReportId());
    List<CaseTask> open = new ArrayList<>();
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(r.getTrackingCode()).list()
        .forEach(pi -> open.addAll(tasks.findByProcessInstance(pi.getId())));
    return new CaseDetail(r.getTrackingCode(), r.getStatus(), r.getCategories(), r.getSubcategories(),
        r.getTargetName(), r.getRegionCode(), regions.fullName(r.getRegionCode()), r.getAddress(), r.getLatitude(),
        r.getLongitude(), r.getObservedAt(), r.isOngoing(), r.getDescription(), r.isAnonymous(), r.isWantsReward(),
        r.getSubmittedAt(), linked == null ? null : linked.getTrackingCode(), reports.timeline(r.getId()),
        reports.messages(r.getId()), reports.evidence(r.getId()), decisions.of(r.getId()), open,
        reports.duplicatesOf(r.getId()));
  }

  /**
   * Criminal outcomes (arrest, conviction) often come after closure; they are recorded on the closed case
   * (and can lead to a supplementary reward).
   */
  @PreAuthorize("hasAnyRole('INVESTIGATOR','LEADER')")
  public void recordCriminalOutcome(String trackingCode, String outcome, LocalDate date) {
    ReportRecord r = visibleCase(trackingCode);
    List<FieldProblem> p = new ArrayList<>();
    if (!"ARREST".equals(outcome) && !"CONVICTION".equals(outcome)) {
      p.add(new FieldProblem("outcome", "case.error.criminalOutcome"));
    }
    if (date == null || date.isAfter(LocalDate.now(clock.withZone(CHINA)))) {
      p.add(new FieldProblem("date", "case.error.decisionDate"));
    }
    if (r.getStatus() != ReportStatus.CLOSED) {
      p.add(new FieldProblem("case", "case.error.notClosed"));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p, false);
    }
    decisions.record(r.getId(), "criminalOutcome", me().getUsername(), outcome, Map.of("date", date.toString()));
    progress.record(r.getId(), me().getUsername(), null, outcome, null);
    events.publishEvent(new CriminalOutcomeRecorded(r.getId(), r.getTrackingCode(), r.getRegionCode(), outcome));
  }

  /** A handler writes to the reporter (shown on the follow-up page). */
  @PreAuthorize("hasAnyRole('INTAKE','INVESTIGATOR','LEADER')")
  public void messageReporter(String trackingCode, String text) {
    ReportRecord r = visibleCase(trackingCode);
    List<FieldProblem> p = new ArrayList<>();
    String body = TaskChecks.text(p, "message", text, 2, 2000);
    if (!p.isEmpty()) {
      throw new InvalidInputException(p, false);
    }
    progress.messageToReporter(r.getId(), me().getUsername(), body);
  }

  /** An investigator asks for the one extension of the handling deadline; a LEADER decides. */
  @PreAuthorize("hasRole('INVESTIGATOR')")
  public void requestExtension(String trackingCode, int days, String reason) {
    ReportRecord r = visibleCase(trackingCode);
    int max = deadlines.maxExtensionDays(r.getRegionCode());
    List<FieldProblem> problems = new ArrayList<>();
    if (days < 1 || days > max) {
      problems.add(new FieldProblem("days", "case.error.extensionDays", max));
    }
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      problems.add(new FieldProblem("reason", "case.error.reasonRequired"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, false);
    }
    var subscription = runtime.createEventSubscriptionQuery().eventName(ReportHandlingModel.Message.EXTENSION_REQUESTED)
        .processInstanceId(processInstanceOf(r)).singleResult();
    if (subscription == null || runtime.createProcessInstanceQuery().processInstanceId(processInstanceOf(r))
        .variableValueEquals("extensionUsed", true).count() > 0) {
      throw new InvalidInputException(new FieldProblem("days", "case.error.extensionNotPossible"));
    }
    asCurrentUser(() -> runtime.createMessageCorrelation(ReportHandlingModel.Message.EXTENSION_REQUESTED)
        .processInstanceBusinessKey(r.getTrackingCode())
        .setVariable(ReportHandlingModel.Var.EXTENSION_DAYS, days)
        .setVariable(ReportHandlingModel.Var.EXTENSION_REASON, reason.strip())
        .correlate());
  }

  // ---------------------------------------------------------------- rules

  static String normaliseSearch(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    // tracking codes are shown as GW-XXXXX-XXXXX but stored without dashes
    return t.toUpperCase().startsWith("GW") ? t.toUpperCase().replace("-", "") : t;
  }

  // ---------------------------------------------------------------- scope

  private AccountPrincipal me() {
    return currentUser.get().orElseThrow(() -> new NotFoundException(NOT_FOUND));
  }

  private String myRegionPath() {
    return regions.find(me().getRegionCode()).orElseThrow().path();
  }

  private InboxQuery inboxQuery(InboxFilter f, int offset, int limit) {
    AccountPrincipal user = me();
    List<String> roles = user.getRoles().stream().filter(r -> r != Role.ADMIN && r != Role.CITIZEN)
        .map(Enum::name).toList();
    if (roles.isEmpty()) {
      roles = List.of("-");
    }
    boolean leader = user.getRoles().contains(Role.LEADER) || user.getRoles().contains(Role.ADMIN);
    String path = myRegionPath();
    if (f.regionCode() != null && regions.find(f.regionCode()).isPresent()
        && regions.find(f.regionCode()).get().path().startsWith(path)) {
      path = regions.find(f.regionCode()).get().path();
    }
    return new InboxQuery(user.getUsername(), roles, ALL_ROLES, leader, path, f.overdueOnly(), f.dueBefore(),
        f.category(), normaliseSearch(f.text()), f.status() == null ? null : f.status().name(),
        Math.max(offset, 0), Math.max(0, Math.min(limit, 200)));
  }

  private CaseTask visibleTask(String taskId) {
    CaseTask task = taskId == null ? null : tasks.find(taskId);
    AccountPrincipal user = me();
    boolean mayTakeOver = task != null && task.unassignedRegion()
        && (user.getRoles().contains(Role.LEADER) || user.getRoles().contains(Role.ADMIN));
    if (task == null || !user.getRoles().contains(Role.valueOf(task.role())) && !mayTakeOver
        || !task.regionPath().startsWith(myRegionPath())
        || task.assignee() != null && !task.assignee().equals(user.getUsername())) {
      throw new NotFoundException(NOT_FOUND);
    }
    return task;
  }

  private ReportRecord visibleCase(String trackingCode) {
    ReportRecord r = reports.byTrackingCode(trackingCode);
    boolean caseRole = me().getRoles().stream().anyMatch(CASE_ROLES::contains);
    if (r == null || !caseRole || !r.getRegionPath().startsWith(myRegionPath())) {
      throw new NotFoundException(NOT_FOUND);
    }
    return r;
  }

  private String processInstanceOf(ReportRecord r) {
    var pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(r.getTrackingCode())
        .processDefinitionKey(ReportHandlingModel.PROCESS_ID).singleResult();
    if (pi == null) {
      throw new InvalidInputException(new FieldProblem("case", "case.error.closed"));
    }
    return pi.getId();
  }

  /** Acts in the engine as the caller, so that the engine-side rules see who it is. */
  private void asCurrentUser(Runnable action) {
    AccountPrincipal user = me();
    identity.setAuthentication(user.getUsername(), user.getRoles().stream().map(Enum::name).toList());
    try {
      action.run();
    } finally {
      identity.clearAuthentication();
    }
  }
}
