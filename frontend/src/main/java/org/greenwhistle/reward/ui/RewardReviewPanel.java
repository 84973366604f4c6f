package org.greenwhistle.reward.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import org.greenwhistle.base.ui.TaskFormPanel;
import org.greenwhistle.reward.service.RewardReviewTask;

/**
 * rewardReview: the eligibility checks, contribution grade and insider status, with the amount, range and rule
 * lines recalculated as they change, and an optional amount inside the range with its reason.
 */
public class RewardReviewPanel extends TaskFormPanel<RewardReviewTask.Form> {

  /**
   * @param quote the quote for the form as filled so far (recalculated on every change of a check or the grade)
   */
  public RewardReviewPanel(RewardReviewTask.Form form, SerializableFunction<RewardReviewTask.Form, Component> quote,
                           SerializableConsumer<RewardReviewTask.Form> submit, Runnable completed) {
    super(form, submit, completed, "reward-error");
    Checkbox excluded = checkbox("reward.check.excludedPerson", "reward-excluded");
    bind(excluded, "excludedPerson", RewardReviewTask.Form::getExcludedPerson, RewardReviewTask.Form::setExcludedPerson);
    Checkbox falseIdentity = checkbox("reward.check.falseIdentity", "reward-false-identity");
    bind(falseIdentity, "falseIdentity", RewardReviewTask.Form::getFalseIdentity, RewardReviewTask.Form::setFalseIdentity);
    Checkbox known = checkbox("reward.check.alreadyKnown", "reward-already-known");
    bind(known, "alreadyKnown", RewardReviewTask.Form::getAlreadyKnown, RewardReviewTask.Form::setAlreadyKnown);
    RadioButtonGroup<Integer> grade = new RadioButtonGroup<>();
    grade.setLabel(getTranslation("reward.grade"));
    grade.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    grade.setItems(1, 2, 3);
    grade.setItemLabelGenerator(g -> getTranslation("reward.grade." + g));
    grade.setId("reward-grade");
    bind(grade, "contributionGrade", RewardReviewTask.Form::getContributionGrade,
        RewardReviewTask.Form::setContributionGrade);
    Checkbox insider = checkbox("reward.insider", "reward-insider");
    bind(insider, "insider", RewardReviewTask.Form::getInsider, RewardReviewTask.Form::setInsider);
    BigDecimalField amount = new BigDecimalField(getTranslation("reward.proposedAmount"));
    amount.setHelperText(getTranslation("reward.proposedAmountHelp"));
    amount.setId("reward-amount");
    bind(amount, "proposedAmount", RewardReviewTask.Form::getProposedAmount, RewardReviewTask.Form::setProposedAmount);
    TextArea reason = new TextArea(getTranslation("reward.amountReason"));
    reason.setId("reward-reason");
    reason.setWidthFull();
    reason.setMaxLength(500);
    bind(reason, "amountReason", RewardReviewTask.Form::getAmountReason, RewardReviewTask.Form::setAmountReason);
    VerticalLayout quoteBox = new VerticalLayout();
    quoteBox.setId("reward-quote");
    quoteBox.setPadding(false);
    finish(new H3(getTranslation("reward.checks")), excluded, falseIdentity, known, grade, insider,
        new H3(getTranslation("reward.amount")), quoteBox, amount, reason);
    // added after the binder's own listeners, so the form already holds the new value
    Runnable recalculate = () -> {
      quoteBox.removeAll();
      quoteBox.add(quote.apply(form()));
    };
    List.of(excluded, falseIdentity, known, insider).forEach(b -> b.addValueChangeListener(e -> recalculate.run()));
    grade.addValueChangeListener(e -> recalculate.run());
    recalculate.run();
  }

  private Checkbox checkbox(String labelKey, String id) {
    Checkbox box = new Checkbox(getTranslation(labelKey));
    box.setId(id);
    return box;
  }
}
