package org.greenwhistle.reward.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenwhistle.casework.service.TaskFormTesting.problems;
import static org.greenwhistle.casework.service.TaskFormTesting.task;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.processes.RewardModel;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.BadUserRequestException;

/** The reward process's task forms, plugged in through the rewards feature like any other task. */
class RewardTaskFormsTest {
  static final CaseTask TASK = new CaseTask("t1", "p1", 7L, "GW0000000007", "x", "LEADER", "51.", null,
      Instant.EPOCH, null, false, "510302", "某厂", "WATER", "CLOSED", false, false);

  private final RewardReviewTask review = new RewardReviewTask();

  @Test
  void anEligibleReviewNeedsTheGradeAndAnIneligibleOneDoesNot() {
    RewardReviewTask.Form form = review.blank();
    assertThat(problems(() -> review.toVariables(form, TASK)))
        .containsExactly(new FieldProblem("contributionGrade", "reward.error.grade"));
    form.setContributionGrade(2);
    form.setProposedAmount(new BigDecimal("5000"));
    form.setAmountReason("  线索具体，协助取证 ");
    assertThat(review.toVariables(form, TASK)).containsEntry(RewardModel.Var.REWARD_ELIGIBLE, true)
        .containsEntry(RewardModel.Var.CONTRIBUTION_GRADE, 2).containsEntry(RewardModel.Var.INSIDER, false)
        .containsEntry(RewardModel.Var.PROPOSED_AMOUNT, "5000").containsEntry(RewardModel.Var.AMOUNT_REASON, "线索具体，协助取证");
    RewardReviewTask.Form excluded = review.blank();
    excluded.setAlreadyKnown(true);
    assertThat(review.toVariables(excluded, TASK)).containsEntry(RewardModel.Var.REWARD_ELIGIBLE, false)
        .doesNotContainKey(RewardModel.Var.CONTRIBUTION_GRADE);
  }

  @Test
  void theRestShapeBecomesTheSameForm() {
    RewardReviewTask.Form form = RewardReviewTask.Form.of(
        new RewardService.ReviewForm(false, false, false, 1, true, null, null));
    assertThat(form.getContributionGrade()).isEqualTo(1);
    assertThat(form.toReviewForm().eligible()).isTrue();
  }

  @Test
  void theEngineRefusesAnEligibleReviewThatFailedACheck() {
    DelegateTask task = task(Map.of(RewardModel.Var.REWARD_ELIGIBLE, true, RewardModel.Var.EXCLUDED_PERSON, true,
        RewardModel.Var.FALSE_IDENTITY, false, RewardModel.Var.ALREADY_KNOWN, false));
    assertThatThrownBy(() -> review.check(task)).isInstanceOf(BadUserRequestException.class);
  }

  @Test
  void sendingBackNeedsAReasonOnBothApprovalSteps() {
    RewardSecondApprovalTask second = new RewardSecondApprovalTask();
    assertThat(problems(() -> second.toVariables(new RewardSecondApprovalTask.Form(false, " "), TASK)))
        .containsExactly(new FieldProblem("comment", "case.error.textLength", 2, 500));
    assertThat(problems(() -> second.toVariables(second.blank(), TASK)))
        .containsExactly(new FieldProblem("approve", "task.error.choose"));
    assertThat(second.toVariables(new RewardSecondApprovalTask.Form(true, ""), TASK))
        .containsEntry(RewardModel.Var.SECOND_APPROVAL_OUTCOME, "APPROVE")
        .containsEntry(RewardModel.Var.SECOND_APPROVAL_COMMENT, null);
    FinanceApprovalTask finance = new FinanceApprovalTask();
    assertThat(finance.toVariables(new FinanceApprovalTask.Form(false, "账户信息与身份证明不符"), TASK))
        .containsEntry(RewardModel.Var.FINANCE_OUTCOME, "REJECT")
        .containsEntry(RewardModel.Var.FINANCE_COMMENT, "账户信息与身份证明不符");
    assertThatThrownBy(() -> finance.check(task(Map.of(RewardModel.Var.FINANCE_OUTCOME, "REJECT"))))
        .isInstanceOf(BadUserRequestException.class);
  }

  @Test
  void aPaymentNeedsTheBanksReferenceAndAPastDate() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-05T04:00:00Z"), ZoneOffset.UTC);
    RecordPayoutTask payout = new RecordPayoutTask(clock);
    assertThat(problems(() -> payout.toVariables(new RecordPayoutTask.Form("A", LocalDate.parse("2026-12-06")), TASK)))
        .extracting(FieldProblem::field).containsExactly("paymentReference", "paymentDate");
    assertThat(payout.toVariables(new RecordPayoutTask.Form(" ABC-2026-11-0042 ", LocalDate.parse("2026-12-05")), TASK))
        .isEqualTo(Map.of(RewardModel.Var.PAYMENT_REFERENCE, "ABC-2026-11-0042", RewardModel.Var.PAYMENT_DATE, "2026-12-05"));
    assertThatThrownBy(() -> payout.check(task(Map.of(RewardModel.Var.PAYMENT_REFERENCE, "ABC",
        RewardModel.Var.PAYMENT_DATE, "05.12.2026")))).isInstanceOf(BadUserRequestException.class);
  }
}
