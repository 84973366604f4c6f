package org.greenwhistle.casework.service;

import org.greenwhistle.casework.domain.TaskCompletion;

/** A leader's decision with a comment: the typed form of the decide-and-comment tasks. */
public class DecisionForm<E extends Enum<E>> {
  private E outcome;
  private String comment;

  /** Fills {@code form} from the REST shape: the outcome's code (an unknown one is "not chosen") and the comment. */
  static <E extends Enum<E>, F extends DecisionForm<E>> F fill(F form, Class<E> outcomes, TaskCompletion c) {
    form.setOutcome(TaskChecks.parse(c.outcome(), outcomes));
    form.setComment(c.comment());
    return form;
  }

  public E getOutcome() {
    return outcome;
  }

  public void setOutcome(E outcome) {
    this.outcome = outcome;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
