package org.greenwhistle.reward.process;

import java.math.BigDecimal;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.greenwhistle.reward.service.RewardWorkflow;

/** Reads the reward process's variables for the delegates. */
final class RewardVariables {
  private RewardVariables() {
  }

  static String actor(DelegateExecution execution) {
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null || auth.getUserId() == null ? "system" : auth.getUserId();
  }

  static String string(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString().strip();
  }

  static boolean flag(DelegateExecution execution, String name) {
    return Boolean.TRUE.equals(execution.getVariable(name));
  }

  static RewardWorkflow.Review review(DelegateExecution execution) {
    Object grade = execution.getVariable("contributionGrade");
    Object insider = execution.getVariable("insider");
    String proposed = string(execution, "proposedAmount");
    return new RewardWorkflow.Review(flag(execution, "rewardEligible"), flag(execution, "excludedPerson"),
        flag(execution, "falseIdentity"), flag(execution, "alreadyKnown"),
        grade instanceof Number n ? n.intValue() : null, insider instanceof Boolean b ? b : null,
        proposed == null || proposed.isEmpty() ? null : new BigDecimal(proposed), string(execution, "amountReason"));
  }
}
