package org.greenwhistle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.greenwhistle.BackendIT;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.scenario.ApiTestSupport;
import org.greenwhistle.scenario.Receipt;
import org.greenwhistle.scenario.ReportSpec;
import org.greenwhistle.scenario.RewardCase;
import org.greenwhistle.scenario.Scenarios.Fine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every REST route (discovered from Spring MVC's mappings) × every caller: anonymous with and without the
 * receipt's access key, with another report's valid key, CITIZEN, and each staff role both in the case's region (Sichuan, the case is in 510311)
 * and in another region (Chongqing), and ADMIN. Path variables point at one real case with a reward awaiting
 * FINANCE, so the cells include the object-level checks (another region's case, task, payout; another receipt).
 * "ok" means the call got past authentication, authorization and scoping (any status but 401, 403 and 404).
 */
@BackendIT
@AutoConfigureMockMvc
class RestAccessMatrixIT extends ApiTestSupport {
  enum Caller { ANON, RECEIPT, OTHER_RECEIPT, CITIZEN, INTAKE, INTAKE_X, INVESTIGATOR, INVESTIGATOR_X, LEADER,
    LEADER_X, FINANCE, FINANCE_X, ADMIN }

  private static final String CITIZEN = "it-citizen";
  private static final String LEADER_X = "it-cq-leader";

  /** Named rows of expectations, so the table below reads as who may do what. */
  private static final Map<String, String> PATTERNS = Map.ofEntries(
      Map.entry("PUBLIC", "ANON=ok RECEIPT=ok CITIZEN=ok INTAKE=ok INTAKE_X=ok INVESTIGATOR=ok INVESTIGATOR_X=ok "
          + "LEADER=ok LEADER_X=ok FINANCE=ok FINANCE_X=ok ADMIN=ok"),
      Map.entry("REPORTER", "ANON=404 RECEIPT=ok CITIZEN=404 INTAKE=404 INTAKE_X=404 INVESTIGATOR=404 "
          + "INVESTIGATOR_X=404 LEADER=404 LEADER_X=404 FINANCE=404 FINANCE_X=404 ADMIN=404"),
      Map.entry("ANY_LOGIN", "ANON=401 RECEIPT=401 CITIZEN=ok INTAKE=ok INTAKE_X=ok INVESTIGATOR=ok INVESTIGATOR_X=ok "
          + "LEADER=ok LEADER_X=ok FINANCE=ok FINANCE_X=ok ADMIN=ok"),
      Map.entry("STAFF", "ANON=401 RECEIPT=401 CITIZEN=403 INTAKE=ok INTAKE_X=ok INVESTIGATOR=ok INVESTIGATOR_X=ok "
          + "LEADER=ok LEADER_X=ok FINANCE=ok FINANCE_X=ok ADMIN=ok"),
      Map.entry("CASE_STAFF_OF_REGION", "ANON=401 RECEIPT=401 CITIZEN=403 INTAKE=ok INTAKE_X=404 INVESTIGATOR=ok "
          + "INVESTIGATOR_X=404 LEADER=ok LEADER_X=404 FINANCE=403 FINANCE_X=403 ADMIN=ok"),
      Map.entry("CASE_LIST", "ANON=401 RECEIPT=401 CITIZEN=403 INTAKE=ok INTAKE_X=ok INVESTIGATOR=ok INVESTIGATOR_X=ok "
          + "LEADER=ok LEADER_X=ok FINANCE=403 FINANCE_X=403 ADMIN=ok"),
      Map.entry("HANDLERS_OF_REGION", "ANON=401 RECEIPT=401 CITIZEN=403 INTAKE=403 INTAKE_X=403 INVESTIGATOR=ok "
          + "INVESTIGATOR_X=404 LEADER=ok LEADER_X=404 FINANCE=403 FINANCE_X=403 ADMIN=403"),
      Map.entry("INVESTIGATOR_OF_REGION", "ANON=401 RECEIPT=401 CITIZEN=403 INTAKE=403 INTAKE_X=403 INVESTIGATOR=ok "
          + "INVESTIGATOR_X=404 LEADER=403 LEADER_X=403 FINANCE=403 FINANCE_X=403 ADMIN=403"),
      Map.entry("LEADER", "ANON=401 RECEIPT=401 CITIZEN=403 INTAKE=403 INTAKE_X=403 INVESTIGATOR=403 "
          + "INVESTIGATOR_X=403 LEADER=ok LEADER_X=ok FINANCE=403 FINANCE_X=403 ADMIN=403"),
      Map.entry("LEADER_OF_REGION_TASK", "ANON=401 RECEIPT=401 CITIZEN=403 INTAKE=403 INTAKE_X=403 INVESTIGATOR=403 "
          + "INVESTIGATOR_X=403 LEADER=ok LEADER_X=404 FINANCE=403 FINANCE_X=403 ADMIN=403"),
      Map.entry("FINANCE_TASK_OF_REGION", "ANON=401 RECEIPT=401 CITIZEN=403 INTAKE=404 INTAKE_X=404 INVESTIGATOR=404 "
          + "INVESTIGATOR_X=404 LEADER=404 LEADER_X=404 FINANCE=ok FINANCE_X=404 ADMIN=404"),
      Map.entry("FINANCE", "ANON=401 RECEIPT=401 CITIZEN=403 INTAKE=403 INTAKE_X=403 INVESTIGATOR=403 "
          + "INVESTIGATOR_X=403 LEADER=403 LEADER_X=403 FINANCE=ok FINANCE_X=ok ADMIN=403"),
      Map.entry("FINANCE_OF_REGION", "ANON=401 RECEIPT=401 CITIZEN=403 INTAKE=403 INTAKE_X=403 INVESTIGATOR=403 "
          + "INVESTIGATOR_X=403 LEADER=403 LEADER_X=403 FINANCE=ok FINANCE_X=404 ADMIN=403"),
      Map.entry("QUOTE", "ANON=401 RECEIPT=401 CITIZEN=403 INTAKE=403 INTAKE_X=403 INVESTIGATOR=403 "
          + "INVESTIGATOR_X=403 LEADER=ok LEADER_X=ok FINANCE=ok FINANCE_X=ok ADMIN=ok"),
      Map.entry("ADMIN", "ANON=401 RECEIPT=401 CITIZEN=403 INTAKE=403 INTAKE_X=403 INVESTIGATOR=403 "
          + "INVESTIGATOR_X=403 LEADER=403 LEADER_X=403 FINANCE=403 FINANCE_X=403 ADMIN=ok"),
      // ADMIN routes on an id that does not exist: ADMIN gets past the role check to a 404 / 400
      Map.entry("ADMIN_MISSING", "ANON=401 RECEIPT=401 CITIZEN=403 INTAKE=403 INTAKE_X=403 INVESTIGATOR=403 "
          + "INVESTIGATOR_X=403 LEADER=403 LEADER_X=403 FINANCE=403 FINANCE_X=403 ADMIN=missing"));

  /** Route (method + pattern) → pattern name. */
  private static final Map<String, String> TABLE = new LinkedHashMap<>();

  static {
    TABLE.put("POST /api/v1/reports", "PUBLIC");
    TABLE.put("GET /api/v1/reports/{trackingCode}", "REPORTER");
    TABLE.put("POST /api/v1/reports/{trackingCode}/messages", "REPORTER");
    TABLE.put("POST /api/v1/reports/{trackingCode}/withdraw", "REPORTER");
    TABLE.put("POST /api/v1/reports/{trackingCode}/appeal", "REPORTER");
    TABLE.put("POST /api/v1/reports/{trackingCode}/evidence", "REPORTER");
    TABLE.put("GET /api/v1/reports/{trackingCode}/rewards", "REPORTER");
    TABLE.put("POST /api/v1/reports/{trackingCode}/rewards/{rewardId}/claim", "REPORTER");
    TABLE.put("GET /api/v1/public/regions", "PUBLIC");
    TABLE.put("GET /api/v1/public/regions/{code}/children", "PUBLIC");
    TABLE.put("GET /api/v1/statistics", "PUBLIC");
    TABLE.put("GET /api/v1/statistics/csv", "PUBLIC");
    TABLE.put("GET /api/v1/typical-cases", "PUBLIC");
    TABLE.put("GET /api/v1/typical-cases/facets", "PUBLIC");
    TABLE.put("GET /api/v1/typical-cases/feed.atom", "PUBLIC");
    TABLE.put("GET /api/v1/typical-cases/{id:\\d{1,18}}", "PUBLIC_MISSING");
    TABLE.put("GET /api/v1/me", "ANY_LOGIN");
    TABLE.put("PUT /api/v1/me/task-mail", "ANY_LOGIN");
    TABLE.put("GET /api/v1/tasks", "STAFF");
    TABLE.put("POST /api/v1/tasks/{taskId}/claim", "FINANCE_TASK_OF_REGION");
    TABLE.put("POST /api/v1/tasks/{taskId}/unclaim", "FINANCE_TASK_OF_REGION");
    TABLE.put("POST /api/v1/tasks/{taskId}/complete", "FINANCE_TASK_OF_REGION");
    TABLE.put("POST /api/v1/tasks/reassign", "LEADER");
    TABLE.put("GET /api/v1/cases", "CASE_LIST");
    TABLE.put("GET /api/v1/cases/{trackingCode}", "CASE_STAFF_OF_REGION");
    TABLE.put("GET /api/v1/cases/{trackingCode}/history", "CASE_STAFF_OF_REGION");
    TABLE.put("POST /api/v1/cases/{trackingCode}/criminal-outcomes", "HANDLERS_OF_REGION");
    TABLE.put("POST /api/v1/cases/{trackingCode}/extension", "INVESTIGATOR_OF_REGION");
    TABLE.put("GET /api/v1/admin/holidays/{year}", "ADMIN");
    TABLE.put("PUT /api/v1/admin/holidays", "ADMIN");
    TABLE.put("DELETE /api/v1/admin/holidays/{day}", "ADMIN");
    TABLE.put("PUT /api/v1/admin/holidays/{year}/complete", "ADMIN");
    TABLE.put("GET /api/v1/admin/audit/{chainKey}/verify", "ADMIN");
    TABLE.put("GET /api/v1/admin/audit/{chainKey}", "ADMIN");
    TABLE.put("GET /api/v1/admin/typical-cases", "ADMIN");
    TABLE.put("POST /api/v1/admin/typical-cases", "ADMIN");
    TABLE.put("POST /api/v1/admin/typical-cases/from-case", "ADMIN_MISSING");
    TABLE.put("GET /api/v1/admin/typical-cases/{id:\\d{1,18}}", "ADMIN_MISSING");
    TABLE.put("PUT /api/v1/admin/typical-cases/{id:\\d{1,18}}", "ADMIN_MISSING");
    TABLE.put("GET /api/v1/admin/typical-cases/{id:\\d{1,18}}/anonymisation", "ADMIN_MISSING");
    TABLE.put("POST /api/v1/admin/typical-cases/{id:\\d{1,18}}/anonymise", "ADMIN_MISSING");
    TABLE.put("GET /api/v1/admin/typical-cases/{id:\\d{1,18}}/check", "ADMIN_MISSING");
    TABLE.put("POST /api/v1/admin/typical-cases/{id:\\d{1,18}}/submit", "ADMIN_MISSING");
    TABLE.put("POST /api/v1/admin/typical-cases/{id:\\d{1,18}}/approve", "ADMIN_MISSING");
    TABLE.put("POST /api/v1/admin/typical-cases/{id:\\d{1,18}}/send-back", "ADMIN_MISSING");
    TABLE.put("POST /api/v1/admin/typical-cases/{id:\\d{1,18}}/withdraw", "ADMIN_MISSING");
    TABLE.put("GET /api/v1/admin/typical-cases/batches", "ADMIN");
    TABLE.put("POST /api/v1/admin/typical-cases/batches", "ADMIN");
    TABLE.put("GET /api/v1/reward-rule-sets", "ADMIN");
    TABLE.put("POST /api/v1/reward-rule-sets", "ADMIN");
    TABLE.put("POST /api/v1/reward-rule-sets/{id}/approve", "ADMIN_MISSING");
    TABLE.put("POST /api/v1/reward-rule-sets/{id}/reject", "ADMIN_MISSING");
    TABLE.put("POST /api/v1/rewards/quote", "QUOTE");
    TABLE.put("POST /api/v1/rewards/tasks/{taskId}/review", "LEADER_OF_REGION_TASK");
    TABLE.put("POST /api/v1/rewards/tasks/{taskId}/second-approval", "LEADER_OF_REGION_OTHER_STEP");
    TABLE.put("GET /api/v1/payouts", "FINANCE");
    TABLE.put("GET /api/v1/payouts/{rewardId}", "FINANCE_OF_REGION");
    TABLE.put("POST /api/v1/payouts/{rewardId}/decision", "FINANCE_OF_REGION");
    TABLE.put("POST /api/v1/payouts/{rewardId}/payment", "FINANCE_OF_REGION");
    TABLE.put("POST /api/v1/payouts/batches", "FINANCE");
    TABLE.put("GET /api/v1/payouts/batches", "FINANCE");
    TABLE.put("GET /api/v1/payouts/batches/{batchId}", "FINANCE_MISSING");
    TABLE.put("GET /api/v1/payouts/ledger", "FINANCE");
  }

  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired JdbcTemplate jdbc;

  @Test
  void everyRouteAnswersEveryCallerAsTheTableSays() throws Exception {
    Set<String> discovered = new TreeSet<>();
    mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
        .filter(p -> p.startsWith("/api/"))
        .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> discovered.add(m.name() + " " + p))));
    Set<String> missing = new TreeSet<>(discovered);
    missing.removeAll(TABLE.keySet());
    Set<String> stale = new TreeSet<>(TABLE.keySet());
    stale.removeAll(discovered);
    assertThat(missing).as("REST routes the table lacks").isEmpty();
    assertThat(stale).as("table rows for routes that no longer exist").isEmpty();
    assertThat(AdminOnlyRule.tableViolations(resolvedTable())).as("admin routes the table opens to others").isEmpty();

    Fixture f = fixture();
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (var row : TABLE.entrySet()) {
      Map<Caller, String> expected = expectations(row.getValue());
      // callers who may change state go last, so that the others meet the fixture unchanged
      List<Caller> order = new ArrayList<>(List.of(Caller.values()));
      order.sort((a, b) -> Boolean.compare("ok".equals(expected.get(a)), "ok".equals(expected.get(b))));
      for (Caller caller : order) {
        // the receipt's wrong-key limit is asserted elsewhere; here every caller starts with a clean count
        jdbc.update("DELETE FROM rate_limit_counter");
        int status = call(row.getKey(), caller, f);
        String want = expected.get(caller);
        boolean holds = switch (want) {
          case "ok" -> status != 401 && status != 403 && status != 404 && status < 500;
          case "missing" -> status == 404 || status == 400;
          default -> status == Integer.parseInt(want);
        };
        if (!holds) {
          wrong.add(row.getKey() + " as " + caller + ": expected " + want + ", got " + status);
        }
        String adminViolation = AdminOnlyRule.answerViolation(row.getKey(), caller.name(), status);
        if (adminViolation != null) {
          wrong.add(adminViolation);
        }
        cells++;
      }
    }
    assertThat(wrong).as("cells that do not hold").isEmpty();
    assertThat(cells).isEqualTo(TABLE.size() * Caller.values().length);
  }

  /** Every route's expected cells. */
  static Map<String, Map<Caller, String>> resolvedTable() {
    Map<String, Map<Caller, String>> resolved = new LinkedHashMap<>();
    TABLE.forEach((route, pattern) -> resolved.put(route, expectations(pattern)));
    return resolved;
  }

  static Map<Caller, String> expectations(String pattern) {
    String spec = switch (pattern) {
      // the fixture's LEADER task is a review, not a second approval: the LEADER of the region gets "not here"
      case "LEADER_OF_REGION_OTHER_STEP" -> PATTERNS.get("LEADER_OF_REGION_TASK").replace("LEADER=ok", "LEADER=missing");
      case "PUBLIC_MISSING" -> PATTERNS.get("PUBLIC").replace("=ok", "=404");
      case "FINANCE_MISSING" -> PATTERNS.get("FINANCE").replace("FINANCE=ok FINANCE_X=ok", "FINANCE=404 FINANCE_X=404");
      default -> PATTERNS.get(pattern);
    };
    Map<Caller, String> map = new EnumMap<>(Caller.class);
    for (String cell : spec.split(" ")) {
      String[] kv = cell.split("=");
      map.put(Caller.valueOf(kv[0]), kv[1]);
    }
    // another report's valid access key opens nothing here: exactly what a caller without a key gets
    map.put(Caller.OTHER_RECEIPT, map.get(Caller.ANON));
    assertThat(map).as(pattern).hasSize(Caller.values().length);
    return map;
  }

  record Fixture(String code, String key, String otherKey, String financeTask, String leaderTask, long rewardId) {
  }

  /** A closed case in 510311 whose reward waits for FINANCE, with its receipt. */
  private Fixture fixture() throws Exception {
    accounts.create(CITIZEN, "000000", Role.CITIZEN);
    accounts.create(LEADER_X, "500000", Role.LEADER);
    RewardCase awaiting = scenarios.rewardAwaitingFinance(ReportSpec.realName(), Fine.DEFAULT);
    // a LEADER task of the region for the reward routes: the review of a second, fresh case's reward
    Receipt second = scenarios.closedCase(ReportSpec.realName());
    return new Fixture(awaiting.code(), awaiting.receipt().key(), second.key(),
        scenarios.taskId(TestAccounts.FINANCE, awaiting.code(), "financeApproval"),
        scenarios.taskId(TestAccounts.LEADER, second.code(), "rewardReview"), awaiting.rewardId());
  }

  private int call(String route, Caller caller, Fixture f) throws Exception {
    String[] parts = route.split(" ", 2);
    String path = parts[1]
        .replace("{trackingCode}", f.code())
        .replace("{rewardId}", Long.toString(f.rewardId()))
        .replace("{code}", "510300")
        .replace("{id:\\d{1,18}}", "987654321")
        .replace("{id}", "987654321")
        .replace("{year}", "2026")
        .replace("{day}", "2026-10-01")
        .replace("{chainKey}", f.code())
        .replace("{batchId}", "987654321")
        .replace("{taskId}", route.contains("/rewards/tasks/") ? f.leaderTask() : f.financeTask());
    MockHttpServletRequestBuilder req;
    if (route.equals("POST /api/v1/reports") || route.endsWith("/evidence")) {
      // an empty multipart body: rejected as invalid after the access check
      req = multipart(path).file(new MockMultipartFile("unrelated", "x.txt", "text/plain",
          "x".getBytes(StandardCharsets.UTF_8)));
    } else {
      req = request(HttpMethod.valueOf(parts[0]), path);
      if (!parts[0].equals("GET") && !parts[0].equals("DELETE")) {
        req.contentType(MediaType.APPLICATION_JSON).content(body(route));
      }
    }
    if (route.endsWith("/task-mail")) {
      req.param("enabled", "false");
    }
    req.with(r -> {
      r.setRemoteAddr("192.0.2." + (caller.ordinal() + 10));
      return r;
    });
    switch (caller) {
      case ANON -> { }
      case RECEIPT -> req.header("X-Access-Key", f.key());
      case OTHER_RECEIPT -> req.header("X-Access-Key", f.otherKey());
      default -> req.with(httpBasic(user(caller), user(caller)));
    }
    return mvc.perform(req).andReturn().getResponse().getStatus();
  }

  /** Bodies that pass the access check but change nothing: invalid, empty or harmless. */
  private static String body(String route) {
    if (route.endsWith("/messages") || route.endsWith("/appeal")) {
      return "{\"text\":\"\",\"reason\":\"\"}";
    }
    if (route.endsWith("/tasks/reassign")) {
      return "{\"taskIds\":[],\"username\":\"nobody\"}";
    }
    if (route.endsWith("/criminal-outcomes")) {
      return "{\"outcome\":\"NOT_AN_OUTCOME\"}";
    }
    if (route.endsWith("/extension")) {
      return "{\"days\":0}";
    }
    if (route.endsWith("/quote")) {
      return "{\"province\":\"510000\",\"contributionGrade\":0}";
    }
    return "{}";
  }

  private static String user(Caller caller) {
    return switch (caller) {
      case CITIZEN -> CITIZEN;
      case INTAKE -> TestAccounts.INTAKE;
      case INTAKE_X -> TestAccounts.CQ_INTAKE;
      case INVESTIGATOR -> TestAccounts.INVESTIGATOR;
      case INVESTIGATOR_X -> TestAccounts.INVESTIGATOR_2;
      case LEADER -> TestAccounts.LEADER;
      case LEADER_X -> LEADER_X;
      case FINANCE -> TestAccounts.FINANCE;
      case FINANCE_X -> TestAccounts.CQ_FINANCE;
      case ADMIN -> TestAccounts.ADMIN;
      default -> throw new IllegalArgumentException(caller.name());
    };
  }
}
