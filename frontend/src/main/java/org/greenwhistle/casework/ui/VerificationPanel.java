package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import org.greenwhistle.base.ui.TaskFormPanel;
import org.greenwhistle.casework.domain.CaseEnums.VerificationOutcome;
import org.greenwhistle.casework.service.VerificationTask;

/**
 * verification: the outcome, inspection date and findings; above them every reason a leader gave for returning
 * the closure, and below them the upload of site photos (saved at once, not with the form).
 */
public class VerificationPanel extends TaskFormPanel<VerificationTask.Form> {

  public VerificationPanel(VerificationTask.Form form, Component closureReturns, Component photos,
                           SerializableConsumer<VerificationTask.Form> submit, Runnable completed) {
    super(form, submit, completed, "case-error");
    RadioButtonGroup<VerificationOutcome> outcome = TaskFields.radio(VerificationOutcome.values(), "verification.outcome.");
    bindRequired(outcome, "outcome", VerificationTask.Form::getOutcome, VerificationTask.Form::setOutcome);
    DatePicker date = new DatePicker(getTranslation("verification.date"));
    date.setId("form-inspection-date");
    bind(date, "inspectionDate", VerificationTask.Form::getInspectionDate, VerificationTask.Form::setInspectionDate);
    TextArea findings = new TextArea(getTranslation("verification.findings"));
    findings.setWidthFull();
    findings.setMaxLength(4000);
    findings.setId("form-findings");
    bind(findings, "findings", VerificationTask.Form::getFindings, VerificationTask.Form::setFindings);
    finish(closureReturns, outcome, date, findings, new Span(getTranslation("verification.photos")), photos);
  }
}
