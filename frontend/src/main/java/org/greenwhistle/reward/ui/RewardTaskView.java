package org.greenwhistle.reward.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.base.ui.ProblemNotification;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.reward.domain.BasisLine;
import org.greenwhistle.reward.domain.CaseFacts;
import org.greenwhistle.reward.domain.RewardQuote;
import org.greenwhistle.reward.service.RewardService;

/**
 * LEADER's reward steps: the review (eligibility checks, contribution grade, insider) with the amount, range and
 * explanation recalculated as the fields change; and the second approval of an amount above the threshold.
 */
@Route(value = "staff/reward", layout = MainLayout.class)
@RolesAllowed("LEADER")
public class RewardTaskView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
  private final transient RewardService rewards;
  private String taskId;

  public RewardTaskView(RewardService rewards) {
    this.rewards = rewards;
  }

  @Override
  public void setParameter(BeforeEvent event, String parameter) {
    taskId = parameter;
    removeAll();
    RewardService.ReviewContext context;
    try {
      context = rewards.reviewContext(taskId);
    } catch (NotFoundException e) {
      add(new H2(getTranslation("reward.taskGone")));
      return;
    }
    H2 heading = new H2(getTranslation("task." + context.task().taskKey()) + " · " + org.greenwhistle.report.service.ReceiptCodes.display(context.task().trackingCode()));
    heading.setId("reward-heading");
    add(heading, facts(context));
    add("rewardReview".equals(context.task().taskKey()) ? reviewForm(context) : secondApprovalForm(context));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("task.rewardReview");
  }

  private Component facts(RewardService.ReviewContext c) {
    UnorderedList list = new UnorderedList();
    CaseFacts f = c.facts();
    list.add(new ListItem(getTranslation("reward.decision", f.penaltyDecisionNumber() == null ? "—"
        : f.penaltyDecisionNumber(), f.decisionDate() == null ? "—" : f.decisionDate().toString())));
    for (CaseFacts.Item item : f.items()) {
      list.add(new ListItem(getTranslation("violation." + item.violationType()) + "：" + item.outcomes().stream()
          .map(o -> getTranslation("outcome." + o)).collect(Collectors.joining("、")) + "；"
          + getTranslation("reward.fine", item.fineAmount().toPlainString(), item.statutoryMaxFine().toPlainString())));
    }
    if (!f.laterOutcomes().isEmpty()) {
      list.add(new ListItem(getTranslation("reward.laterOutcomes", f.laterOutcomes().stream()
          .map(o -> getTranslation("timeline." + o)).collect(Collectors.joining("、")))));
    }
    list.add(new ListItem(getTranslation(c.anonymous() ? "reward.anonymous" : "reward.realName")));
    if (c.reward().supplementary()) {
      list.add(new ListItem(getTranslation("reward.supplementary", c.earlierGranted().toPlainString())));
    }
    if (c.reward().returnReason() != null) {
      list.add(new ListItem(getTranslation("reward.returned", c.reward().returnReason())));
    }
    list.setId("reward-facts");
    return list;
  }

  private Component reviewForm(RewardService.ReviewContext c) {
    Checkbox excluded = new Checkbox(getTranslation("reward.check.excludedPerson"), !c.declaredNotExcluded());
    excluded.setId("reward-excluded");
    Checkbox falseIdentity = new Checkbox(getTranslation("reward.check.falseIdentity"));
    falseIdentity.setId("reward-false-identity");
    Checkbox known = new Checkbox(getTranslation("reward.check.alreadyKnown"));
    known.setId("reward-already-known");
    RadioButtonGroup<Integer> grade = new RadioButtonGroup<>();
    grade.setLabel(getTranslation("reward.grade"));
    grade.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
    grade.setItems(1, 2, 3);
    grade.setItemLabelGenerator(g -> getTranslation("reward.grade." + g));
    grade.setId("reward-grade");
    Checkbox insider = new Checkbox(getTranslation("reward.insider"));
    insider.setId("reward-insider");
    BigDecimalField amount = new BigDecimalField(getTranslation("reward.proposedAmount"));
    amount.setHelperText(getTranslation("reward.proposedAmountHelp"));
    amount.setId("reward-amount");
    TextArea reason = new TextArea(getTranslation("reward.amountReason"));
    reason.setId("reward-reason");
    reason.setWidthFull();
    VerticalLayout quote = new VerticalLayout();
    quote.setId("reward-quote");
    quote.setPadding(false);
    Runnable recalculate = () -> {
      quote.removeAll();
      RewardService.Preview p = rewards.preview(taskId, form(excluded, falseIdentity, known, grade, insider, amount, reason));
      if (!p.eligible()) {
        quote.add(new Span(getTranslation("reward.notEligible")));
      } else if (p.quote() == null) {
        quote.add(new Span(getTranslation("reward.chooseGrade")));
      } else {
        quote.add(quoteSummary(p.quote()), basis(p.quote().basis()));
      }
    };
    List.of(excluded, falseIdentity, known, insider).forEach(b -> b.addValueChangeListener(e -> recalculate.run()));
    grade.addValueChangeListener(e -> recalculate.run());
    recalculate.run();
    Button done = new Button(getTranslation("case.complete"), e -> act(() -> rewards.review(taskId,
        form(excluded, falseIdentity, known, grade, insider, amount, reason))));
    done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    done.setId("complete-task");
    return new VerticalLayout(new H3(getTranslation("reward.checks")), excluded, falseIdentity, known, grade, insider,
        new H3(getTranslation("reward.amount")), quote, amount, reason, done);
  }

  private Component secondApprovalForm(RewardService.ReviewContext c) {
    var r = c.reward();
    Paragraph amount = new Paragraph(getTranslation("reward.amountRange", r.amount().toPlainString(),
        r.minAmount().toPlainString(), r.maxAmount().toPlainString(), r.ruleSet(), r.reviewedBy()));
    amount.setId("reward-amount-summary");
    RadioButtonGroup<Boolean> approve = new RadioButtonGroup<>();
    approve.setItems(Boolean.TRUE, Boolean.FALSE);
    approve.setItemLabelGenerator(b -> getTranslation(b ? "reward.approve" : "reward.return"));
    approve.setId("form-outcome");
    TextArea comment = new TextArea(getTranslation("case.comment"));
    comment.setWidthFull();
    Button done = new Button(getTranslation("case.complete"), e -> act(() -> rewards.secondApproval(taskId,
        Boolean.TRUE.equals(approve.getValue()), comment.getValue())));
    done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    done.setId("complete-task");
    return new VerticalLayout(amount, approve, comment, done);
  }

  private Component quoteSummary(RewardQuote q) {
    Paragraph p = new Paragraph(getTranslation("reward.quote", q.amount().toPlainString(), q.min().toPlainString(),
        q.max().toPlainString(), q.ruleSet()));
    p.setId("reward-quote-amount");
    return p;
  }

  private Component basis(List<BasisLine> lines) {
    UnorderedList list = new UnorderedList();
    boolean english = "en".equals(getLocale().getLanguage());
    lines.forEach(l -> list.add(new ListItem(english ? l.en() : l.zh())));
    list.setId("reward-basis");
    return list;
  }

  private static RewardService.ReviewForm form(Checkbox excluded, Checkbox falseIdentity, Checkbox known,
                                               RadioButtonGroup<Integer> grade, Checkbox insider, BigDecimalField amount,
                                               TextArea reason) {
    return new RewardService.ReviewForm(excluded.getValue(), falseIdentity.getValue(), known.getValue(),
        grade.getValue(), insider.getValue(), amount.getValue(), reason.getValue());
  }

  private void act(Runnable action) {
    try {
      action.run();
      Notification.show(getTranslation("case.completed"), 3000, Notification.Position.BOTTOM_START);
      getUI().ifPresent(ui -> ui.navigate("staff"));
    } catch (InvalidInputException e) {
      error(e.problems());
    } catch (NotFoundException e) {
      getUI().ifPresent(ui -> ui.navigate("staff"));
    }
  }

  private void error(List<FieldProblem> problems) {
    ProblemNotification.open("reward-error", problems);
  }

}
