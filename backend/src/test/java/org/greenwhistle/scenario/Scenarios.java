package org.greenwhistle.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.TaskCompletion;
import org.greenwhistle.casework.service.CaseworkService;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.identity.service.AccountUserDetailsService;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.payout.domain.PayoutFilter;
import org.greenwhistle.payout.domain.PayoutRow;
import org.greenwhistle.payout.service.PayoutService;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.report.service.EvidenceUpload;
import org.greenwhistle.report.service.FollowUpService;
import org.greenwhistle.report.service.ReportSubmissionService;
import org.greenwhistle.reward.service.RewardClaimService;
import org.greenwhistle.reward.service.RewardService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Cases in a known state for integration and browser tests, reached through the application's own services as
 * its staff would (nothing inserted behind the services' back): submitted, accepted, rejected and appealed, closed
 * with a confirmed violation, and a reward awaiting FINANCE, granted, claimed or paid. Every step runs as a staff member of
 * {@link Staff} (the tests' accounts by default; {@code with(Staff.DEMO)} for the demo users).
 *
 * <pre>{@code
 * Receipt r = scenarios.closedCase(ReportSpec.anonymous().region("510311"));
 * RewardCase paid = scenarios.paidReward(ReportSpec.realName(), Fine.of(200_000, 1_000_000));
 * String taskId = scenarios.taskId(TestAccounts.LEADER, r.code(), "closureApproval");
 * }</pre>
 */
@Component
public class Scenarios {
  /** The bank account every scenario claim names (also searched for in the test logs). */
  public static final String BANK_ACCOUNT = "6228480402564890018";
  private static final AtomicInteger DECISION_NUMBER = new AtomicInteger(500);

  /** The enforcement decision of a closed case: one violation item (hazardous waste), fined and ordered to correct. */
  public record Fine(String violationType, BigDecimal amount, BigDecimal statutoryMax) {
    public static final Fine DEFAULT = of(60_000, 500_000);

    public static Fine of(long amount, long statutoryMax) {
      return new Fine("HAZARDOUS_WASTE", BigDecimal.valueOf(amount), BigDecimal.valueOf(statutoryMax));
    }

    /** The same fine for another violation type (e.g. {@code HIDDEN_PIPE}). */
    public Fine forViolation(String type) {
      return new Fine(type, amount, statutoryMax);
    }
  }

  private final Services services;
  private final Staff staff;

  /** The application services a scenario drives. */
  record Services(ReportSubmissionService submissions, CaseworkService casework, RewardService rewards,
                  PayoutService payouts, RewardClaimService claims, FollowUpService followUps,
                  AccountUserDetailsService users, TestAccounts accounts, AtomicBoolean accountsReady,
                  SecurityContextHolderStrategy security) {
  }

  @Autowired
  Scenarios(ReportSubmissionService submissions, CaseworkService casework, RewardService rewards,
            PayoutService payouts, RewardClaimService claims, FollowUpService followUps,
            AccountUserDetailsService users, TestAccounts accounts, ObjectProvider<SecurityContextHolderStrategy> security) {
    // this application context's own holder: Vaadin installs one per context and makes the newest the static
    // default, so with several cached test contexts the static SecurityContextHolder may belong to another one
    this(new Services(submissions, casework, rewards, payouts, claims, followUps, users, accounts, new AtomicBoolean(),
        security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)), Staff.IT);
  }

  private Scenarios(Services services, Staff staff) {
    this.services = services;
    this.staff = staff;
  }

  /** The same scenarios, worked by other staff (e.g. {@link Staff#DEMO} in the browser tests). */
  public Scenarios with(Staff other) {
    return new Scenarios(services, other);
  }

  // ------------------------------------------------------------------ scenarios

  /** Submitted; the intake review is open. */
  public Receipt submittedReport(ReportSpec report) {
    ensureAccounts();
    List<Path> files = new ArrayList<>();
    try {
      List<EvidenceUpload> uploads = new ArrayList<>();
      for (ReportSpec.Evidence e : report.evidence()) {
        Path file = Files.createTempFile("gw-scenario-", ".jpg");
        files.add(file);
        Files.write(file, e.content());
        uploads.add(new EvidenceUpload(e.fileName(), file));
      }
      var receipt = services.submissions().submitAsSystem(report.draft(), uploads).receipt();
      SampleReports.rememberSecret(receipt.accessKey());
      return new Receipt(receipt.trackingCode(), receipt.accessKey());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      files.forEach(f -> f.toFile().delete());
    }
  }

  /** Accepted by intake; the investigator's verification is open. */
  public Receipt acceptedCase(ReportSpec report) {
    Receipt receipt = submittedReport(report);
    complete(staff.intake(), receipt.code(), "intakeReview", form("ACCEPT", null, null, null));
    return receipt;
  }

  public Receipt closedCase(ReportSpec report) {
    return closedCase(report, Fine.DEFAULT);
  }

  /**
   * Verified (violation confirmed), decided with the fine, closure approved by the LEADER. When the reporter wants a
   * reward, the LEADER's reward review is open.
   */
  public Receipt closedCase(ReportSpec report, Fine fine) {
    return close(submittedReport(report), fine);
  }

  /** Drives a submitted report through intake, verification, decision and closure (see {@link #closedCase}). */
  public Receipt close(Receipt receipt, Fine fine) {
    String code = receipt.code();
    complete(staff.intake(), code, "intakeReview", form("ACCEPT", null, null, null));
    complete(staff.investigator(), code, "verification", form("CONFIRMED", LocalDate.parse("2026-11-22"),
        "现场发现危险废物露天堆放，无防渗措施。", null));
    complete(staff.investigator(), code, "enforcementDecision", form(null, null, null,
        new TaskCompletion.Enforcement("自环罚〔2026〕" + DECISION_NUMBER.incrementAndGet() + "号",
            LocalDate.parse("2026-11-25"), List.of(new TaskCompletion.ViolationItem(fine.violationType(),
                List.of("FINE", "ORDER_TO_CORRECT"), fine.amount(), fine.statutoryMax())), "NONE")));
    complete(staff.leader(), code, "closureApproval", form("APPROVE", null, null, null));
    return receipt;
  }

  /**
   * Rejected at intake (insufficient information), appealed by the reporter and the appeal upheld by the LEADER:
   * the intake review is open again.
   */
  public Receipt appealUpheldReport(ReportSpec report) {
    Receipt receipt = submittedReport(report);
    complete(staff.intake(), receipt.code(), "intakeReview", new TaskCompletion("REJECT", "INSUFFICIENT_INFORMATION",
        null, null, null, null, null, null, null, null, null, null));
    services.followUps().appeal(receipt.code(), receipt.key(), "我已补充了现场照片，污染仍在继续，请重新受理。");
    complete(staff.leader(), receipt.code(), "appealReview", new TaskCompletion("UPHELD", null, null, null, null, null,
        null, null, null, null, null, "举报人补充的照片足以确定被举报单位，重新受理。"));
    return receipt;
  }

  /**
   * The whole life of a case: rejected, appealed and the appeal upheld, then accepted, fined and closed, and the
   * reward reviewed, approved, claimed and paid (see {@link #paidReward}).
   */
  public RewardCase paidRewardAfterAppeal(ReportSpec report, Fine fine) {
    ReportSpec rewarded = report.wantsReward(true);
    return pay(claim(grant(reviewReward(close(appealUpheldReport(rewarded), fine))), rewarded));
  }

  /**
   * The LEADER found the reporter eligible (grade 1; a second LEADER approved a large amount); FINANCE decides.
   * The report is made to want a reward.
   */
  public RewardCase rewardAwaitingFinance(ReportSpec report, Fine fine) {
    return reviewReward(closedCase(report.wantsReward(true), fine));
  }

  private RewardCase reviewReward(Receipt receipt) {
    String code = receipt.code();
    as(staff.leader(), () -> services.rewards().review(taskId(staff.leader(), code, "rewardReview"),
        new RewardService.ReviewForm(false, false, false, 1, false, null, null)));
    // a large amount needs a second LEADER
    openTask(staff.leader2(), code, "rewardSecondApproval").ifPresent(second ->
        as(staff.leader2(), () -> services.rewards().secondApproval(second, true, null)));
    return new RewardCase(receipt, payoutRow(code).rewardId());
  }

  /** FINANCE approved: the reporter may claim. */
  public RewardCase grantedReward(ReportSpec report, Fine fine) {
    return grant(rewardAwaitingFinance(report, fine));
  }

  private RewardCase grant(RewardCase reward) {
    as(staff.finance(), () -> services.payouts().decide(reward.rewardId(), true, null));
    return reward;
  }

  /**
   * Claimed with the report's identity (a real-name reporter) or a named payee (anonymous), to
   * {@link #BANK_ACCOUNT}.
   */
  public RewardCase claimedReward(ReportSpec report, Fine fine) {
    return claim(grantedReward(report, fine), report);
  }

  private RewardCase claim(RewardCase reward, ReportSpec report) {
    SampleReports.rememberSecret(BANK_ACCOUNT);
    RewardClaimService.ClaimForm claim = report.isAnonymous()
        ? new RewardClaimService.ClaimForm(null, null, "王某", "中国农业银行自贡分行", BANK_ACCOUNT)
        : new RewardClaimService.ClaimForm(report.reporter().name(), report.reporter().idNumber(), null,
            "中国农业银行自贡分行", BANK_ACCOUNT);
    services.claims().claim(reward.code(), reward.receipt().key(), reward.rewardId(), claim);
    return reward;
  }

  /** Exported in a bank batch and paid by the second finance officer (not the approver). */
  public RewardCase paidReward(ReportSpec report, Fine fine) {
    return pay(claimedReward(report, fine));
  }

  private RewardCase pay(RewardCase reward) {
    as(staff.finance2(), () -> {
      services.payouts().exportBatch();
      services.payouts().recordPayment(reward.rewardId(), "BANK-" + reward.rewardId(), LocalDate.parse("2026-11-28"));
    });
    return reward;
  }

  // ------------------------------------------------------------------ steps

  /** The id of the open task of that kind on the case, as the user's inbox shows it. */
  public String taskId(String user, String trackingCode, String taskKey) {
    return openTask(user, trackingCode, taskKey)
        .orElseThrow(() -> new AssertionError(user + " sees no " + taskKey + " task for " + trackingCode));
  }

  public Optional<String> openTask(String user, String trackingCode, String taskKey) {
    return openTasks(user, trackingCode).stream().filter(t -> t.taskKey().equals(taskKey)).findFirst()
        .map(CaseTask::taskId);
  }

  /** The case's open tasks in the user's inbox (what the user may work). */
  public List<CaseTask> openTasks(String user, String trackingCode) {
    List<CaseTask> tasks = as(user, () -> services.casework().inbox(
        new CaseworkService.InboxFilter(null, null, null, null, null, trackingCode), 0, 200));
    return tasks.stream().filter(t -> t.trackingCode().equals(trackingCode)).toList();
  }

  /** Completes the case's open task of that kind with the form, as the user. */
  public void complete(String user, String trackingCode, String taskKey, TaskCompletion form) {
    as(user, () -> services.casework().complete(taskId(user, trackingCode, taskKey), form));
  }

  /** A form with the fields most tasks use; the other fields are empty. */
  public static TaskCompletion form(String outcome, LocalDate inspectionDate, String findings,
                                    TaskCompletion.Enforcement enforcement) {
    return new TaskCompletion(outcome, null, null, null, null, null, inspectionDate, findings, enforcement, null, null,
        null);
  }

  /** Runs the action authenticated as the user (as the views and the REST API would), then restores the caller's. */
  public <T> T as(String user, Supplier<T> action) {
    ensureAccounts();
    AccountPrincipal principal = services.users().loadUserByUsername(user);
    // method security reads this context's strategy, code such as CurrentUser the static holder: set both
    SecurityContextHolderStrategy own = services.security();
    SecurityContextHolderStrategy shared = SecurityContextHolder.getContextHolderStrategy();
    SecurityContext ownBefore = own.getContext();
    SecurityContext sharedBefore = shared.getContext();
    SecurityContext context = own.createEmptyContext();
    context.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    own.setContext(context);
    shared.setContext(context);
    try {
      return action.get();
    } finally {
      own.setContext(ownBefore);
      shared.setContext(sharedBefore);
    }
  }

  public void as(String user, Runnable action) {
    as(user, () -> {
      action.run();
      return null;
    });
  }

  private PayoutRow payoutRow(String code) {
    return as(staff.finance(), () -> services.payouts().queue(new PayoutFilter(null, null, code), 0, 10)).stream()
        .filter(r -> r.trackingCode().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError(staff.finance() + " sees no reward for " + code));
  }

  /** The tests' accounts are created once per application context (the demo users come with the demo profile). */
  private void ensureAccounts() {
    if (Staff.IT.equals(staff) && services.accountsReady().compareAndSet(false, true)) {
      services.accounts().ensure();
    }
  }
}
