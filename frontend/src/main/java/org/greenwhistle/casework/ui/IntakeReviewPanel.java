package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import org.greenwhistle.base.ui.TaskFormPanel;
import java.util.List;
import org.greenwhistle.base.ui.RegionCascade;
import org.greenwhistle.casework.domain.CaseEnums.IntakeOutcome;
import org.greenwhistle.casework.domain.CaseEnums.RejectReason;
import org.greenwhistle.casework.service.IntakeReviewTask;
import org.greenwhistle.region.service.RegionService;

/** intakeReview: the outcome, and only the fields the chosen outcome needs. */
public class IntakeReviewPanel extends TaskFormPanel<IntakeReviewTask.Form> {

  public IntakeReviewPanel(IntakeReviewTask.Form form, RegionService regions,
                           SerializableConsumer<IntakeReviewTask.Form> submit, Runnable completed) {
    super(form, submit, completed, "case-error");
    RadioButtonGroup<IntakeOutcome> outcome = TaskFields.radio(IntakeOutcome.values(), "intake.outcome.");
    bindRequired(outcome, "outcome", IntakeReviewTask.Form::getOutcome, IntakeReviewTask.Form::setOutcome);
    Select<RejectReason> reason = new Select<>();
    reason.setLabel(getTranslation("intake.rejectReason"));
    reason.setItems(RejectReason.values());
    reason.setItemLabelGenerator(r -> getTranslation("note." + r.name()));
    reason.setId("form-reject-reason");
    bind(reason, "rejectReason", IntakeReviewTask.Form::getRejectReason, IntakeReviewTask.Form::setRejectReason);
    TextArea message = new TextArea(getTranslation("intake.message"));
    message.setWidthFull();
    message.setMaxLength(2000);
    message.setId("form-message");
    bind(message, "message", IntakeReviewTask.Form::getMessage, IntakeReviewTask.Form::setMessage);
    TextField linkTo = new TextField(getTranslation("intake.linkTo"));
    linkTo.setId("form-link-to");
    bind(linkTo, "linkTo", IntakeReviewTask.Form::getLinkTo, IntakeReviewTask.Form::setLinkTo);
    RegionCascade region = new RegionCascade(regions);
    region.setLabel(getTranslation("intake.transferRegion"));
    bind(region, "transferRegion", IntakeReviewTask.Form::getTransferRegion, IntakeReviewTask.Form::setTransferRegion);
    TextField transferReason = new TextField(getTranslation("intake.transferReason"));
    transferReason.setId("form-transfer-reason");
    bind(transferReason, "reason", IntakeReviewTask.Form::getReason, IntakeReviewTask.Form::setReason);
    outcome.addValueChangeListener(e -> {
      reason.setVisible(e.getValue() == IntakeOutcome.REJECT);
      message.setVisible(e.getValue() == IntakeOutcome.REQUEST_INFO);
      linkTo.setVisible(e.getValue() == IntakeOutcome.LINK_DUPLICATE);
      region.setVisible(e.getValue() == IntakeOutcome.TRANSFER);
      transferReason.setVisible(e.getValue() == IntakeOutcome.TRANSFER);
    });
    for (Component c : List.of(reason, message, linkTo, region, transferReason)) {
      c.setVisible(false);
    }
    finish(outcome, reason, message, linkTo, region, transferReason);
  }
}
