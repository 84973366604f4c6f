package org.greenwhistle.identity.domain;

import java.util.EnumSet;
import java.util.Set;

/** Application roles. They are also Camunda's groups, so BPMN candidate groups name these ids. */
public enum Role {
  CITIZEN, INTAKE, INVESTIGATOR, LEADER, FINANCE, ADMIN;

  public static final Set<Role> STAFF = EnumSet.of(INTAKE, INVESTIGATOR, LEADER, FINANCE, ADMIN);

  public String authority() {
    return "ROLE_" + name();
  }
}
