package org.greenwhistle.reward.service;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.service.BasicTaskForm;
import org.greenwhistle.casework.service.TaskChecks;
import org.greenwhistle.identity.domain.Role;
import org.operaton.bpm.engine.delegate.DelegateTask;

/**
 * A reward approval step: APPROVE, or send back (the outcome {@code E}'s other value) with a reason of 2–500
 * characters, into the step's own outcome and comment variables.
 */
abstract class ApprovalTask<F extends ApprovalForm, E extends Enum<E>> extends BasicTaskForm<F> {
  private final String outcomeVariable;
  private final String commentVariable;
  private final Class<E> outcomes;
  private final E sendBack;

  ApprovalTask(String taskKey, Role role, Class<F> formType, Supplier<F> blank, String outcomeVariable,
               String commentVariable, Class<E> outcomes, E sendBack) {
    super(taskKey, role, formType, blank);
    this.outcomeVariable = outcomeVariable;
    this.commentVariable = commentVariable;
    this.outcomes = outcomes;
    this.sendBack = sendBack;
  }

  @Override
  public Map<String, Object> toVariables(F form, CaseTask task) {
    String comment = form.checked();
    Map<String, Object> v = new HashMap<>();
    v.put(outcomeVariable, form.getApprove() ? "APPROVE" : sendBack.name());
    v.put(commentVariable, comment);
    return v;
  }

  @Override
  public String check(DelegateTask task) {
    String outcome = TaskChecks.oneOf(task, outcomeVariable, outcomes);
    if (sendBack.name().equals(outcome)) {
      TaskChecks.text(task, commentVariable, 2, 500);
    }
    return outcome;
  }
}
