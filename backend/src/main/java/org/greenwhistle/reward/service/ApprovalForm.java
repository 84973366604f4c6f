package org.greenwhistle.reward.service;

import java.util.ArrayList;
import java.util.List;
import org.greenwhistle.casework.service.TaskChecks;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;

/**
 * The form of the reward's approval steps (second approval, finance approval): approve, or send back with a
 * comment of 2–500 characters.
 */
public class ApprovalForm {
  private Boolean approve;
  private String comment;

  public ApprovalForm() {
  }

  public ApprovalForm(Boolean approve, String comment) {
    this.approve = approve;
    this.comment = comment;
  }

  public Boolean getApprove() {
    return approve;
  }

  public void setApprove(Boolean approve) {
    this.approve = approve;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  /** The stripped comment (null when blank); refuses a missing decision or a send-back without a reason. */
  String checked() {
    List<FieldProblem> p = new ArrayList<>();
    TaskChecks.chosen(p, "approve", approve);
    String text = comment == null ? "" : comment.strip();
    if (Boolean.FALSE.equals(approve)) {
      TaskChecks.text(p, "comment", text, 2, 500);
    } else if (text.length() > 500) {
      p.add(new FieldProblem("comment", "case.error.textLength", 2, 500));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p, false);
    }
    return text.isEmpty() ? null : text;
  }
}
