package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import org.greenwhistle.base.ui.TaskFormPanel;
import org.greenwhistle.casework.domain.CaseEnums.AppealOutcome;
import org.greenwhistle.casework.service.AppealReviewTask;

/** appealReview: uphold the reporter's appeal (back to intake) or dismiss it, with an optional comment. */
public class AppealReviewPanel extends TaskFormPanel<AppealReviewTask.Form> {

  public AppealReviewPanel(AppealReviewTask.Form form, SerializableConsumer<AppealReviewTask.Form> submit,
                           Runnable completed) {
    super(form, submit, completed, "case-error");
    RadioButtonGroup<AppealOutcome> outcome = TaskFields.radio(AppealOutcome.values(), "outcome.appealReview.");
    bindRequired(outcome, "outcome", AppealReviewTask.Form::getOutcome, AppealReviewTask.Form::setOutcome);
    TextArea comment = TaskFields.comment();
    bind(comment, "comment", AppealReviewTask.Form::getComment, AppealReviewTask.Form::setComment);
    finish(outcome, comment);
  }
}
