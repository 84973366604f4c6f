package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import org.greenwhistle.base.ui.TaskFormPanel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import org.greenwhistle.casework.domain.CaseEnums.EnforcementOutcome;
import org.greenwhistle.casework.domain.CaseEnums.IncidentGrade;
import org.greenwhistle.casework.domain.CaseEnums.ViolationType;
import org.greenwhistle.casework.service.EnforcementDecisionTask;
import org.greenwhistle.casework.service.EnforcementDecisionTask.Item;

/**
 * enforcementDecision: the penalty decision's number and date, one or more violation items (each with type,
 * outcomes, fine and statutory maximum; rewards are priced by the highest item) and the incident grade.
 */
public class EnforcementDecisionPanel extends TaskFormPanel<EnforcementDecisionTask.Form> {
  private final VerticalLayout items = new VerticalLayout();

  public EnforcementDecisionPanel(EnforcementDecisionTask.Form form,
                                  SerializableConsumer<EnforcementDecisionTask.Form> submit, Runnable completed) {
    super(form, submit, completed, "case-error");
    TextField number = new TextField(getTranslation("enforcement.number"));
    number.setId("form-decision-number");
    bind(number, EnforcementDecisionTask.field("penaltyDecisionNumber"), EnforcementDecisionTask.Form::getPenaltyDecisionNumber,
        EnforcementDecisionTask.Form::setPenaltyDecisionNumber);
    DatePicker date = new DatePicker(getTranslation("enforcement.date"));
    date.setId("form-decision-date");
    bind(date, EnforcementDecisionTask.field("decisionDate"), EnforcementDecisionTask.Form::getDecisionDate,
        EnforcementDecisionTask.Form::setDecisionDate);
    items.setPadding(false);
    items.setId("form-items");
    if (form.getItems().isEmpty()) {
      form.getItems().add(new Item());
    }
    Button add = new Button(getTranslation("enforcement.addItem"), e -> {
      Item item = new Item();
      form().getItems().add(item);
      addItem(item, form().getItems().size() - 1);
    });
    add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    add.setId("form-add-item");
    Select<IncidentGrade> grade = new Select<>();
    grade.setLabel(getTranslation(EnforcementDecisionTask.field("incidentGrade")));
    grade.setItems(IncidentGrade.values());
    grade.setItemLabelGenerator(g -> getTranslation("grade." + g.name()));
    grade.setId("form-incident-grade");
    bind(grade, EnforcementDecisionTask.field("incidentGrade"), EnforcementDecisionTask.Form::getIncidentGrade,
        EnforcementDecisionTask.Form::setIncidentGrade);
    finish(number, date, items, add, grade);
    for (int n = 0; n < form.getItems().size(); n++) {
      addItem(form.getItems().get(n), n);
    }
  }

  /** The item's fields, bound to it; the first item's ids have no suffix. */
  private void addItem(Item item, int index) {
    String suffix = index == 0 ? "" : "-" + (index + 1);
    ComboBox<ViolationType> type = new ComboBox<>(getTranslation("enforcement.violationType"));
    type.setItems(ViolationType.values());
    type.setItemLabelGenerator(v -> getTranslation("violation." + v.name()));
    type.setId("form-violation-type" + suffix);
    bind(type, EnforcementDecisionTask.itemField(index, "violationType"), f -> item.getViolationType(), (f, v) -> item.setViolationType(v));
    CheckboxGroup<EnforcementOutcome> outcomes = new CheckboxGroup<>(getTranslation("enforcement.outcomes"));
    outcomes.setItems(EnforcementOutcome.values());
    outcomes.setItemLabelGenerator(o -> getTranslation("outcome." + o.name()));
    outcomes.setId("form-outcomes" + suffix);
    bind(outcomes, EnforcementDecisionTask.itemField(index, "outcomes"), f -> new LinkedHashSet<>(item.getOutcomes()),
        (f, v) -> item.setOutcomes(new ArrayList<>(v)));
    BigDecimalField fine = new BigDecimalField(getTranslation("enforcement.fine"));
    fine.setId("form-fine" + suffix);
    bind(fine, EnforcementDecisionTask.itemField(index, "fineAmount"), f -> item.getFineAmount(), (f, v) -> item.setFineAmount(v));
    BigDecimalField maxFine = new BigDecimalField(getTranslation("enforcement.maxFine"));
    maxFine.setId("form-max-fine" + suffix);
    bind(maxFine, EnforcementDecisionTask.itemField(index, "statutoryMaxFine"), f -> item.getStatutoryMaxFine(), (f, v) -> item.setStatutoryMaxFine(v));
    VerticalLayout box = new VerticalLayout(new H4(getTranslation("enforcement.item", index + 1)), type, outcomes, fine,
        maxFine);
    box.setPadding(false);
    box.setId("form-item" + suffix);
    items.add(box);
  }
}
