package org.greenwhistle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.greenwhistle.BackendIT;
import org.greenwhistle.casework.service.StaffEligibility;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may do what, as tables: every {@code @PreAuthorize} service method and every BPMN user task, discovered by
 * reflection and model parsing, against every role; the test fails on any method or task the tables lack, and on
 * any cell that does not hold. (REST routes, with object-level checks, are in {@link RestAccessMatrixIT}.)
 */
@BackendIT
class AccessMatrixIT {
  enum Actor { ANONYMOUS, CITIZEN, INTAKE, INVESTIGATOR, LEADER, FINANCE, ADMIN }


  @Autowired ApplicationContext context;
  @Autowired StaffEligibility eligibility;
  @Autowired TestAccounts accounts;

  @BeforeEach
  void staff() {
    accounts.ensure();
  }

  @Test
  void everyPreAuthorizedServiceMethodAdmitsExactlyItsRoles() throws Exception {
    Map<String, Set<Actor>> expected = parse(SERVICE_TABLE);
    Map<String, Method> discovered = new TreeMap<>();
    Map<String, Object> beans = new LinkedHashMap<>();
    for (String name : context.getBeanDefinitionNames()) {
      Object bean;
      try {
        bean = context.getBean(name);
      } catch (RuntimeException e) {
        continue;
      }
      Class<?> type = AopUtils.getTargetClass(bean);
      if (!type.getName().startsWith("org.greenwhistle.")) {
        continue;
      }
      boolean classLevel = type.isAnnotationPresent(PreAuthorize.class);
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !Modifier.isStatic(m.getModifiers())
            && (classLevel || m.isAnnotationPresent(PreAuthorize.class))) {
          String key = type.getSimpleName() + "." + m.getName() + "/" + m.getParameterCount();
          discovered.put(key, m);
          beans.put(key, bean);
        }
      }
    }
    List<String> missing = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (var entry : discovered.entrySet()) {
      Set<Actor> observed = EnumSet.noneOf(Actor.class);
      for (Actor actor : Actor.values()) {
        if (passes(beans.get(entry.getKey()), entry.getValue(), actor)) {
          observed.add(actor);
        }
      }
      if (!expected.containsKey(entry.getKey())) {
        missing.add(entry.getKey() + " = " + observed.stream().map(Enum::name).collect(Collectors.joining(" ")));
      } else if (!expected.get(entry.getKey()).equals(observed)) {
        wrong.add(entry.getKey() + ": expected " + expected.get(entry.getKey()) + ", observed " + observed);
      }
    }
    Set<String> stale = new TreeSet<>(expected.keySet());
    stale.removeAll(discovered.keySet());
    assertThat(missing).as("@PreAuthorize methods the table lacks (line to add)").isEmpty();
    assertThat(stale).as("table rows for methods that no longer exist").isEmpty();
    assertThat(wrong).as("cells that do not hold").isEmpty();
    assertThat(discovered).hasSizeGreaterThan(40);
  }

  @Test
  void everyUserTaskIsWorkedByItsRoleInTheCasesRegionOnly() throws Exception {
    Map<String, Role> expected = Map.of("intakeReview", Role.INTAKE, "verification", Role.INVESTIGATOR,
        "enforcementDecision", Role.INVESTIGATOR, "closureApproval", Role.LEADER, "extensionApproval", Role.LEADER,
        "appealReview", Role.LEADER, "rewardReview", Role.LEADER, "rewardSecondApproval", Role.LEADER,
        "financeApproval", Role.FINANCE, "recordPayout", Role.FINANCE);
    Map<String, String> found = new TreeMap<>();
    for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
      try (InputStream in = r.getInputStream()) {
        BpmnModelInstance model = Bpmn.readModelFromStream(in);
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          found.put(task.getId(), task.getOperatonCandidateGroups());
        }
      }
    }
    assertThat(found.keySet()).as("user tasks of the models vs the table").isEqualTo(new TreeSet<>(expected.keySet()));
    // users of each role, in the case's region (510311 Yantan) and in another region (Chongqing)
    Map<String, Role> inRegion = Map.of(TestAccounts.INTAKE, Role.INTAKE, TestAccounts.INVESTIGATOR, Role.INVESTIGATOR,
        TestAccounts.LEADER, Role.LEADER, TestAccounts.FINANCE, Role.FINANCE, TestAccounts.ADMIN, Role.ADMIN);
    Map<String, Role> otherRegion = Map.of(TestAccounts.CQ_INTAKE, Role.INTAKE, TestAccounts.INVESTIGATOR_2,
        Role.INVESTIGATOR, TestAccounts.CQ_FINANCE, Role.FINANCE);
    int cells = 0;
    for (var task : expected.entrySet()) {
      assertThat(found.get(task.getKey())).as("candidate group of " + task.getKey()).isEqualTo(task.getValue().name());
      for (var user : inRegion.entrySet()) {
        assertThat(eligibility.mayWork(user.getKey(), task.getValue(), "510311"))
            .as(user.getKey() + " on " + task.getKey()).isEqualTo(user.getValue() == task.getValue());
        cells++;
      }
      for (var user : otherRegion.entrySet()) {
        assertThat(eligibility.mayWork(user.getKey(), task.getValue(), "510311"))
            .as(user.getKey() + " (other region) on " + task.getKey()).isFalse();
        cells++;
      }
      assertThat(eligibility.mayWork(null, task.getValue(), "510311")).isFalse();
      cells++;
    }
    assertThat(cells).isEqualTo(expected.size() * 9);
  }

  private static boolean passes(Object bean, Method method, Actor actor) throws Exception {
    if (actor != Actor.ANONYMOUS) {
      SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("matrix-" + actor, "",
          "ROLE_" + actor.name()));
    }
    try {
      Method proxied = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
      proxied.invoke(bean, Arrays.stream(method.getParameterTypes()).map(AccessMatrixIT::dummy).toArray());
      return true;
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      return !(cause instanceof AccessDeniedException || cause instanceof AuthenticationCredentialsNotFoundException);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static Object dummy(Class<?> type) {
    Map<Class<?>, Object> zeros = Map.of(int.class, 0, long.class, 0L, short.class, (short) 0, byte.class, (byte) 0,
        boolean.class, false, double.class, 0.0, float.class, 0.0f, char.class, ' ');
    return zeros.get(type);
  }

  private static Map<String, Set<Actor>> parse(String table) {
    Map<String, Set<Actor>> map = new TreeMap<>();
    for (String line : table.strip().split("\n")) {
      String[] parts = line.split("=", 2);
      Set<Actor> actors = EnumSet.noneOf(Actor.class);
      for (String a : parts[1].strip().split("\\s+")) {
        if (!a.isEmpty()) {
          actors.add(Actor.valueOf(a));
        }
      }
      map.put(parts[0].strip(), actors);
    }
    return map;
  }

  /** Method = actors admitted (by the role check; what they then see is scoped by region in the queries). */
  static final String SERVICE_TABLE = """
      AuditTrail.count/1 = INTAKE INVESTIGATOR LEADER ADMIN
      AuditTrail.page/3 = INTAKE INVESTIGATOR LEADER ADMIN
      AuditTrail.verify/1 = ADMIN
      CaseEvidenceService.attachStaffEvidence/2 = INVESTIGATOR LEADER
      CaseEvidenceService.open/2 = INTAKE INVESTIGATOR LEADER ADMIN
      CaseEvidenceService.play/4 = INTAKE INVESTIGATOR LEADER ADMIN
      CaseEvidenceService.thumbnail/2 = INTAKE INVESTIGATOR LEADER ADMIN
      CaseEvidenceService.view/2 = INTAKE INVESTIGATOR LEADER ADMIN
      CaseExtensions.of/1 = INTAKE INVESTIGATOR LEADER ADMIN
      CaseSearchService.count/1 = INTAKE INVESTIGATOR LEADER ADMIN
      CaseSearchService.exportCsv/3 = INTAKE INVESTIGATOR LEADER ADMIN
      CaseSearchService.search/3 = INTAKE INVESTIGATOR LEADER ADMIN
      CaseSearchService.summaries/3 = INTAKE INVESTIGATOR LEADER ADMIN
      CaseworkService.auditTrail/3 = INTAKE INVESTIGATOR LEADER ADMIN
      CaseworkService.blankForm/1 = INTAKE INVESTIGATOR LEADER FINANCE ADMIN
      CaseworkService.caseDetail/1 = INTAKE INVESTIGATOR LEADER ADMIN
      CaseworkService.claim/1 = INTAKE INVESTIGATOR LEADER FINANCE ADMIN
      CaseworkService.complete/2 = INTAKE INVESTIGATOR LEADER FINANCE ADMIN
      CaseworkService.completeWith/2 = INTAKE INVESTIGATOR LEADER FINANCE ADMIN
      CaseworkService.countInbox/1 = INTAKE INVESTIGATOR LEADER FINANCE ADMIN
      CaseworkService.countInbox/3 = INTAKE INVESTIGATOR LEADER FINANCE ADMIN
      CaseworkService.inbox/3 = INTAKE INVESTIGATOR LEADER FINANCE ADMIN
      CaseworkService.inbox/5 = INTAKE INVESTIGATOR LEADER FINANCE ADMIN
      CaseworkService.messageReporter/2 = INTAKE INVESTIGATOR LEADER
      CaseworkService.reassign/2 = LEADER
      CaseworkService.recordCriminalOutcome/3 = INVESTIGATOR LEADER
      CaseworkService.requestExtension/3 = INVESTIGATOR
      CaseworkService.submit/2 = INTAKE INVESTIGATOR LEADER FINANCE ADMIN
      CaseworkService.task/1 = INTAKE INVESTIGATOR LEADER FINANCE ADMIN
      CaseworkService.unclaim/1 = INTAKE INVESTIGATOR LEADER FINANCE ADMIN
      DuplicateService.candidates/1 = INTAKE INVESTIGATOR LEADER ADMIN
      DuplicateService.link/2 = INTAKE
      FollowUpService.countMyReports/0 = CITIZEN
      FollowUpService.myReports/2 = CITIZEN
      HolidayCalendarService.markYear/2 = ADMIN
      HolidayCalendarService.missingYears/0 = ADMIN
      HolidayCalendarService.removeDay/1 = ADMIN
      HolidayCalendarService.setDay/1 = ADMIN
      HolidayCalendarService.year/1 = ADMIN
      MailOutbox.capturedPage/2 = ADMIN
      MailOutbox.count/0 = ADMIN
      MailOutbox.countFailed/0 = ADMIN
      MailOutbox.recordViewing/0 = ADMIN
      MailOutbox.retryFailed/0 = ADMIN
      MailOutbox.statusPage/2 = ADMIN
      PasswordChangeService.changeOwnPassword/2 = CITIZEN INTAKE INVESTIGATOR LEADER FINANCE ADMIN
      PasswordChangeService.setNotifyNewTasks/1 = CITIZEN INTAKE INVESTIGATOR LEADER FINANCE ADMIN
      PayoutService.batchFile/1 = FINANCE
      PayoutService.batches/2 = FINANCE
      PayoutService.countQueue/1 = FINANCE
      PayoutService.decide/2 = FINANCE
      PayoutService.decide/3 = FINANCE
      PayoutService.exportBatch/0 = FINANCE
      PayoutService.ledger/0 = FINANCE
      PayoutService.payout/1 = FINANCE
      PayoutService.queue/3 = FINANCE
      PayoutService.recordPayment/2 = FINANCE
      PayoutService.recordPayment/3 = FINANCE
      ReporterActivity.caseOpened/1 = INTAKE INVESTIGATOR LEADER FINANCE ADMIN
      ReporterIdentityService.masked/1 = INTAKE INVESTIGATOR LEADER ADMIN
      ReporterIdentityService.unmask/3 = INTAKE LEADER ADMIN
      RewardService.preview/2 = LEADER
      RewardService.quote/1 = LEADER FINANCE ADMIN
      RewardService.review/2 = LEADER
      RewardService.reviewContext/1 = LEADER
      RewardService.secondApproval/2 = LEADER
      RewardService.secondApproval/3 = LEADER
      RuleSetAdminService.approve/1 = ADMIN
      RuleSetAdminService.count/0 = ADMIN
      RuleSetAdminService.page/2 = ADMIN
      RuleSetAdminService.reject/2 = ADMIN
      RuleSetAdminService.upload/1 = ADMIN
      TeamSupervision.colleaguesFor/1 = LEADER ADMIN
      TeamSupervision.countNationalQueue/1 = ADMIN
      TeamSupervision.countTeamTasks/1 = LEADER
      TeamSupervision.nationalQueue/3 = ADMIN
      TeamSupervision.reassign/3 = LEADER ADMIN
      TeamSupervision.teamTasks/3 = LEADER
      TeamSupervision.workload/0 = LEADER
      TypicalCaseService.anonymise/1 = ADMIN
      TypicalCaseService.approve/1 = ADMIN
      TypicalCaseService.batches/0 = ADMIN
      TypicalCaseService.check/1 = ADMIN
      TypicalCaseService.check/2 = ADMIN
      TypicalCaseService.count/1 = ADMIN
      TypicalCaseService.create/1 = ADMIN
      TypicalCaseService.createBatch/2 = ADMIN
      TypicalCaseService.createFromCase/1 = ADMIN
      TypicalCaseService.edit/2 = ADMIN
      TypicalCaseService.find/1 = ADMIN
      TypicalCaseService.page/1 = ADMIN
      TypicalCaseService.propose/2 = ADMIN
      TypicalCaseService.sendBack/2 = ADMIN
      TypicalCaseService.sourceCases/1 = ADMIN
      TypicalCaseService.submit/1 = ADMIN
      TypicalCaseService.withdraw/2 = ADMIN
      UserAdminService.count/1 = ADMIN
      UserAdminService.createStaff/1 = ADMIN
      UserAdminService.find/1 = ADMIN
      UserAdminService.resetPassword/1 = ADMIN
      UserAdminService.setEnabled/2 = ADMIN
      UserAdminService.updateRolesAndRegion/3 = ADMIN
      """;
}
