package org.greenwhistle.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenwhistle.processes.testing.BpmnAwareTests.assertThat;
import static org.greenwhistle.processes.testing.BpmnAwareTests.execute;
import static org.greenwhistle.processes.testing.BpmnAwareTests.job;
import static org.greenwhistle.processes.testing.BpmnAwareTests.jobQuery;
import static org.greenwhistle.processes.testing.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.greenwhistle.processes.testing.Deployment;
import org.greenwhistle.processes.testing.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;

/** The reward process: review, calculation, approvals, grant, claim window and payout. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/reward.bpmn")
class RewardProcessTest extends RewardTestSupport {

  // ---------------------------------------------------------------- review

  @Test
  void aRequestedRewardIsOpenedAndWaitsForReviewByALeader() throws Exception {
    ProcessInstance instance = requestReward();

    assertThat(instance).isStarted()
        .hasBusinessKey(TRACKING_CODE)
        .hasPassedInOrder("rewardRequested", "openReward", "rewardReviewJoin")
        .isWaitingAtExactly("rewardReview")
        .variables()
        .containsEntry("rewardId", RewardDelegates.REWARD_ID)
        .containsEntry("reportId", REPORT_ID)
        .containsEntry("regionCode", REGION_CODE)
        .containsEntry("supplementary", false);
    assertThat(task("rewardReview", instance)).hasCandidateGroup("LEADER");
    verify(delegates.openRewardDelegate, times(1)).execute(any());
    verifyNoInteractions(delegates.calculateRewardDelegate, delegates.declineRewardDelegate);
  }

  @Test
  void anIneligibleRewardIsDeclined() throws Exception {
    ProcessInstance instance = requestReward();

    reviewNotEligible(instance);

    assertThat(instance).isEnded()
        .hasPassedInOrder("rewardReview", "rewardEligibleGateway", "declineReward", "rewardDeclined")
        .hasNotPassed("calculateReward", "financeApproval", "grantReward", "rewardPaid");
    InOrder order = inOrder(delegates.all());
    order.verify(delegates.openRewardDelegate).execute(any());
    order.verify(delegates.declineRewardDelegate).execute(any());
    verifyNoMoreInteractions(delegates.all());
  }

  @Test
  void anEligibleRewardIsCalculatedAndGoesStraightToFinanceWhenNoSecondApprovalIsRequired() throws Exception {
    ProcessInstance instance = requestReward();

    reviewEligible(instance);

    assertThat(instance)
        .hasPassedInOrder("rewardReview", "rewardEligibleGateway", "calculateReward", "secondApprovalGateway",
            "financeApprovalJoin")
        .hasNotPassed("rewardSecondApproval", "declineReward")
        .isWaitingAtExactly("financeApproval")
        .variables().containsEntry("secondApprovalRequired", false).containsEntry("contributionGrade", 2);
    assertThat(task("financeApproval", instance)).hasCandidateGroup("FINANCE");
    verify(delegates.calculateRewardDelegate, times(1)).execute(any());
    verifyNoInteractions(delegates.declineRewardDelegate);
  }

  // ---------------------------------------------------------------- the whole way to the payout

  @Test
  void aFinanceApprovedRewardIsGrantedAndAwaitsTheClaimWithAWarningAndADeadlineTimer() throws Exception {
    ProcessInstance instance = grantedReward();

    assertThat(instance)
        .hasPassedInOrder("financeApproval", "financeOutcomeGateway", "grantReward")
        .isWaitingAtExactly("awaitClaim");
    assertThat(dateVariable(instance, "claimDeadline")).isEqualTo(daysFromNow(90));
    assertThat(dateVariable(instance, "claimWarningAt")).isEqualTo(daysFromNow(90 - 14));
    assertThat(job("claimWarning", instance)).hasDueDate(dateVariable(instance, "claimWarningAt"));
    assertThat(job("claimWindowClosed", instance)).hasDueDate(dateVariable(instance, "claimDeadline"));
    verify(delegates.grantRewardDelegate, times(1)).execute(any());
  }

  @Test
  void aClaimedRewardIsPaidOutByFinanceAndClosed() throws Exception {
    ProcessInstance instance = grantedReward();

    claim(instance);

    assertThat(instance).hasPassed("awaitClaim").isWaitingAtExactly("recordPayout");
    assertThat(task("recordPayout", instance)).hasCandidateGroup("FINANCE");
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();

    recordPayout(instance);

    assertThat(instance).isEnded()
        .hasPassedInOrder("rewardRequested", "openReward", "rewardReview", "rewardEligibleGateway",
            "calculateReward", "secondApprovalGateway", "financeApproval", "financeOutcomeGateway", "grantReward",
            "awaitClaim", "recordPayout", "closeReward", "rewardPaid")
        .hasNotPassed("rewardSecondApproval", "reopenRewardReview", "claimWarning", "claimWindowClosed",
            "rewardDeclined", "rewardForfeited")
        .variables()
        .containsEntry("paymentReference", "ALIPAY-20250303-0001")
        .containsEntry("paymentDate", "2025-03-10");
    InOrder order = inOrder(delegates.all());
    order.verify(delegates.openRewardDelegate).execute(any());
    order.verify(delegates.calculateRewardDelegate).execute(any());
    order.verify(delegates.grantRewardDelegate).execute(any());
    order.verify(delegates.closeRewardDelegate).execute(any());
    verifyNoMoreInteractions(delegates.all());
  }

  @Test
  void theClaimMessageIsOnlyAcceptedOnceTheRewardIsGranted() {
    ProcessInstance instance = requestReward();
    reviewEligible(instance);

    assertThatThrownBy(() -> claim(instance)).isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(instance).isWaitingAtExactly("financeApproval");
  }

  @Test
  void aFailingGrantRollsBackTheFinanceApproval() throws Exception {
    ProcessInstance instance = requestReward();
    reviewEligible(instance);
    Task approval = task("financeApproval", instance);
    doThrow(new IllegalStateException("notification failed")).when(delegates.grantRewardDelegate).execute(any());

    assertThatThrownBy(() -> decideFinance(instance, "APPROVE")).isInstanceOf(IllegalStateException.class);

    assertThat(instance).isWaitingAtExactly("financeApproval").hasNotPassed("financeApproval", "grantReward");
    assertThat(task("financeApproval", instance).getId()).isEqualTo(approval.getId());
  }

  // ---------------------------------------------------------------- second approval

  @Test
  void aRewardThatNeedsASecondApprovalWaitsForAnotherLeader() {
    delegates.secondApprovalRequired = true;
    ProcessInstance instance = requestReward();

    reviewEligible(instance);

    assertThat(instance)
        .hasPassedInOrder("calculateReward", "secondApprovalGateway")
        .hasNotPassed("financeApprovalJoin")
        .isWaitingAtExactly("rewardSecondApproval");
    assertThat(task("rewardSecondApproval", instance)).hasCandidateGroup("LEADER");
  }

  @Test
  void aSecondApprovalSendsTheRewardToFinanceAndOnToThePayout() throws Exception {
    delegates.secondApprovalRequired = true;
    ProcessInstance instance = requestReward();
    reviewEligible(instance);

    decideSecondApproval(instance, "APPROVE");

    assertThat(instance)
        .hasPassedInOrder("rewardSecondApproval", "secondApprovalOutcomeGateway", "financeApprovalJoin")
        .isWaitingAtExactly("financeApproval");
    verify(delegates.recordSecondApprovalDelegate).execute(any());

    decideFinance(instance, "APPROVE");
    claim(instance);
    recordPayout(instance);

    assertThat(instance).isEnded()
        .hasPassedInOrder("calculateReward", "rewardSecondApproval", "financeApproval", "grantReward",
            "awaitClaim", "recordPayout", "closeReward", "rewardPaid")
        .hasNotPassed("reopenRewardReview");
    verifyNoInteractions(delegates.reopenRewardReviewDelegate);
  }

  @Test
  void aReturnedSecondApprovalReopensTheReview() throws Exception {
    delegates.secondApprovalRequired = true;
    ProcessInstance instance = requestReward();
    reviewEligible(instance);

    decideSecondApproval(instance, "RETURN");

    assertThat(instance)
        .hasPassedInOrder("rewardSecondApproval", "secondApprovalOutcomeGateway", "reopenRewardReview",
            "rewardReviewJoin")
        .hasNotPassed("financeApproval", "grantReward")
        .isWaitingAtExactly("rewardReview");
    assertThat(task("rewardReview", instance)).hasCandidateGroup("LEADER");
    assertThat(passCount(instance, "rewardReview")).isEqualTo(2);
    verify(delegates.reopenRewardReviewDelegate, times(1)).execute(any());
    verifyNoInteractions(delegates.grantRewardDelegate);
  }

  @Test
  void aReopenedReviewIsCalculatedAgainAndMayThenSkipTheSecondApproval() throws Exception {
    delegates.secondApprovalRequired = true;
    ProcessInstance instance = requestReward();
    reviewEligible(instance);
    decideSecondApproval(instance, "RETURN");

    delegates.secondApprovalRequired = false;
    reviewEligible(instance);

    assertThat(instance).isWaitingAtExactly("financeApproval");
    assertThat(passCount(instance, "rewardSecondApproval")).isEqualTo(1);
    verify(delegates.calculateRewardDelegate, times(2)).execute(any());
  }

  // ---------------------------------------------------------------- finance rejection

  @Test
  void aFinanceRejectionReopensTheReview() throws Exception {
    ProcessInstance instance = requestReward();
    reviewEligible(instance);

    decideFinance(instance, "REJECT");

    assertThat(instance)
        .hasPassedInOrder("financeApproval", "financeOutcomeGateway", "reopenRewardReview", "rewardReviewJoin")
        .hasNotPassed("grantReward", "awaitClaim")
        .isWaitingAtExactly("rewardReview");
    assertThat(passCount(instance, "rewardReview")).isEqualTo(2);
    verify(delegates.reopenRewardReviewDelegate, times(1)).execute(any());
    verifyNoInteractions(delegates.grantRewardDelegate);

    reviewEligible(instance);

    assertThat(instance).isWaitingAtExactly("financeApproval");
    assertThat(passCount(instance, "financeApproval")).isEqualTo(2);
    verify(delegates.calculateRewardDelegate, times(2)).execute(any());
  }

  // ---------------------------------------------------------------- claim window

  @Test
  void theClaimWarningRemindsTheReporterAndTheClaimStaysOpen() throws Exception {
    ProcessInstance instance = grantedReward();

    execute(job("claimWarning", instance));

    assertThat(instance)
        .hasPassedInOrder("claimWarning", "remindUnclaimedReward", "claimReminderSent")
        .isWaitingAtExactly("awaitClaim");
    assertThat(jobQuery().processInstanceId(instance.getId()).activityId("claimWarning").count()).isZero();
    assertThat(job("claimWindowClosed", instance)).isNotNull();
    verify(delegates.remindUnclaimedRewardDelegate, times(1)).execute(any());
    verifyNoInteractions(delegates.forfeitRewardDelegate);
  }

  @Test
  void aRewardCanStillBeClaimedAfterTheWarning() throws Exception {
    ProcessInstance instance = grantedReward();
    execute(job("claimWarning", instance));

    claim(instance);
    recordPayout(instance);

    assertThat(instance).isEnded()
        .hasPassedInOrder("grantReward", "awaitClaim", "recordPayout", "closeReward", "rewardPaid")
        .hasPassed("claimReminderSent")
        .hasNotPassed("claimWindowClosed", "rewardForfeited");
    verify(delegates.closeRewardDelegate, times(1)).execute(any());
    verifyNoInteractions(delegates.forfeitRewardDelegate);
  }

  @Test
  void anUnclaimedRewardIsForfeitedWhenTheClaimWindowCloses() throws Exception {
    ProcessInstance instance = grantedReward();

    execute(job("claimWindowClosed", instance));

    assertThat(instance).isEnded()
        .hasPassedInOrder("grantReward", "awaitClaim", "claimWindowClosed", "forfeitReward", "rewardForfeited")
        .hasNotPassed("recordPayout", "closeReward", "rewardPaid");
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
    verify(delegates.forfeitRewardDelegate, times(1)).execute(any());
    verify(delegates.closeRewardDelegate, never()).execute(any());
    assertThatThrownBy(() -> claim(instance)).isInstanceOf(MismatchingMessageCorrelationException.class);
  }

  @Test
  void aRewardWarnedAboutAndStillUnclaimedIsForfeited() throws Exception {
    ProcessInstance instance = grantedReward();
    execute(job("claimWarning", instance));

    execute(job("claimWindowClosed", instance));

    assertThat(instance).isEnded()
        .hasPassed("claimReminderSent", "rewardForfeited")
        .hasNotPassed("recordPayout", "rewardPaid");
    InOrder order = inOrder(delegates.remindUnclaimedRewardDelegate, delegates.forfeitRewardDelegate);
    order.verify(delegates.remindUnclaimedRewardDelegate).execute(any());
    order.verify(delegates.forfeitRewardDelegate).execute(any());
  }

  // ---------------------------------------------------------------- supplementary reward (追加奖励)

  @Test
  void aSupplementaryRewardStartedDirectlyRunsTheSamePathToThePayout() throws Exception {
    ProcessInstance instance = requestSupplementaryReward();
    assertThat(instance).hasBusinessKey(TRACKING_CODE).isWaitingAtExactly("rewardReview")
        .variables().containsEntry("supplementary", true).containsEntry("rewardId", RewardDelegates.REWARD_ID);

    reviewEligible(instance);
    decideFinance(instance, "APPROVE");
    claim(instance);
    recordPayout(instance);

    assertThat(instance).isEnded()
        .hasPassedInOrder("rewardRequested", "openReward", "rewardReview", "calculateReward", "financeApproval",
            "grantReward", "awaitClaim", "recordPayout", "closeReward", "rewardPaid")
        .variables().containsEntry("supplementary", true);
    InOrder order = inOrder(delegates.all());
    order.verify(delegates.openRewardDelegate).execute(any());
    order.verify(delegates.calculateRewardDelegate).execute(any());
    order.verify(delegates.grantRewardDelegate).execute(any());
    order.verify(delegates.closeRewardDelegate).execute(any());
    verifyNoMoreInteractions(delegates.all());
  }
}
