package org.greenwhistle.payout.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import org.greenwhistle.base.ui.TaskFormPanel;
import org.greenwhistle.reward.service.FinanceApprovalTask;

/** financeApproval: approve the payout, or reject it back to review with a reason. */
public class FinanceApprovalPanel extends TaskFormPanel<FinanceApprovalTask.Form> {

  public FinanceApprovalPanel(FinanceApprovalTask.Form form, SerializableConsumer<FinanceApprovalTask.Form> submit,
                              Runnable completed) {
    super(form, submit, completed, "payout-error");
    TextArea comment = new TextArea(getTranslation("case.comment"));
    comment.setId("payout-comment");
    comment.setWidthFull();
    comment.setMaxLength(500);
    bind(comment, "comment", FinanceApprovalTask.Form::getComment, FinanceApprovalTask.Form::setComment);
    Button approve = completeButton("finance.approve", "payout-approve", f -> f.setApprove(true));
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button reject = completeButton("finance.reject", "payout-reject", f -> f.setApprove(false));
    finishWith(new HorizontalLayout(approve, reject), comment);
  }
}
