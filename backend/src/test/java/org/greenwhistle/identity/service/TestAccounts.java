package org.greenwhistle.identity.service;

import java.util.EnumSet;
import org.greenwhistle.identity.domain.Role;
import org.springframework.stereotype.Component;

/** Staff accounts for backend integration tests (names distinct from the demo users; password = name). */
@Component
public class TestAccounts {
  public static final String INTAKE = "it-intake";
  public static final String INVESTIGATOR = "it-investigator";
  public static final String INVESTIGATOR_2 = "it-investigator2";
  public static final String LEADER = "it-leader";
  public static final String CQ_INTAKE = "it-cq-intake";
  public static final String ADMIN = "it-admin";
  public static final String ADMIN_2 = "it-admin2";
  public static final String LEADER_2 = "it-leader2";
  public static final String FINANCE = "it-finance";
  public static final String FINANCE_2 = "it-finance2";
  public static final String CQ_FINANCE = "it-cq-finance";

  private final AccountProvisioning provisioning;

  TestAccounts(AccountProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  public void ensure() {
    create(INTAKE, "510000", Role.INTAKE);
    create(INVESTIGATOR, "510311", Role.INVESTIGATOR);
    create(INVESTIGATOR_2, "500236", Role.INVESTIGATOR);
    create(LEADER, "510000", Role.LEADER);
    create(CQ_INTAKE, "500000", Role.INTAKE);
    create(ADMIN, "000000", Role.ADMIN);
    create(ADMIN_2, "000000", Role.ADMIN);
    create(LEADER_2, "510000", Role.LEADER);
    create(FINANCE, "510000", Role.FINANCE);
    create(FINANCE_2, "510000", Role.FINANCE);
    create(CQ_FINANCE, "500000", Role.FINANCE);
  }

  /** One more account (password = name), e.g. for a test that locks it. */
  public void create(String username, String region, Role role) {
    provisioning.createIfAbsent(username, username, username, region, EnumSet.of(role), false);
    provisioning.ensureEmail(username, emailOf(username));
  }

  /** Every test staff member has an address (deadline and reporter mails reach GreenMail in the mail tests). */
  public static String emailOf(String username) {
    return username + "@staff.it.example";
  }
}
