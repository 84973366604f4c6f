package org.greenwhistle.processes;

import static org.greenwhistle.processes.testing.BpmnAwareTests.assertThat;
import static org.greenwhistle.processes.testing.BpmnAwareTests.calledProcessInstance;
import static org.greenwhistle.processes.testing.BpmnAwareTests.complete;
import static org.greenwhistle.processes.testing.BpmnAwareTests.runtimeService;
import static org.greenwhistle.processes.testing.BpmnAwareTests.task;
import static org.greenwhistle.processes.testing.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.greenwhistle.processes.testing.Deployment;
import org.greenwhistle.processes.testing.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** report-handling's call activity rewardProcess starts a (non-supplementary) reward and waits for it to end. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/report-handling.bpmn", "bpmn/reward.bpmn"})
class RewardCallFromReportHandlingTest extends ReportHandlingTestSupport {

  RewardDelegates rewardDelegates;

  /** Runs after the report-handling fixture's set-up; its tear-down resets these mocks too. */
  @BeforeEach
  void registerRewardDelegates() throws Exception {
    rewardDelegates = RewardDelegates.register();
  }

  private ProcessInstance closedCaseWithRewardWanted() {
    ProcessInstance instance = acceptedReport(true);
    completeVerification(instance, "CONFIRMED");
    decideEnforcement(instance);
    decideClosure(instance, "APPROVE");
    return instance;
  }

  @Test
  void aClosedCaseStartsTheRewardWithTheTrackingCodeReportRegionAndSupplementaryFalse() throws Exception {
    ProcessInstance instance = closedCaseWithRewardWanted();

    assertThat(instance)
        .hasPassedInOrder("closeCase", "rewardDue")
        .isWaitingAtExactly("rewardProcess");
    ProcessInstance reward = calledProcessInstance(RewardModel.PROCESS_ID, instance);
    assertThat(reward)
        .hasBusinessKey(TRACKING_CODE)
        .hasPassedInOrder("rewardRequested", "openReward")
        .isWaitingAtExactly("rewardReview")
        .variables()
        .containsEntry("supplementary", false)
        .containsEntry("reportId", REPORT_ID)
        .containsEntry("regionCode", REGION_CODE)
        .containsEntry("rewardId", RewardDelegates.REWARD_ID);
    assertThat(task("rewardReview", reward)).hasCandidateGroup("LEADER");
    verify(rewardDelegates.openRewardDelegate).execute(any());
  }

  @Test
  void theCaseEndsClosedOnceTheRewardIsPaid() throws Exception {
    ProcessInstance instance = closedCaseWithRewardWanted();
    ProcessInstance reward = calledProcessInstance(RewardModel.PROCESS_ID, instance);

    complete(task("rewardReview", reward), withVariables(
        "rewardEligible", true, "excludedPerson", false, "falseIdentity", false, "alreadyKnown", false,
        "contributionGrade", 3, "insider", false));
    complete(task("financeApproval", reward), withVariables("financeOutcome", "APPROVE", "financeComment", "ok"));
    runtimeService().createMessageCorrelation("RewardClaimed").processInstanceId(reward.getId()).correlate();
    complete(task("recordPayout", reward), withVariables(
        "paymentReference", "ALIPAY-20250310-0002", "paymentDate", "2025-03-10"));

    assertThat(reward).isEnded().hasPassed("rewardPaid");
    assertThat(instance).isEnded().hasPassedInOrder("rewardProcess", "endedClosed");
    verify(rewardDelegates.closeRewardDelegate).execute(any());
  }

  @Test
  void theCaseEndsClosedAlsoWhenTheRewardIsDeclined() throws Exception {
    ProcessInstance instance = closedCaseWithRewardWanted();
    ProcessInstance reward = calledProcessInstance(RewardModel.PROCESS_ID, instance);

    complete(task("rewardReview", reward), withVariables(
        "rewardEligible", false, "excludedPerson", true, "falseIdentity", false, "alreadyKnown", false,
        "contributionGrade", 1, "insider", false));

    assertThat(reward).isEnded().hasPassed("rewardDeclined");
    assertThat(instance).isEnded().hasPassedInOrder("rewardProcess", "endedClosed");
    verify(rewardDelegates.declineRewardDelegate).execute(any());
  }
}
