package org.greenwhistle.reward.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.service.ReportProgress;
import org.greenwhistle.reward.domain.BasisLine;
import org.greenwhistle.reward.domain.CaseFacts;
import org.greenwhistle.reward.domain.Reward;
import org.greenwhistle.reward.domain.RewardQuote;
import org.greenwhistle.reward.domain.RewardStatus;
import org.greenwhistle.reward.persistence.RewardMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reward process does to a reward, step by step; called by its delegates inside the engine's
 * transaction, so a refused step rolls back the task completion that led to it. Every step is safe to repeat.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class RewardWorkflow {
  /** The LEADER's findings at rewardReview, as process variables carry them. */
  public record Review(boolean eligible, boolean excludedPerson, boolean falseIdentity, boolean alreadyKnown,
                       Integer contributionGrade, Boolean insider, BigDecimal proposedAmount, String amountReason) {
  }

  /** When the reporter must claim by, and when to remind them. */
  public record ClaimWindow(Instant deadline, Instant warningAt) {
  }

  private final RewardMapper rewards;
  private final ReportProgress progress;
  private final CaseFactsReader facts;
  private final RewardPricing pricing;
  private final RewardProperties properties;
  private final AuditTrail audit;
  private final ObjectMapper json;
  private final Clock clock;

  RewardWorkflow(RewardMapper rewards, ReportProgress progress, CaseFactsReader facts, RewardPricing pricing,
                 RewardProperties properties, AuditTrail audit, ObjectMapper json, Clock clock) {
    this.rewards = rewards;
    this.progress = progress;
    this.facts = facts;
    this.pricing = pricing;
    this.properties = properties;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  public long open(long reportId, String processInstanceId, boolean supplementary) {
    Reward existing = rewards.findByProcessInstance(processInstanceId);
    if (existing != null) {
      return existing.id();
    }
    ReportRecord report = progress.require(reportId);
    rewards.insert(reportId, processInstanceId, supplementary, RewardPricing.provinceOf(report.getRegionPath()),
        report.getRegionPath(), clock.instant());
    progress.record(reportId, "system", null, supplementary ? "REWARD_SUPPLEMENT_REVIEW" : "REWARD_IN_REVIEW", null);
    return rewards.findByProcessInstance(processInstanceId).id();
  }

  public void decline(String processInstanceId, String actor, Review review) {
    Reward reward = require(processInstanceId);
    if (reward.status() == RewardStatus.DECLINED) {
      return;
    }
    expect(reward, RewardStatus.IN_REVIEW);
    rewards.reviewed(reward.id(), RewardStatus.DECLINED, checks(review), review.contributionGrade(), review.insider(),
        review.amountReason(), actor, clock.instant());
    audit.record(reward.trackingCode(), actor, "REWARD_DECLINED", "reward", "checks=" + checks(review));
    progress.record(reward.reportId(), actor, null, "REWARD_DECLINED", null);
  }

  /** Prices the case with the rules in force; returns whether a second LEADER must approve the amount. */
  public boolean calculate(String processInstanceId, String actor, Review review) {
    Reward reward = require(processInstanceId);
    expect(reward, RewardStatus.IN_REVIEW);
    // one pricing at a time per report (across nodes), so that two rewards of a case never count the same money
    rewards.lockReport(reward.reportId());
    ReportRecord report = progress.require(reward.reportId());
    CaseFacts caseFacts = facts.read(reward.reportId());
    List<FieldProblem> problems = new ArrayList<>();
    if (!caseFacts.hasHandlingOutcome()) {
      throw new InvalidInputException(new FieldProblem("rewardEligible", "reward.error.noHandlingOutcome"));
    }
    if (review.contributionGrade() == null || review.contributionGrade() < 1 || review.contributionGrade() > 3) {
      problems.add(new FieldProblem("contributionGrade", "reward.error.grade"));
    }
    if (review.insider() == null) {
      problems.add(new FieldProblem("insider", "reward.error.insider"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, false);
    }
    RewardQuote quote = pricing.price(caseFacts, reward.regionPath(), report.isAnonymous(), review.contributionGrade(),
        review.insider());
    BigDecimal total = quote.amount();
    List<BasisLine> basis = new ArrayList<>(quote.basis());
    if (review.proposedAmount() != null && !org.greenwhistle.common.money.Money.plausible(review.proposedAmount())) {
      throw new InvalidInputException(new FieldProblem("proposedAmount", "case.error.amountInvalid"));
    }
    if (review.proposedAmount() != null) {
      BigDecimal proposed = review.proposedAmount().setScale(2, RoundingMode.HALF_UP);
      if (proposed.compareTo(quote.min()) < 0 || proposed.compareTo(quote.max()) > 0) {
        problems.add(new FieldProblem("proposedAmount", "reward.error.outsideRange", quote.min().toPlainString(),
            quote.max().toPlainString()));
      }
      if (review.amountReason() == null || review.amountReason().strip().length() < 4) {
        problems.add(new FieldProblem("amountReason", "reward.error.amountReason"));
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems, false);
      }
      if (proposed.compareTo(total) != 0) {
        basis.add(new BasisLine("审核人在规则范围内确定金额：" + proposed.toPlainString() + " 元（理由：" + review.amountReason().strip() + "）",
            "Set by the reviewer within the rule's range: " + proposed.toPlainString() + " yuan (reason: "
                + review.amountReason().strip() + ")"));
      }
      total = proposed;
    }
    // the case's total under the rules, less what its other rewards already carry (a supplementary reward pays
    // the difference; a reward reviewed again after a supplementary one does not count it twice)
    BigDecimal earlier = rewards.pricedOthers(reward.reportId(), reward.id());
    BigDecimal amount = total.subtract(earlier);
    if (earlier.signum() > 0) {
      String zh = reward.supplementary() ? "追加奖励" : "本次奖励";
      String en = reward.supplementary() ? "Supplementary reward" : "This reward";
      basis.add(new BasisLine(zh + "：" + total.toPlainString() + " − 本案已核定的其他奖励 " + earlier.toPlainString()
          + " = " + amount.toPlainString() + " 元", en + ": " + total.toPlainString()
          + " − the case's other rewards already priced " + earlier.toPlainString() + " = " + amount.toPlainString()
          + " yuan"));
    }
    if (amount.signum() <= 0) {
      throw new InvalidInputException(new FieldProblem("rewardEligible", "reward.error.nothingToGrant"));
    }
    boolean secondApproval = amount.compareTo(properties.secondApprovalAbove()) > 0;
    Instant now = clock.instant();
    rewards.reviewed(reward.id(), RewardStatus.IN_REVIEW, checks(review), review.contributionGrade(), review.insider(),
        review.amountReason() == null ? null : review.amountReason().strip(), actor, now);
    rewards.calculated(reward.id(), secondApproval ? RewardStatus.SECOND_APPROVAL : RewardStatus.FINANCE_APPROVAL,
        quote.ruleSet(), amount, quote.min(), quote.max(), quote.amount(), earlier, write(basis), now);
    audit.record(reward.trackingCode(), actor, "REWARD_CALCULATED", "reward",
        "ruleSet=" + quote.ruleSet() + " amount=" + amount.toPlainString() + " secondApproval=" + secondApproval);
    return secondApproval;
  }

  public void recordSecondApproval(String processInstanceId, String actor) {
    Reward reward = require(processInstanceId);
    if (actor.equals(reward.reviewedBy())) {
      throw new org.greenwhistle.casework.service.FourEyesViolation("the reviewer may not approve the same reward");
    }
    if (rewards.secondApproved(reward.id(), actor, clock.instant()) != 1) {
      throw new IllegalStateException("reward " + reward.id() + " is not awaiting a second approval");
    }
    audit.record(reward.trackingCode(), actor, "REWARD_SECOND_APPROVED", "reward", null);
  }

  public void reopen(String processInstanceId, String actor, String reason) {
    Reward reward = require(processInstanceId);
    if (rewards.returned(reward.id(), reason, clock.instant()) != 1) {
      throw new IllegalStateException("reward " + reward.id() + " is not awaiting approval");
    }
    audit.record(reward.trackingCode(), actor, "REWARD_RETURNED", "reward", reason == null ? null : "reason=" + reason);
  }

  public ClaimWindow grant(String processInstanceId, String actor) {
    Reward reward = require(processInstanceId);
    Instant now = clock.instant();
    Instant deadline = reward.status() == RewardStatus.GRANTED ? reward.claimDeadline()
        : now.plus(properties.claimWindow());
    if (reward.status() != RewardStatus.GRANTED) {
      if (actor.equals(reward.reviewedBy()) || actor.equals(reward.secondApprovedBy())) {
        throw new org.greenwhistle.casework.service.FourEyesViolation("a reviewer may not approve the payout");
      }
      if (rewards.financeApproved(reward.id(), actor, now) != 1 || rewards.granted(reward.id(), deadline, now) != 1) {
        throw new IllegalStateException("reward " + reward.id() + " is not awaiting finance approval");
      }
      audit.record(reward.trackingCode(), actor, "REWARD_GRANTED", "reward", "amount=" + reward.amount().toPlainString());
      progress.record(reward.reportId(), actor, null, "REWARD_GRANTED", reward.amount().toPlainString());
    }
    return new ClaimWindow(deadline, deadline.minus(properties.claimWarningBefore()));
  }

  public void remind(String processInstanceId) {
    Reward reward = require(processInstanceId);
    if (reward.status() == RewardStatus.GRANTED) {
      progress.record(reward.reportId(), "system", null, "REWARD_CLAIM_REMINDER", null);
    }
  }

  public void forfeit(String processInstanceId) {
    Reward reward = require(processInstanceId);
    if (reward.status() == RewardStatus.GRANTED) {
      rewards.updateStatus(reward.id(), RewardStatus.FORFEITED, clock.instant());
      progress.record(reward.reportId(), "system", null, "REWARD_FORFEITED", null);
    }
  }

  public void close(String processInstanceId, String actor, String reference, java.time.LocalDate paymentDate) {
    Reward reward = require(processInstanceId);
    if (reward.status() == RewardStatus.PAID) {
      return;
    }
    if (actor.equals(reward.financeApprovedBy())) {
      throw new org.greenwhistle.casework.service.FourEyesViolation("the approver may not record the payment");
    }
    if (rewards.paid(reward.id(), reference, paymentDate, actor, clock.instant()) != 1) {
      throw new org.operaton.bpm.engine.BadUserRequestException("reward " + reward.id()
          + " is not claimed and exported in a bank batch");
    }
    audit.record(reward.trackingCode(), actor, "REWARD_PAID", "reward", "reference=" + reference);
    progress.record(reward.reportId(), actor, null, "REWARD_PAID", null);
  }

  private static void expect(Reward reward, RewardStatus status) {
    if (reward.status() != status) {
      throw new IllegalStateException("reward " + reward.id() + " is " + reward.status() + ", not " + status);
    }
  }

  private Reward require(String processInstanceId) {
    Reward reward = rewards.findByProcessInstance(processInstanceId);
    if (reward == null) {
      throw new IllegalStateException("no reward for process instance " + processInstanceId);
    }
    return reward;
  }

  private String checks(Review r) {
    Map<String, Object> checks = new LinkedHashMap<>();
    checks.put("excludedPerson", r.excludedPerson());
    checks.put("falseIdentity", r.falseIdentity());
    checks.put("alreadyKnown", r.alreadyKnown());
    return write(checks);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
