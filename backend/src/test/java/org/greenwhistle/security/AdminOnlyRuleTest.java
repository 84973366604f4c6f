package org.greenwhistle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matrix's admin rule catches a deliberate violation: an admin route opened to staff. */
class AdminOnlyRuleTest {
  @Test
  void theRealTableKeepsTheAdminApiToAdmin() {
    assertThat(AdminOnlyRule.tableViolations(RestAccessMatrixIT.resolvedTable())).isEmpty();
  }

  @Test
  void aFixtureRowOpeningAnAdminRouteToStaffFailsTheMatrix() {
    Map<String, Map<RestAccessMatrixIT.Caller, String>> table = new LinkedHashMap<>(RestAccessMatrixIT.resolvedTable());
    // the row /api/v1/admin/audit/{chainKey} had before: any staff of any region
    table.put("GET /api/v1/admin/fixture/{chainKey}", RestAccessMatrixIT.expectations("CASE_LIST"));
    assertThat(AdminOnlyRule.tableViolations(table))
        .contains("GET /api/v1/admin/fixture/{chainKey} is open to INVESTIGATOR_X (ok)",
            "GET /api/v1/admin/fixture/{chainKey} is open to INTAKE_X (ok)",
            "GET /api/v1/admin/fixture/{chainKey} is open to INTAKE (ok)",
            "GET /api/v1/admin/fixture/{chainKey} is open to LEADER (ok)")
        .noneMatch(v -> v.contains(" to ADMIN "));
  }

  @Test
  void anAnswerLettingStaffThroughAnAdminRouteFailsTheMatrix() {
    assertThat(AdminOnlyRule.answerViolation("GET /api/v1/admin/fixture", "INVESTIGATOR_X", 200))
        .isEqualTo("GET /api/v1/admin/fixture answered INVESTIGATOR_X with 200");
    assertThat(AdminOnlyRule.answerViolation("GET /api/v1/admin/fixture", "LEADER", 400)).isNotNull();
    assertThat(AdminOnlyRule.answerViolation("GET /api/v1/admin/fixture", "LEADER", 403)).isNull();
    assertThat(AdminOnlyRule.answerViolation("GET /api/v1/admin/fixture", "INTAKE_X", 404)).isNull();
    assertThat(AdminOnlyRule.answerViolation("GET /api/v1/admin/fixture", "ADMIN", 200)).isNull();
    assertThat(AdminOnlyRule.answerViolation("GET /api/v1/cases/{trackingCode}", "LEADER", 200)).isNull();
  }
}
