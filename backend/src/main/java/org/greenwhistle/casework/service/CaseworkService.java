package org.greenwhistle.casework.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.greenwhistle.casework.domain.CaseDetail;
import org.greenwhistle.casework.domain.CaseEnums;
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
  private final ObjectMapper json;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseworkService(CaseTaskMapper tasks, ReportLookup reports, org.greenwhistle.report.service.ReportProgress progress,
                  CaseDecisions decisions, RegionService regions,
                  CurrentUser currentUser, TaskService taskService, RuntimeService runtime, IdentityService identity,
                  DeadlineCalculator deadlines, org.greenwhistle.audit.service.AuditTrail audit, ObjectMapper json,
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
    this.json = json;
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

  /** Validates the task's form, then completes it as the caller (the engine's rules check once more). */
  public void complete(String taskId, TaskCompletion form) {
    CaseTask task = visibleTask(taskId);
    Map<String, Object> variables = variablesFor(task, form == null ? emptyForm() : form);
    asCurrentUser(() -> taskService.complete(taskId, variables));
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
    String body = text(p, "message", text, 2, 2000);
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
    var subscription = runtime.createEventSubscriptionQuery().eventName("extensionRequested")
        .processInstanceId(processInstanceOf(r)).singleResult();
    if (subscription == null || runtime.createProcessInstanceQuery().processInstanceId(processInstanceOf(r))
        .variableValueEquals("extensionUsed", true).count() > 0) {
      throw new InvalidInputException(new FieldProblem("days", "case.error.extensionNotPossible"));
    }
    asCurrentUser(() -> runtime.createMessageCorrelation("extensionRequested")
        .processInstanceBusinessKey(r.getTrackingCode())
        .setVariable("extensionDays", days)
        .setVariable("extensionReason", reason.strip())
        .correlate());
  }

  // ---------------------------------------------------------------- rules

  private Map<String, Object> variablesFor(CaseTask task, TaskCompletion f) {
    List<FieldProblem> p = new ArrayList<>();
    Map<String, Object> v = new HashMap<>();
    switch (task.taskKey()) {
      case "intakeReview" -> {
        CaseEnums.IntakeOutcome outcome = parse(p, "outcome", f.outcome(), CaseEnums.IntakeOutcome.class);
        if (outcome != null) {
          v.put("intakeOutcome", outcome.name());
          switch (outcome) {
            case REJECT -> {
              CaseEnums.RejectReason reason = parse(p, "rejectReason", f.rejectReason(), CaseEnums.RejectReason.class);
              if (reason != null) {
                v.put("rejectReason", reason.name());
              }
            }
            case REQUEST_INFO -> v.put("infoRequestText", text(p, "message", f.message(), 5, 2000));
            case LINK_DUPLICATE -> {
              ReportRecord target = f.linkTo() == null ? null : reports.byTrackingCode(f.linkTo());
              FieldProblem refusal = target == null || !target.getRegionPath().startsWith(myRegionPath())
                  ? new FieldProblem("linkTo", "case.error.linkTargetUnknown")
                  : decisions.linkRefusal(task.reportId(), target);
              if (refusal != null) {
                p.add(refusal);
              } else {
                v.put("linkedTrackingCode", target.getTrackingCode());
              }
            }
            case TRANSFER -> {
              var region = regions.find(f.transferRegion());
              if (region.isEmpty() || !regions.children(f.transferRegion()).isEmpty()
                  || f.transferRegion().equals(task.regionCode())) {
                p.add(new FieldProblem("transferRegion", "case.error.transferTargetInvalid"));
              } else {
                v.put("transferRegion", f.transferRegion());
              }
              v.put("transferReason", text(p, "reason", f.reason(), 2, 500));
            }
            default -> { }
          }
        }
      }
      case "verification" -> {
        CaseEnums.VerificationOutcome outcome = parse(p, "outcome", f.outcome(), CaseEnums.VerificationOutcome.class);
        if (outcome != null) {
          v.put("verificationOutcome", outcome.name());
        }
        if (f.inspectionDate() == null || f.inspectionDate().isAfter(LocalDate.now(clock.withZone(CHINA)))) {
          p.add(new FieldProblem("inspectionDate", "case.error.inspectionDate"));
        } else {
          v.put("inspectionDate", f.inspectionDate().toString());
        }
        v.put("findings", text(p, "findings", f.findings(), 10, 4000));
      }
      case "enforcementDecision" -> v.put("enforcement", enforcement(p, f.enforcement()));
      case "closureApproval" -> {
        CaseEnums.ClosureOutcome outcome = parse(p, "outcome", f.outcome(), CaseEnums.ClosureOutcome.class);
        if (outcome != null) {
          v.put("closureOutcome", outcome.name());
        }
        // always set, so an earlier round's comment never passes for this one's; a return must say why
        boolean blank = f.comment() == null || f.comment().isBlank();
        v.put("closureComment", blank && outcome != CaseEnums.ClosureOutcome.RETURN ? null
            : text(p, "comment", f.comment(), 2, 1000));
      }
      case "appealReview" -> {
        CaseEnums.AppealOutcome outcome = parse(p, "outcome", f.outcome(), CaseEnums.AppealOutcome.class);
        if (outcome != null) {
          v.put("appealOutcome", outcome.name());
        }
        if (f.comment() != null && !f.comment().isBlank()) {
          v.put("appealComment", text(p, "comment", f.comment(), 1, 1000));
        }
      }
      case "extensionApproval" -> {
        if (f.approved() == null) {
          p.add(new FieldProblem("approved", "report.error.required"));
        } else {
          v.put("extensionApproved", f.approved());
        }
        if (f.days() != null) {
          int max = deadlines.maxExtensionDays(task.regionCode());
          if (f.days() < 1 || f.days() > max) {
            p.add(new FieldProblem("days", "case.error.extensionDays", max));
          } else {
            v.put("extensionDays", f.days());
          }
        }
      }
      default -> throw new InvalidInputException(new FieldProblem("task", "case.error.taskNotHere"));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p, false);
    }
    return v;
  }

  static String normaliseSearch(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    // tracking codes are shown as GW-XXXXX-XXXXX but stored without dashes
    return t.toUpperCase().startsWith("GW") ? t.toUpperCase().replace("-", "") : t;
  }

  private String enforcement(List<FieldProblem> p, TaskCompletion.Enforcement e) {
    if (e == null) {
      p.add(new FieldProblem("enforcement", "report.error.required"));
      return null;
    }
    List<TaskCompletion.ViolationItem> items = e.items() == null ? List.of() : e.items();
    boolean penalty = items.stream().anyMatch(i -> i.outcomes() != null
        && i.outcomes().stream().anyMatch(o -> !"NO_PENALTY".equals(o)));
    if (penalty && (e.penaltyDecisionNumber() == null || e.penaltyDecisionNumber().isBlank()
        || e.penaltyDecisionNumber().length() > 100)) {
      p.add(new FieldProblem("enforcement.penaltyDecisionNumber", "report.error.required"));
    }
    if (penalty && (e.decisionDate() == null || e.decisionDate().isAfter(LocalDate.now(clock.withZone(CHINA))))) {
      p.add(new FieldProblem("enforcement.decisionDate", "case.error.decisionDate"));
    }
    if (items.isEmpty() || items.size() > 20) {
      p.add(new FieldProblem("enforcement.items", "case.error.itemsRequired"));
    }
    for (int i = 0; i < items.size(); i++) {
      TaskCompletion.ViolationItem item = items.get(i);
      String at = "enforcement.items[" + i + "]";
      parse(p, at + ".violationType", item.violationType(), CaseEnums.ViolationType.class);
      if (item.outcomes() == null || item.outcomes().isEmpty()) {
        p.add(new FieldProblem(at + ".outcomes", "case.error.outcomesRequired"));
      } else {
        item.outcomes().forEach(o -> parse(p, at + ".outcomes", o, CaseEnums.EnforcementOutcome.class));
      }
      boolean fined = item.outcomes() != null && (item.outcomes().contains("FINE") || item.outcomes().contains("DAILY_FINE"));
      if (fined && (item.fineAmount() == null || item.fineAmount().signum() <= 0)) {
        p.add(new FieldProblem(at + ".fineAmount", "case.error.fineRequired"));
      }
      if (!org.greenwhistle.common.money.Money.plausible(item.fineAmount())
          || !org.greenwhistle.common.money.Money.plausible(item.statutoryMaxFine())) {
        p.add(new FieldProblem(at + ".fineAmount", "case.error.amountInvalid"));
        continue;
      }
      if (item.fineAmount() != null && item.fineAmount().signum() < 0
          || item.statutoryMaxFine() != null && item.statutoryMaxFine().signum() < 0) {
        p.add(new FieldProblem(at + ".fineAmount", "case.error.amountNegative"));
      }
      if (item.fineAmount() != null && item.statutoryMaxFine() != null
          && item.fineAmount().compareTo(item.statutoryMaxFine()) > 0) {
        p.add(new FieldProblem(at + ".statutoryMaxFine", "case.error.fineAboveMaximum"));
      }
    }
    parse(p, "enforcement.incidentGrade", e.incidentGrade() == null ? "NONE" : e.incidentGrade(), CaseEnums.IncidentGrade.class);
    try {
      return json.writeValueAsString(e);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static <E extends Enum<E>> E parse(List<FieldProblem> p, String field, String value, Class<E> type) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      p.add(new FieldProblem(field, "case.error.choose", EnumSet.allOf(type).stream().map(Enum::name)
          .collect(Collectors.joining(", "))));
      return null;
    }
  }

  private static String text(List<FieldProblem> p, String field, String value, int min, int max) {
    String s = value == null ? "" : value.strip();
    if (s.length() < min || s.length() > max) {
      p.add(new FieldProblem(field, "case.error.textLength", min, max));
    }
    return s;
  }

  private static TaskCompletion emptyForm() {
    return new TaskCompletion(null, null, null, null, null, null, null, null, null, null, null, null);
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
        .processDefinitionKey("report-handling").singleResult();
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
