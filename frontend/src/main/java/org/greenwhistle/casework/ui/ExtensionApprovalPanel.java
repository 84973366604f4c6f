package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.SerializableConsumer;
import org.greenwhistle.base.ui.TaskFormPanel;
import org.greenwhistle.casework.service.CaseExtensions;
import org.greenwhistle.casework.service.ExtensionApprovalTask;

/** extensionApproval: approve or refuse the investigator's request; days may shorten it (up to the maximum). */
public class ExtensionApprovalPanel extends TaskFormPanel<ExtensionApprovalTask.Form> {

  public ExtensionApprovalPanel(ExtensionApprovalTask.Form form, CaseExtensions.State request,
                                SerializableConsumer<ExtensionApprovalTask.Form> submit, Runnable completed) {
    super(form, submit, completed, "case-error");
    int maxDays = request.maxDays();
    Paragraph requested = new Paragraph(getTranslation("extension.requested",
        request.days() == null ? maxDays : request.days(), request.reason() == null ? "—" : request.reason()));
    requested.setId("extension-requested");
    RadioButtonGroup<Boolean> approved = TaskFields.yesNo("extension.approve", "extension.refuse");
    bindRequired(approved, "approved", ExtensionApprovalTask.Form::getApproved, ExtensionApprovalTask.Form::setApproved);
    IntegerField days = new IntegerField(getTranslation("extension.days"));
    days.setMin(1);
    days.setMax(maxDays);
    days.setId("form-extension-days");
    bind(days, "days", ExtensionApprovalTask.Form::getDays, ExtensionApprovalTask.Form::setDays);
    finish(requested, approved, days);
  }
}
