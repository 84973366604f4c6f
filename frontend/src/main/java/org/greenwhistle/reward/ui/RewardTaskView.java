package org.greenwhistle.reward.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.reward.domain.BasisLine;
import org.greenwhistle.reward.domain.CaseFacts;
import org.greenwhistle.reward.domain.RewardQuote;
import org.greenwhistle.reward.service.RewardReviewTask;
import org.greenwhistle.reward.service.RewardSecondApprovalTask;
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
    RewardReviewTask.Form form = new RewardReviewTask.Form();
    form.setExcludedPerson(!c.declaredNotExcluded());
    return new RewardReviewPanel(form, this::quote, f -> rewards.review(taskId, f), this::done);
  }

  /** The amount as entered so far, with its range and rule lines. */
  private Component quote(RewardReviewTask.Form form) {
    RewardService.Preview p = rewards.preview(taskId, form.toReviewForm());
    if (!p.eligible()) {
      return new Span(getTranslation("reward.notEligible"));
    }
    if (p.quote() == null) {
      return new Span(getTranslation("reward.chooseGrade"));
    }
    return new VerticalLayout(quoteSummary(p.quote()), basis(p.quote().basis()));
  }

  private Component secondApprovalForm(RewardService.ReviewContext c) {
    var r = c.reward();
    Paragraph amount = new Paragraph(getTranslation("reward.amountRange", r.amount().toPlainString(),
        r.minAmount().toPlainString(), r.maxAmount().toPlainString(), r.ruleSet(), r.reviewedBy()));
    amount.setId("reward-amount-summary");
    return new RewardSecondApprovalPanel(new RewardSecondApprovalTask.Form(), amount,
        f -> rewards.secondApproval(taskId, f), this::done);
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

  private void done() {
    getUI().ifPresent(ui -> ui.navigate("staff"));
  }
}
