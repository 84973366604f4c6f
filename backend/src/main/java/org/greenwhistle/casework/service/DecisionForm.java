package org.greenwhistle.casework.service;

/** A leader's decision with a comment: the typed form of the decide-and-comment tasks. */
public class DecisionForm<E extends Enum<E>> {
  private E outcome;
  private String comment;

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
