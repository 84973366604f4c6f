package org.greenwhistle.casework.process;

import java.time.Instant;
import java.util.Date;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.impl.identity.Authentication;

/** Small helpers shared by the delegates: who acts, which report, dates as process variables. */
final class Delegates {
  private Delegates() {
  }

  static String actor(DelegateExecution execution) {
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null || auth.getUserId() == null ? "system" : auth.getUserId();
  }

  static long reportId(DelegateExecution execution) {
    return ((Number) execution.getVariable("reportId")).longValue();
  }

  static String string(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString().strip();
  }

  static Instant instant(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value instanceof Date d ? d.toInstant() : null;
  }

  static Date date(Instant instant) {
    return Date.from(instant);
  }
}
