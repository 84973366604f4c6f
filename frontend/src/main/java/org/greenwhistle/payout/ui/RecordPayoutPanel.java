package org.greenwhistle.payout.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import org.greenwhistle.base.ui.TaskFormPanel;
import org.greenwhistle.reward.service.RecordPayoutTask;

/** recordPayout: the bank's reference and the payment date of an exported reward. */
public class RecordPayoutPanel extends TaskFormPanel<RecordPayoutTask.Form> {

  public RecordPayoutPanel(RecordPayoutTask.Form form, SerializableConsumer<RecordPayoutTask.Form> submit,
                           Runnable completed) {
    super(form, submit, completed, "payout-error");
    TextField reference = new TextField(getTranslation("finance.reference"));
    reference.setId("payout-reference");
    reference.setMaxLength(64);
    bind(reference, "paymentReference", RecordPayoutTask.Form::getPaymentReference,
        RecordPayoutTask.Form::setPaymentReference);
    DatePicker date = new DatePicker(getTranslation("finance.paymentDate"));
    date.setId("payout-date");
    bind(date, "paymentDate", RecordPayoutTask.Form::getPaymentDate, RecordPayoutTask.Form::setPaymentDate);
    Button record = completeButton("finance.record", "payout-record", f -> { });
    record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    finishWith(record, new Paragraph(getTranslation("finance.recordHelp")), reference, date);
  }
}
