package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import org.greenwhistle.base.ui.TaskFormPanel;

/** The investigator asks once for more time to handle the case (days up to the province's maximum, a reason). */
public class ExtensionRequestPanel extends TaskFormPanel<ExtensionRequestPanel.Form> {

  /** The request as the investigator fills it in. */
  public static class Form {
    private Integer days;
    private String reason;

    public Integer getDays() {
      return days;
    }

    public void setDays(Integer days) {
      this.days = days;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }

  public ExtensionRequestPanel(int maxDays, SerializableConsumer<Form> submit, Runnable completed) {
    super(new Form(), submit, completed, "case-error");
    IntegerField days = new IntegerField(getTranslation("extension.requestDays"));
    days.setMin(1);
    days.setMax(maxDays);
    days.setStepButtonsVisible(true);
    days.setHelperText(getTranslation("extension.maxDays", maxDays));
    days.setId("extension-days");
    bindRequired(days, "days", Form::getDays, Form::setDays);
    TextArea reason = new TextArea(getTranslation("extension.reason"));
    reason.setWidthFull();
    reason.setMaxLength(1000);
    reason.setId("extension-reason");
    bind(reason, "reason", Form::getReason, Form::setReason);
    Button request = completeButton("extension.request", "extension-request", f -> { });
    request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    finishWith(request, days, reason);
  }
}
