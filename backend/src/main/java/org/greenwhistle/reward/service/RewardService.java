package org.greenwhistle.reward.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.service.CaseworkService;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.service.ReportLookup;
import org.greenwhistle.reward.domain.BasisLine;
import org.greenwhistle.reward.domain.CaseFacts;
import org.greenwhistle.reward.domain.Reward;
import org.greenwhistle.reward.domain.RewardQuery;
import org.greenwhistle.reward.domain.RewardQuote;
import org.greenwhistle.reward.persistence.RewardMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * LEADER's reward steps (review with a live quote, second approval) and the quote for LEADER, FINANCE and ADMIN.
 * Tasks are found through the case workflow's scope rules; the engine-side task rules check once more.
 */
@Service
@Transactional
public class RewardService {
  /** What the reviewing LEADER sees: the case facts behind the amount and the reporter's own declaration. */
  public record ReviewContext(CaseTask task, Reward reward, CaseFacts facts, boolean declaredNotExcluded,
                              boolean anonymous, BigDecimal earlierGranted) {
  }

  /** The LEADER's findings; null amount = take the suggested amount. */
  public record ReviewForm(Boolean excludedPerson, Boolean falseIdentity, Boolean alreadyKnown,
                           Integer contributionGrade, Boolean insider, BigDecimal proposedAmount,
                           String amountReason) {
    public boolean eligible() {
      return !Boolean.TRUE.equals(excludedPerson) && !Boolean.TRUE.equals(falseIdentity)
          && !Boolean.TRUE.equals(alreadyKnown);
    }
  }

  /** The amount as entered so far; {@code quote} is null when not eligible or the grade is missing. */
  public record Preview(boolean eligible, RewardQuote quote, BigDecimal earlierGranted) {
    public List<BasisLine> basis() {
      return quote == null ? List.of() : quote.basis();
    }
  }

  private final CaseworkService casework;
  private final RewardMapper rewards;
  private final ReportLookup reports;
  private final CaseFactsReader facts;
  private final RewardPricing pricing;
  private final RewardCalculator calculator;

  RewardService(CaseworkService casework, RewardMapper rewards, ReportLookup reports, CaseFactsReader facts,
                RewardPricing pricing, RewardCalculator calculator) {
    this.casework = casework;
    this.rewards = rewards;
    this.reports = reports;
    this.facts = facts;
    this.pricing = pricing;
    this.calculator = calculator;
  }

  @PreAuthorize("hasAnyRole('LEADER','FINANCE','ADMIN')")
  @Transactional(readOnly = true)
  public RewardQuote quote(RewardQuery query) {
    return calculator.quote(query);
  }

  @PreAuthorize("hasRole('LEADER')")
  @Transactional(readOnly = true)
  public ReviewContext reviewContext(String taskId) {
    CaseTask task = rewardTask(taskId, "rewardReview", "rewardSecondApproval");
    Reward reward = rewards.findByProcessInstance(task.processInstanceId());
    ReportRecord report = reports.byId(reward.reportId());
    return new ReviewContext(task, reward, facts.read(reward.reportId()), report.isNotExcludedDeclared(),
        report.isAnonymous(), rewards.pricedOthers(reward.reportId(), reward.id()));
  }

  @PreAuthorize("hasRole('LEADER')")
  @Transactional(readOnly = true)
  public Preview preview(String taskId, ReviewForm form) {
    ReviewContext context = reviewContext(taskId);
    if (!form.eligible() || form.contributionGrade() == null || !context.facts().hasHandlingOutcome()) {
      return new Preview(form.eligible(), null, context.earlierGranted());
    }
    return new Preview(true, pricing.price(context.facts(), context.reward().regionPath(), context.anonymous(),
        form.contributionGrade(), Boolean.TRUE.equals(form.insider())), context.earlierGranted());
  }

  @PreAuthorize("hasRole('LEADER')")
  public void review(String taskId, ReviewForm form) {
    rewardTask(taskId, "rewardReview");
    List<FieldProblem> problems = new ArrayList<>();
    if (form.excludedPerson() == null) {
      problems.add(new FieldProblem("excludedPerson", "reward.error.check"));
    }
    if (form.falseIdentity() == null) {
      problems.add(new FieldProblem("falseIdentity", "reward.error.check"));
    }
    if (form.alreadyKnown() == null) {
      problems.add(new FieldProblem("alreadyKnown", "reward.error.check"));
    }
    if (form.eligible()) {
      if (form.contributionGrade() == null || form.contributionGrade() < 1 || form.contributionGrade() > 3) {
        problems.add(new FieldProblem("contributionGrade", "reward.error.grade"));
      }
      if (form.insider() == null) {
        problems.add(new FieldProblem("insider", "reward.error.insider"));
      }
    }
    if (!org.greenwhistle.common.money.Money.plausible(form.proposedAmount())
        || form.proposedAmount() != null && form.proposedAmount().signum() <= 0) {
      problems.add(new FieldProblem("proposedAmount", "case.error.amountInvalid"));
    }
    if (form.amountReason() != null && form.amountReason().length() > 500) {
      problems.add(new FieldProblem("amountReason", "case.error.textLength", 4, 500));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, false);
    }
    Map<String, Object> v = new HashMap<>();
    v.put("rewardEligible", form.eligible());
    v.put("excludedPerson", form.excludedPerson());
    v.put("falseIdentity", form.falseIdentity());
    v.put("alreadyKnown", form.alreadyKnown());
    if (form.eligible()) {
      v.put("contributionGrade", form.contributionGrade());
      v.put("insider", form.insider());
    }
    v.put("proposedAmount", form.proposedAmount() == null ? null : form.proposedAmount().toPlainString());
    v.put("amountReason", form.amountReason() == null || form.amountReason().isBlank() ? null : form.amountReason().strip());
    casework.completeWith(taskId, v);
  }

  @PreAuthorize("hasRole('LEADER')")
  public void secondApproval(String taskId, boolean approve, String comment) {
    rewardTask(taskId, "rewardSecondApproval");
    String text = comment == null ? "" : comment.strip();
    if (!approve && (text.length() < 2 || text.length() > 500)) {
      throw new InvalidInputException(new FieldProblem("comment", "case.error.textLength", 2, 500));
    }
    Map<String, Object> v = new HashMap<>();
    v.put("secondApprovalOutcome", approve ? "APPROVE" : "RETURN");
    v.put("secondApprovalComment", text.isEmpty() ? null : text);
    casework.completeWith(taskId, v);
  }

  private CaseTask rewardTask(String taskId, String... keys) {
    CaseTask task = casework.task(taskId);
    if (!List.of(keys).contains(task.taskKey())) {
      throw new NotFoundException("case.error.notFound");
    }
    return task;
  }
}
