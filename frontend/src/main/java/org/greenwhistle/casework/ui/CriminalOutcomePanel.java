package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.LocalDate;
import org.greenwhistle.base.ui.TaskFormPanel;

/**
 * An arrest or conviction learnt after closure, recorded on the closed case; where it raises the reward under the
 * rules, a supplementary reward review starts.
 */
public class CriminalOutcomePanel extends TaskFormPanel<CriminalOutcomePanel.Form> {
  /** The outcomes the service records (the same words as on the timeline). */
  public static final String ARREST = "ARREST";
  public static final String CONVICTION = "CONVICTION";

  /** What happened and when. */
  public static class Form {
    private String outcome;
    private LocalDate date;

    public String getOutcome() {
      return outcome;
    }

    public void setOutcome(String outcome) {
      this.outcome = outcome;
    }

    public LocalDate getDate() {
      return date;
    }

    public void setDate(LocalDate date) {
      this.date = date;
    }
  }

  private static Form today() {
    Form form = new Form();
    form.setDate(LocalDate.now(InboxView.CHINA));
    return form;
  }

  public CriminalOutcomePanel(SerializableConsumer<Form> submit, Runnable completed) {
    super(today(), submit, completed, "case-error");
    RadioButtonGroup<String> outcome = new RadioButtonGroup<>();
    outcome.setLabel(getTranslation("criminal.outcome"));
    outcome.setItems(ARREST, CONVICTION);
    outcome.setItemLabelGenerator(o -> getTranslation("timeline." + o));
    outcome.setId("criminal-outcome");
    bindRequired(outcome, "outcome", Form::getOutcome, Form::setOutcome);
    DatePicker date = new DatePicker(getTranslation("criminal.date"));
    date.setMax(LocalDate.now(InboxView.CHINA));
    date.setId("criminal-date");
    bindRequired(date, "date", Form::getDate, Form::setDate);
    Button record = completeButton("criminal.record", "criminal-record", f -> { });
    record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    finishWith(record, outcome, date);
  }
}
