package org.greenwhistle.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.TaskCompletion;
import org.greenwhistle.casework.service.CaseworkService;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.identity.service.AccountUserDetailsService;
import org.greenwhistle.payout.domain.PayoutFilter;
import org.greenwhistle.payout.service.PayoutService;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.report.domain.Receipt;
import org.greenwhistle.report.domain.ReportDraft;
import org.greenwhistle.report.domain.ReporterIdentity;
import org.greenwhistle.report.service.ReportSubmissionService;
import org.greenwhistle.reward.service.HistoricalRewards;
import org.greenwhistle.reward.service.RewardClaimService;
import org.greenwhistle.reward.service.RewardService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo rewards in Sichuan at each stage (awaiting review, awaiting finance, claimed, paid), worked by the demo
 * users through the same services as the views, so the finance workspace and the ledger have something to show.
 */
@Component
@Profile("demo")
class DemoPayouts {
  private static final Logger log = LoggerFactory.getLogger(DemoPayouts.class);

  enum Stage { REVIEW, FINANCE, CLAIMED, PAID }

  record DemoCase(Stage stage, String reporter, String idNumber, String phone, String target, String region, BigDecimal fine) {
  }

  static final List<DemoCase> CASES = List.of(
      new DemoCase(Stage.REVIEW, "周晓明", "510302198702140039", "13980001001", "某皮革厂", "510311", new BigDecimal("120000")),
      new DemoCase(Stage.FINANCE, "陈思雨", "510302199305210026", "13980001002", "某电镀作坊", "510311", new BigDecimal("300000")),
      new DemoCase(Stage.CLAIMED, "刘建国", "510302197611080013", "13980001003", "某砖瓦厂", "510311", new BigDecimal("80000")),
      new DemoCase(Stage.PAID, "赵丽", "510302198912300045", "13980001004", "某养殖场", "510311", new BigDecimal("50000")));

  private final ReportSubmissionService submissions;
  private final CaseworkService casework;
  private final RewardService rewards;
  private final RewardClaimService claims;
  private final PayoutService payouts;
  private final HistoricalRewards rewardRows;
  private final AccountUserDetailsService users;
  private final Clock clock;

  DemoPayouts(ReportSubmissionService submissions, CaseworkService casework, RewardService rewards,
              RewardClaimService claims, PayoutService payouts, HistoricalRewards rewardRows,
              AccountUserDetailsService users, Clock clock) {
    this.submissions = submissions;
    this.casework = casework;
    this.rewards = rewards;
    this.claims = claims;
    this.payouts = payouts;
    this.rewardRows = rewardRows;
    this.users = users;
    this.clock = clock;
  }

  /** Needs the demo users (the steps run as them); worked once: skipped when any reward exists. */
  void load() {
    if (rewardRows.any()) {
      return;
    }
    int n = 0;
    for (DemoCase c : CASES) {
      Receipt receipt = submissions.submitAsSystem(new ReportDraft(EnumSet.of(Category.WATER), Set.of(), c.target(),
          c.region(), "沿滩区某村", null, null,
          clock.instant().minus(Duration.ofDays(40)).atOffset(ZoneOffset.ofHours(8)), Boolean.FALSE,
          "企业通过雨水管向河沟排放生产废水，河水发黑发臭。", Boolean.FALSE,
          new ReporterIdentity(c.reporter(), c.idNumber(), c.phone(), null), Boolean.TRUE, Boolean.TRUE), List.of()).receipt();
      String code = receipt.trackingCode();
      int number = 60 + n;
      LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
      as("intake", () -> complete(code, "intakeReview", form("ACCEPT", null, null, null)));
      as("investigator", () -> complete(code, "verification", form("CONFIRMED", today.minusDays(10),
          "现场查见雨水管内有生产废水，采样超标。", null)));
      as("investigator", () -> complete(code, "enforcementDecision", form(null, null, null,
          new TaskCompletion.Enforcement("自环罚〔2026〕" + number + "号", today.minusDays(5), List.of(
              new TaskCompletion.ViolationItem("ILLEGAL_DISCHARGE", List.of("FINE", "ORDER_TO_CORRECT"), c.fine(),
                  new BigDecimal("1000000"))), "NONE"))));
      as("leader", () -> complete(code, "closureApproval", form("APPROVE", null, null, null)));
      if (c.stage() != Stage.REVIEW) {
        as("leader", () -> rewards.review(task(code, "rewardReview").taskId(),
            new RewardService.ReviewForm(false, false, false, 2, false, null, null)));
      }
      if (c.stage() == Stage.CLAIMED || c.stage() == Stage.PAID) {
        long rewardId = as("finance", () -> {
          long id = payouts.queue(new PayoutFilter(null, null, code), 0, 1).get(0).rewardId();
          payouts.decide(id, true, null);
          return id;
        });
        claims.claim(code, receipt.accessKey(), rewardId, new RewardClaimService.ClaimForm(c.reporter(), c.idNumber(),
            null, "中国建设银行自贡分行", "62170023" + c.idNumber().substring(6, 17)));
        if (c.stage() == Stage.PAID) {
          as("finance2", () -> {
            payouts.exportBatch();
            payouts.recordPayment(rewardId, "CCB-DEMO-" + rewardId, today);
          });
        }
      }
      n++;
    }
    log.info("Demo data: {} reward cases", CASES.size());
  }

  private CaseTask task(String code, String taskKey) {
    return casework.inbox(new CaseworkService.InboxFilter(null, null, null, null, null, code), 0, 50).stream()
        .filter(t -> t.taskKey().equals(taskKey)).findFirst().orElseThrow();
  }

  private void complete(String code, String taskKey, TaskCompletion form) {
    casework.complete(task(code, taskKey).taskId(), form);
  }

  private static TaskCompletion form(String outcome, LocalDate inspectionDate, String findings,
                                     TaskCompletion.Enforcement enforcement) {
    return new TaskCompletion(outcome, null, null, null, null, null, inspectionDate, findings, enforcement, null, null,
        null);
  }

  private void as(String username, Runnable action) {
    as(username, () -> {
      action.run();
      return null;
    });
  }

  private <T> T as(String username, java.util.function.Supplier<T> action) {
    AccountPrincipal principal = users.loadUserByUsername(username);
    SecurityContextHolder.getContext().setAuthentication(
        new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    try {
      return action.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
