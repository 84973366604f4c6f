package org.greenwhistle.casework.domain;

import java.time.Instant;
import java.util.List;

/** A supervisor's overview: open tasks per officer (every holder of a case role, idle ones too) and per county. */
public record TeamWorkload(List<Officer> officers, List<County> counties) {

  /** One officer's open tasks; {@code roles} are the officer's role names, {@code regionCode} the officer's region. */
  public record Officer(String username, String displayName, List<String> roles, String regionCode, long openTasks,
                        long overdue, long dueSoon, Instant nextDue) {
  }

  /** Open tasks of one case region (usually a county or district). */
  public record County(String regionCode, long openTasks, long unclaimed, long overdue, long dueSoon,
                       Instant nextDue) {
  }

  /** A grouped row of the database (per assignee or per region path). */
  public record Load(String groupKey, long openTasks, long unclaimed, long overdue, long dueSoon, Instant nextDue) {
  }
}
