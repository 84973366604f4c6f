package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import org.greenwhistle.base.ui.TaskFormPanel;
import org.greenwhistle.casework.domain.CaseEnums.ClosureOutcome;
import org.greenwhistle.casework.service.ClosureApprovalTask;

/** closureApproval: approve (a comment is kept with it) or return to verification with the reason. */
public class ClosureApprovalPanel extends TaskFormPanel<ClosureApprovalTask.Form> {

  public ClosureApprovalPanel(ClosureApprovalTask.Form form, SerializableConsumer<ClosureApprovalTask.Form> submit,
                              Runnable completed) {
    super(form, submit, completed, "case-error");
    RadioButtonGroup<ClosureOutcome> outcome = TaskFields.radio(ClosureOutcome.values(), "outcome.closureApproval.");
    bindRequired(outcome, "outcome", ClosureApprovalTask.Form::getOutcome, ClosureApprovalTask.Form::setOutcome);
    TextArea comment = TaskFields.comment();
    bind(comment, "comment", ClosureApprovalTask.Form::getComment, ClosureApprovalTask.Form::setComment);
    finish(outcome, comment);
  }
}
