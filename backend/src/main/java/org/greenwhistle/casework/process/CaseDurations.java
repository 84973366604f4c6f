package org.greenwhistle.casework.process;

import org.greenwhistle.casework.service.DeadlineCalculator;
import org.springframework.stereotype.Component;

/**
 * The configured waiting times the BPMN timers read as {@code ${caseDurations.infoWait()}}: expressions instead of
 * process variables, so that no case stores its own copy of a constant (runtime and history rows per report).
 */
@Component("caseDurations")
public class CaseDurations {
  private final DeadlineCalculator deadlines;

  CaseDurations(DeadlineCalculator deadlines) {
    this.deadlines = deadlines;
  }

  /** How long intake waits for the reporter's additional information (ISO-8601). */
  public String infoWait() {
    return deadlines.properties().infoWait().toString();
  }

  /** How long a rejected reporter may appeal (ISO-8601). */
  public String appealWindow() {
    return deadlines.properties().appealWindow().toString();
  }
}
