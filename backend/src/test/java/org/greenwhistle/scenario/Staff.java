package org.greenwhistle.scenario;

import org.greenwhistle.identity.service.TestAccounts;

/**
 * Who works a scenario's steps: the integration tests' own accounts, or the demo users the browser tests log in as.
 * The finance officer who approves never records the payment (four eyes): {@code finance2} does.
 */
public record Staff(String intake, String investigator, String leader, String leader2, String finance,
                    String finance2) {
  public static final Staff IT = new Staff(TestAccounts.INTAKE, TestAccounts.INVESTIGATOR, TestAccounts.LEADER,
      TestAccounts.LEADER_2, TestAccounts.FINANCE, TestAccounts.FINANCE_2);
  public static final Staff DEMO = new Staff("intake", "investigator", "leader", "leader2", "finance", "finance2");
}
