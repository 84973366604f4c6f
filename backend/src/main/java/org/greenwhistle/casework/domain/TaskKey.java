package org.greenwhistle.casework.domain;

import java.util.Arrays;
import java.util.Optional;
import org.greenwhistle.identity.domain.Role;

/** The user tasks of report-handling (and reward), with the role that works each. */
public enum TaskKey {
  intakeReview(Role.INTAKE), verification(Role.INVESTIGATOR), enforcementDecision(Role.INVESTIGATOR),
  closureApproval(Role.LEADER), extensionApproval(Role.LEADER), appealReview(Role.LEADER),
  rewardReview(Role.LEADER), rewardSecondApproval(Role.LEADER), financeApproval(Role.FINANCE),
  recordPayout(Role.FINANCE);

  private final Role role;

  TaskKey(Role role) {
    this.role = role;
  }

  public Role role() {
    return role;
  }

  public static Optional<TaskKey> of(String id) {
    return Arrays.stream(values()).filter(k -> k.name().equals(id)).findFirst();
  }
}
