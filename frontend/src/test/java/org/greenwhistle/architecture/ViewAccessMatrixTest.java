package org.greenwhistle.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every Vaadin route (found by scanning for {@code @Route}) × every role, through the same annotation checker
 * Vaadin's navigation access control uses at run time; the test fails on a view the table lacks. What a view
 * then shows is scoped again by the services it calls (see the REST and service matrices).
 */
class ViewAccessMatrixTest {
  enum Actor { ANONYMOUS, CITIZEN, INTAKE, INVESTIGATOR, LEADER, FINANCE, ADMIN }

  private static final String EVERYONE = "ANONYMOUS CITIZEN INTAKE INVESTIGATOR LEADER FINANCE ADMIN";
  private static final String LOGGED_IN = "CITIZEN INTAKE INVESTIGATOR LEADER FINANCE ADMIN";

  private static final Map<String, String> TABLE = Map.ofEntries(
      Map.entry("PortalView", EVERYONE),
      Map.entry("ReportView", EVERYONE),
      Map.entry("FollowUpView", EVERYONE),
      Map.entry("RewardClaimView", EVERYONE),
      Map.entry("TypicalCasesView", EVERYONE),
      Map.entry("TypicalCaseView", EVERYONE),
      Map.entry("StatisticsView", EVERYONE),
      Map.entry("LoginView", EVERYONE),
      Map.entry("RegisterView", EVERYONE),
      Map.entry("VerifyEmailView", EVERYONE),
      Map.entry("ForgotPasswordView", EVERYONE),
      Map.entry("ResetPasswordView", EVERYONE),
      Map.entry("SetPasswordView", EVERYONE),
      Map.entry("HomeView", LOGGED_IN),
      Map.entry("ChangePasswordView", LOGGED_IN),
      Map.entry("MyReportsView", "CITIZEN"),
      Map.entry("InboxView", "INTAKE INVESTIGATOR LEADER ADMIN"),
      Map.entry("TeamView", "LEADER"),
      Map.entry("NationalQueueView", "ADMIN"),
      Map.entry("CaseView", "INTAKE INVESTIGATOR LEADER ADMIN"),
      Map.entry("CaseSearchView", "INTAKE INVESTIGATOR LEADER ADMIN"),
      Map.entry("RewardTaskView", "LEADER"),
      Map.entry("FinanceHomeView", "FINANCE"),
      Map.entry("UserAdminView", "ADMIN"),
      Map.entry("OutboxView", "ADMIN"),
      Map.entry("RewardRulesView", "ADMIN"),
      Map.entry("TypicalCaseAdminView", "ADMIN"));

  @Test
  void everyViewAdmitsExactlyItsRoles() throws Exception {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
    Map<String, Class<?>> views = new TreeMap<>();
    for (BeanDefinition bd : scanner.findCandidateComponents("org.greenwhistle")) {
      Class<?> type = Class.forName(bd.getBeanClassName());
      views.put(type.getSimpleName(), type);
    }
    Set<String> missing = new TreeSet<>(views.keySet());
    missing.removeAll(TABLE.keySet());
    Set<String> stale = new TreeSet<>(TABLE.keySet());
    stale.removeAll(views.keySet());
    assertThat(missing).as("views the table lacks").isEmpty();
    assertThat(stale).as("table rows for views that no longer exist").isEmpty();

    AccessAnnotationChecker checker = new AccessAnnotationChecker();
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (var view : views.entrySet()) {
      Set<Actor> expected = EnumSet.noneOf(Actor.class);
      for (String a : TABLE.get(view.getKey()).split(" ")) {
        expected.add(Actor.valueOf(a));
      }
      Set<Actor> observed = EnumSet.noneOf(Actor.class);
      for (Actor actor : Actor.values()) {
        Principal principal = actor == Actor.ANONYMOUS ? null : () -> "matrix-" + actor;
        if (checker.hasAccess(view.getValue(), principal, role -> actor.name().equals(role))) {
          observed.add(actor);
        }
        cells++;
      }
      if (!observed.equals(expected)) {
        wrong.add(view.getKey() + ": expected " + expected + ", observed "
            + observed.stream().map(Enum::name).collect(Collectors.joining(" ")));
      }
    }
    assertThat(wrong).as("cells that do not hold").isEmpty();
    assertThat(cells).isEqualTo(views.size() * Actor.values().length);
  }
}
