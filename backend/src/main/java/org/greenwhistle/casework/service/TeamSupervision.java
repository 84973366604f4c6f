package org.greenwhistle.casework.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.Colleague;
import org.greenwhistle.casework.domain.TeamQuery;
import org.greenwhistle.casework.domain.TeamWorkload;
import org.greenwhistle.casework.persistence.CaseTaskMapper;
import org.greenwhistle.casework.persistence.TeamTaskMapper;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.domain.UserAccount;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.identity.service.CurrentUser;
import org.greenwhistle.identity.service.StaffDirectory;
import org.greenwhistle.mail.domain.MailReason;
import org.greenwhistle.mail.service.MailOutbox;
import org.greenwhistle.region.service.RegionService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision of open tasks. A LEADER sees every open task of the region (claimed or not), the workload per officer
 * and per county, and hands any of them, a claimed one too, to a colleague who holds the task's role there, with a
 * reason. ADMIN does the same for the national queue only: tasks of regions that no LEADER covers. Nobody decides a
 * case here: a hand-over only sets the assignee, and the engine's {@link TaskRules} check that the new assignee may
 * work the task. Each hand-over is audited on the case and mailed to the officer who loses and who gets the task.
 */
@Service
@Transactional
public class TeamSupervision {
  private static final String NOT_FOUND = "case.error.notFound";
  private static final Duration SOON = Duration.ofDays(3);
  private static final Set<Role> TEAM_ROLES = EnumSet.of(Role.INTAKE, Role.INVESTIGATOR, Role.LEADER, Role.FINANCE);

  /**
   * Which of the region's open tasks; every field optional ({@code regionCode} narrows to a part of the region,
   * {@code text} is part of a tracking code or target name).
   */
  public record TeamFilter(String regionCode, String assignee, boolean unclaimedOnly, boolean overdueOnly,
                           String text) {
    public static TeamFilter none() {
      return new TeamFilter(null, null, false, false, null);
    }
  }

  private final TeamTaskMapper team;
  private final CaseTaskMapper tasks;
  private final StaffDirectory staff;
  private final RegionService regions;
  private final CurrentUser currentUser;
  private final TaskService taskService;
  private final IdentityService identity;
  private final AuditTrail audit;
  private final MailOutbox mail;
  private final MessageSource messages;
  private final Clock clock;

  TeamSupervision(TeamTaskMapper team, CaseTaskMapper tasks, StaffDirectory staff, RegionService regions,
                  CurrentUser currentUser, TaskService taskService, IdentityService identity, AuditTrail audit,
                  MailOutbox mail, MessageSource messages, Clock clock) {
    this.team = team;
    this.tasks = tasks;
    this.staff = staff;
    this.regions = regions;
    this.currentUser = currentUser;
    this.taskService = taskService;
    this.identity = identity;
    this.audit = audit;
    this.mail = mail;
    this.messages = messages;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- LEADER: the region's team

  /** Every open task of the caller's region, overdue first, then by due date. */
  @Transactional(readOnly = true)
  @PreAuthorize("hasRole('LEADER')")
  public List<CaseTask> teamTasks(TeamFilter filter, int offset, int limit) {
    return team.page(teamQuery(filter, offset, limit));
  }

  @Transactional(readOnly = true)
  @PreAuthorize("hasRole('LEADER')")
  public long countTeamTasks(TeamFilter filter) {
    return team.count(teamQuery(filter, 0, 0));
  }

  /**
   * Open, overdue and soon-due tasks per officer (every holder of a staff role in the region, and whoever else still
   * holds one of its tasks, e.g. an officer moved away) and per case region.
   */
  @Transactional(readOnly = true)
  @PreAuthorize("hasRole('LEADER')")
  public TeamWorkload workload() {
    TeamQuery all = teamQuery(TeamFilter.none(), 0, 0);
    Map<String, TeamWorkload.Load> loads = team.perAssignee(all).stream()
        .collect(Collectors.toMap(TeamWorkload.Load::groupKey, Function.identity()));
    Map<String, TeamWorkload.Officer> officers = new LinkedHashMap<>();
    String myRegion = me().getRegionCode();
    for (Role role : TEAM_ROLES) {
      for (UserAccount u : staff.withRole(role)) {
        if (regions.contains(myRegion, u.getRegionCode())) {
          TeamWorkload.Load load = loads.get(u.getUsername());
          officers.merge(u.getUsername(), officer(u.getUsername(), u.getDisplayName(), List.of(role.name()),
              u.getRegionCode(), load), (a, b) -> withRoles(a, b.roles()));
        }
      }
    }
    loads.forEach((username, load) -> officers.computeIfAbsent(username,
        name -> officer(name, name, List.of(), null, load)));
    List<TeamWorkload.Officer> sorted = new ArrayList<>(officers.values());
    sorted.sort(Comparator.comparingLong(TeamWorkload.Officer::overdue).reversed()
        .thenComparing(Comparator.comparingLong(TeamWorkload.Officer::openTasks).reversed())
        .thenComparing(TeamWorkload.Officer::username));
    List<TeamWorkload.County> counties = team.perRegion(all).stream()
        .map(l -> new TeamWorkload.County(lastCode(l.groupKey()), l.openTasks(), l.unclaimed(), l.overdue(),
            l.dueSoon(), l.nextDue()))
        .toList();
    return new TeamWorkload(sorted, counties);
  }

  // ---------------------------------------------------------------- ADMIN: the national queue

  /** Open tasks of regions that no LEADER covers (a province without staff), overdue first. */
  @Transactional(readOnly = true)
  @PreAuthorize("hasRole('ADMIN')")
  public List<CaseTask> nationalQueue(String text, int offset, int limit) {
    return team.page(nationalQuery(text, offset, limit));
  }

  @Transactional(readOnly = true)
  @PreAuthorize("hasRole('ADMIN')")
  public long countNationalQueue(String text) {
    return team.count(nationalQuery(text, 0, 0));
  }

  // ---------------------------------------------------------------- hand-over

  /**
   * Who may get the task: enabled holders of its role in a region containing the case's, inside the caller's region
   * (a city's leader hands work to the city's officers, not to the province's), without the current assignee.
   */
  @Transactional(readOnly = true)
  @PreAuthorize("hasAnyRole('LEADER','ADMIN')")
  public List<Colleague> colleaguesFor(String taskId) {
    CaseTask task = supervisedTask(taskId);
    return colleagues(task);
  }

  /** Hands the task (claimed or not) to the colleague, with a reason; audited and mailed to both officers. */
  @PreAuthorize("hasAnyRole('LEADER','ADMIN')")
  public void reassign(String taskId, String toUsername, String reason) {
    CaseTask task = supervisedTask(taskId);
    List<FieldProblem> problems = new ArrayList<>();
    String why = reason == null ? "" : reason.strip();
    if (why.length() < 2 || why.length() > 500) {
      problems.add(new FieldProblem("reason", "case.error.textLength", 2, 500));
    }
    if (toUsername == null || colleagues(task).stream().noneMatch(c -> c.username().equals(toUsername))) {
      problems.add(new FieldProblem("assignee", "team.error.notAColleague"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, false);
    }
    AccountPrincipal user = me();
    identity.setAuthentication(user.getUsername(), user.getRoles().stream().map(Enum::name).toList());
    try {
      taskService.setAssignee(taskId, toUsername);
    } catch (RuntimeException e) {
      throw refusal(e);
    } finally {
      identity.clearAuthentication();
    }
    String from = task.assignee();
    audit.record(task.trackingCode(), user.getUsername(), "TASK_REASSIGNED", task.taskKey(),
        "from=" + (from == null ? "-" : from) + " to=" + toUsername + " reason=" + why);
    String taskName = text("task." + task.taskKey());
    String code = org.greenwhistle.report.service.ReceiptCodes.display(task.trackingCode());
    staff.emailOf(toUsername).ifPresent(email -> mail.enqueue(MailReason.TASK_REASSIGNED, email,
        text("mail.reassigned.to.subject", code), text("mail.reassigned.to.body", code, taskName, why)));
    if (from != null) {
      staff.emailOf(from).ifPresent(email -> mail.enqueue(MailReason.TASK_REASSIGNED, email,
          text("mail.reassigned.from.subject", code), text("mail.reassigned.from.body", code, taskName, toUsername,
              why)));
    }
  }

  // ---------------------------------------------------------------- scope

  /**
   * A task the caller supervises: a LEADER's in the caller's region; ADMIN's in the national queue. Anything else is
   * "not found", as for a case of another region.
   */
  private CaseTask supervisedTask(String taskId) {
    CaseTask task = taskId == null ? null : tasks.find(taskId);
    AccountPrincipal user = me();
    boolean leads = task != null && user.getRoles().contains(Role.LEADER)
        && task.regionPath().startsWith(regionPath(user.getRegionCode()));
    boolean national = task != null && user.getRoles().contains(Role.ADMIN) && team.inNationalQueue(taskId);
    if (!leads && !national) {
      throw new NotFoundException(NOT_FOUND);
    }
    return task;
  }

  private List<Colleague> colleagues(CaseTask task) {
    String myRegion = me().getRegionCode();
    List<UserAccount> holders = staff.covering(Role.valueOf(task.role()), task.regionPath()).stream()
        .filter(u -> u.isEnabled() && regions.contains(myRegion, u.getRegionCode())
            && !u.getUsername().equals(task.assignee()))
        .toList();
    if (holders.isEmpty()) {
      return List.of();
    }
    Map<String, Long> open = team.openTasksOf(holders.stream().map(UserAccount::getUsername).toList(), clock.instant())
        .stream().collect(Collectors.toMap(TeamWorkload.Load::groupKey, TeamWorkload.Load::openTasks));
    return holders.stream().map(u -> new Colleague(u.getUsername(), u.getDisplayName(), u.getRegionCode(),
        open.getOrDefault(u.getUsername(), 0L))).toList();
  }

  private TeamQuery teamQuery(TeamFilter f, int offset, int limit) {
    String path = regionPath(me().getRegionCode());
    if (f.regionCode() != null) {
      String narrower = regions.find(f.regionCode()).map(r -> r.path()).orElse(null);
      if (narrower != null && narrower.startsWith(path)) {
        path = narrower;
      }
    }
    String assignee = f.assignee() == null || f.assignee().isBlank() ? null : f.assignee().strip();
    Instant now = clock.instant();
    return new TeamQuery(path, assignee, f.unclaimedOnly(), f.overdueOnly(), false,
        CaseworkService.normaliseSearch(f.text()), now, now.plus(SOON),
        Math.max(offset, 0), Math.max(0, Math.min(limit, 200)));
  }

  private TeamQuery nationalQuery(String text, int offset, int limit) {
    Instant now = clock.instant();
    return new TeamQuery(regionPath(me().getRegionCode()), null, false, false, true,
        CaseworkService.normaliseSearch(text), now, now.plus(SOON),
        Math.max(offset, 0), Math.max(0, Math.min(limit, 200)));
  }

  private AccountPrincipal me() {
    return currentUser.get().orElseThrow(() -> new NotFoundException(NOT_FOUND));
  }

  private String regionPath(String regionCode) {
    return regions.find(regionCode).orElseThrow(() -> new NotFoundException(NOT_FOUND)).path();
  }

  private static TeamWorkload.Officer officer(String username, String displayName, List<String> roles,
                                              String regionCode, TeamWorkload.Load load) {
    return load == null
        ? new TeamWorkload.Officer(username, displayName, roles, regionCode, 0, 0, 0, null)
        : new TeamWorkload.Officer(username, displayName, roles, regionCode, load.openTasks(), load.overdue(),
            load.dueSoon(), load.nextDue());
  }

  private static TeamWorkload.Officer withRoles(TeamWorkload.Officer o, List<String> more) {
    List<String> roles = new ArrayList<>(o.roles());
    more.stream().filter(r -> !roles.contains(r)).forEach(roles::add);
    return new TeamWorkload.Officer(o.username(), o.displayName(), roles, o.regionCode(), o.openTasks(), o.overdue(),
        o.dueSoon(), o.nextDue());
  }

  private static String lastCode(String path) {
    String[] parts = path.split("/");
    return parts[parts.length - 1];
  }

  /** The engine's rules refused the assignee (four eyes on rewards, role or region): say so in the user's terms. */
  private static RuntimeException refusal(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FourEyesViolation) {
        return new InvalidInputException(new FieldProblem("assignee", "case.error.fourEyes"));
      }
      if (t instanceof org.operaton.bpm.engine.AuthorizationException) {
        return new InvalidInputException(new FieldProblem("assignee", "team.error.notAColleague"));
      }
    }
    return e;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
  }
}
