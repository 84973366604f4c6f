package org.greenwhistle.reward.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.engine.RuntimeService;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.common.problem.TooManyRequestsException;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.domain.TimelineEvent;
import org.greenwhistle.report.service.FollowUpService;
import org.greenwhistle.report.service.ReceiptCodes;
import org.greenwhistle.reward.domain.Reward;
import org.greenwhistle.reward.domain.RewardStatus;
import org.greenwhistle.reward.persistence.RewardMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporter's side of a reward, authorised by the receipt (tracking code + access key). A real-name reporter
 * proves the identity given in the report (name + ID number); an anonymous one names the account holder.
 * The bank account is asked only now, and stored encrypted.
 */
@Service
@Transactional
public class RewardClaimService {
  private static final int CLAIM_ATTEMPTS = 5;
  private static final java.time.Duration CLAIM_WINDOW = java.time.Duration.ofHours(24);

  /** What the reporter sees of a reward. */
  public record RewardView(long id, RewardStatus status, BigDecimal amount, boolean supplementary,
                           Instant claimDeadline, Instant claimedAt, LocalDate paymentDate, boolean anonymous) {
  }

  /** name + idNumber for a real-name report; payeeName for an anonymous one; bank data for both. */
  public record ClaimForm(String name, String idNumber, String payeeName, String bankName, String bankAccount) {
    @Override
    public String toString() {
      return "ClaimForm[…]";
    }
  }

  private final FollowUpService followUps;
  private final RewardMapper rewards;
  private final FieldCipher cipher;
  private final RuntimeService runtime;
  private final AuditTrail audit;
  private final org.greenwhistle.report.persistence.ReportMapper reports;
  private final org.greenwhistle.common.ratelimit.RateLimiter rateLimiter;
  private final Clock clock;

  RewardClaimService(FollowUpService followUps, RewardMapper rewards, FieldCipher cipher, RuntimeService runtime,
                     AuditTrail audit, org.greenwhistle.report.persistence.ReportMapper reports,
                     org.greenwhistle.common.ratelimit.RateLimiter rateLimiter, Clock clock) {
    this.rateLimiter = rateLimiter;
    this.followUps = followUps;
    this.rewards = rewards;
    this.cipher = cipher;
    this.runtime = runtime;
    this.audit = audit;
    this.reports = reports;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<RewardView> rewards(String trackingCode, String accessKey) {
    ReportRecord report = authorise(trackingCode, accessKey);
    return rewards.findByReport(report.getId()).stream()
        .filter(r -> r.status().isGranted() || r.status() == RewardStatus.FORFEITED)
        .map(r -> new RewardView(r.id(), r.status(), r.amount(), r.supplementary(), r.claimDeadline(), r.claimedAt(),
            r.paymentDate(), report.isAnonymous()))
        .toList();
  }

  public void claim(String trackingCode, String accessKey, long rewardId, ClaimForm form) {
    ReportRecord report = authorise(trackingCode, accessKey);
    Reward reward = rewards.findById(rewardId);
    if (reward == null || reward.reportId() != report.getId()) {
      throw new NotFoundException("reward.error.notFound");
    }
    Instant now = clock.instant();
    if (reward.status() != RewardStatus.GRANTED || !reward.claimDeadline().isAfter(now)) {
      throw new InvalidInputException(new FieldProblem("reward", "reward.error.notClaimable"));
    }
    // identity guesses are limited per report, counted in the database (its own transaction, so it survives
    // the refusal's rollback)
    String attempts = "claim-identity:" + report.getId();
    if (rateLimiter.hits(attempts, CLAIM_WINDOW) >= CLAIM_ATTEMPTS) {
      throw new TooManyRequestsException("reward.error.tooManyClaims");
    }
    ClaimForm f = form == null ? new ClaimForm(null, null, null, null, null) : form;
    List<FieldProblem> problems = new ArrayList<>();
    String payee;
    if (report.isAnonymous()) {
      payee = strip(f.payeeName());
      if (payee.length() < 2 || payee.length() > 50) {
        problems.add(new FieldProblem("payeeName", "reward.error.payeeName"));
      }
    } else {
      payee = cipher.decrypt(report.getReporterNameEnc());
      boolean nameMatches = payee != null && payee.equals(strip(f.name()));
      String id = report.getReporterIdNumberEnc() == null ? null : cipher.decrypt(report.getReporterIdNumberEnc());
      boolean idMatches = id != null && id.equalsIgnoreCase(strip(f.idNumber()));
      if (!nameMatches || !idMatches) {
        rateLimiter.count(attempts, CLAIM_WINDOW);
        problems.add(new FieldProblem("idNumber", "reward.error.identityMismatch"));
      }
    }
    String bankName = strip(f.bankName());
    if (bankName.length() < 2 || bankName.length() > 100) {
      problems.add(new FieldProblem("bankName", "reward.error.bankName"));
    }
    String account = strip(f.bankAccount()).replace(" ", "");
    if (!account.matches("[0-9]{8,30}")) {
      problems.add(new FieldProblem("bankAccount", "reward.error.bankAccount"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, false);
    }
    if (rewards.claimed(reward.id(), cipher.encrypt(payee), cipher.encrypt(bankName), cipher.encrypt(account), now) != 1) {
      throw new InvalidInputException(new FieldProblem("reward", "reward.error.notClaimable"));
    }
    runtime.createMessageCorrelation("RewardClaimed").processInstanceId(reward.processInstanceId()).correlate();
    reports.insertEvent(new TimelineEvent(null, report.getId(), now, "REWARD_CLAIMED", null));
    audit.record(report.getTrackingCode(), "reporter", "REWARD_CLAIMED", "reward", "reward=" + reward.id());
  }

  private ReportRecord authorise(String trackingCode, String accessKey) {
    return followUps.reportFor(trackingCode, accessKey)
        .orElseThrow(() -> new NotFoundException("followUp.error.notFound"));
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
