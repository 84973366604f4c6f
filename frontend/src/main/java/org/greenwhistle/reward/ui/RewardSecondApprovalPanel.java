package org.greenwhistle.reward.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import org.greenwhistle.base.ui.TaskFormPanel;
import org.greenwhistle.casework.ui.TaskFields;
import org.greenwhistle.reward.service.RewardSecondApprovalTask;

/** rewardSecondApproval: a second LEADER approves the amount or returns it to review with a reason. */
public class RewardSecondApprovalPanel extends TaskFormPanel<RewardSecondApprovalTask.Form> {

  public RewardSecondApprovalPanel(RewardSecondApprovalTask.Form form, Component amountSummary,
                                   SerializableConsumer<RewardSecondApprovalTask.Form> submit, Runnable completed) {
    super(form, submit, completed, "reward-error");
    RadioButtonGroup<Boolean> approve = TaskFields.yesNo("reward.approve", "reward.return");
    bindRequired(approve, "approve", RewardSecondApprovalTask.Form::getApprove, RewardSecondApprovalTask.Form::setApprove);
    TextArea comment = TaskFields.comment();
    comment.setMaxLength(500);
    bind(comment, "comment", RewardSecondApprovalTask.Form::getComment, RewardSecondApprovalTask.Form::setComment);
    finish(amountSummary, approve, comment);
  }
}
