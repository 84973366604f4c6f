package org.greenwhistle.reward.service;

import java.math.BigDecimal;
import java.util.List;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.service.CaseworkService;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.processes.RewardModel;
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
    CaseTask task = rewardTask(taskId, RewardModel.Task.REWARD_REVIEW, RewardModel.Task.REWARD_SECOND_APPROVAL);
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

  /** The review as the REST API sends it (see {@link RewardReviewTask} for the form and its checks). */
  @PreAuthorize("hasRole('LEADER')")
  public void review(String taskId, ReviewForm form) {
    review(taskId, RewardReviewTask.Form.of(form));
  }

  @PreAuthorize("hasRole('LEADER')")
  public void review(String taskId, RewardReviewTask.Form form) {
    rewardTask(taskId, RewardModel.Task.REWARD_REVIEW);
    casework.submit(taskId, form);
  }

  @PreAuthorize("hasRole('LEADER')")
  public void secondApproval(String taskId, boolean approve, String comment) {
    secondApproval(taskId, new RewardSecondApprovalTask.Form(approve, comment));
  }

  @PreAuthorize("hasRole('LEADER')")
  public void secondApproval(String taskId, RewardSecondApprovalTask.Form form) {
    rewardTask(taskId, RewardModel.Task.REWARD_SECOND_APPROVAL);
    casework.submit(taskId, form);
  }

  private CaseTask rewardTask(String taskId, String... keys) {
    CaseTask task = casework.task(taskId);
    if (!List.of(keys).contains(task.taskKey())) {
      throw new NotFoundException("case.error.notFound");
    }
    return task;
  }
}
