package org.greenwhistle.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenwhistle.processes.testing.BpmnAwareTests.assertThat;
import static org.greenwhistle.processes.testing.BpmnAwareTests.historyService;
import static org.greenwhistle.processes.testing.BpmnAwareTests.runtimeService;
import static org.greenwhistle.processes.testing.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.history.HistoricVariableInstance;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.greenwhistle.processes.testing.Deployment;
import org.greenwhistle.processes.testing.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Submission, acceptance and the handling phase up to closure (and the reward hand-over). */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/report-handling.bpmn", "bpmn/reward.bpmn"})
class ReportHandlingProcessTest extends ReportHandlingTestSupport {

  @Test
  void aSubmittedReportIsScheduledAndWaitsForIntakeReviewByTheIntakeGroup() throws Exception {
    ProcessInstance instance = submitReport();

    assertThat(instance).isStarted()
        .hasBusinessKey(TRACKING_CODE)
        .hasPassedInOrder("reportSubmitted", "scheduleIntake")
        .isWaitingAtExactly("intakePhase", "intakeReview")
        .hasVariables("reportId", "regionCode", "wantsReward", "intakeDue", "intakeReminderAt");
    // constants are expressions (caseDurations), not a copy per case
    assertThat(runtimeService().getVariables(instance.getId()))
        .doesNotContainKeys("infoWait", "appealWindow", "appealUsed");
    assertThat(task("intakeReview", instance))
        .hasCandidateGroup("INTAKE")
        .hasDueDate(dateVariable(instance, "intakeDue"));
    verify(scheduleIntakeDelegate, times(1)).execute(any());
  }

  @Test
  void anAcceptedReportLeavesIntakeAndWaitsForOnSiteVerificationByAnInvestigator() throws Exception {
    ProcessInstance instance = acceptedReport(false);

    assertThat(instance)
        .hasPassed("intakePhase")
        .hasPassedInOrder("intakeReview", "acceptReport", "intakeEndedAccepted", "intakeOutcomeGateway")
        .hasNotPassed("endedWithoutHandling")
        .isWaitingAtExactly("handlingPhase", "verification")
        .hasVariables("handlingDue", "handlingReminderAt");
    assertThat(task("verification", instance))
        .hasCandidateGroup("INVESTIGATOR")
        .hasDueDate(dateVariable(instance, "handlingDue"));
    verify(acceptReportDelegate).execute(any());
  }

  @Test
  void aConfirmedViolationIsRecordedAndNeedsAnEnforcementDecisionByAnInvestigator() throws Exception {
    ProcessInstance instance = acceptedReport(false);

    completeVerification(instance, "CONFIRMED");

    assertThat(instance)
        .hasPassedInOrder("verification", "recordVerification", "verificationOutcomeGateway")
        .isWaitingAtExactly("handlingPhase", "enforcementDecision");
    assertThat(task("enforcementDecision", instance))
        .hasCandidateGroup("INVESTIGATOR")
        .hasDueDate(dateVariable(instance, "handlingDue"));
    verify(recordVerificationDelegate).execute(any());
  }

  @Test
  void anEnforcementDecisionIsRecordedAndALeaderApprovesTheClosure() throws Exception {
    ProcessInstance instance = acceptedReport(false);
    completeVerification(instance, "CONFIRMED");

    decideEnforcement(instance);

    assertThat(instance)
        .hasPassedInOrder("enforcementDecision", "recordEnforcement", "closureJoin")
        .isWaitingAtExactly("handlingPhase", "closureApproval");
    assertThat(task("closureApproval", instance))
        .hasCandidateGroup("LEADER")
        .hasDueDate(dateVariable(instance, "handlingDue"));
    verify(recordEnforcementDelegate).execute(any());
  }

  @Test
  void anApprovedClosureOfAConfirmedViolationClosesTheCaseAndStartsTheRewardProcessWhenTheReporterWantsAReward()
      throws Exception {
    ProcessInstance instance = acceptedReport(true);
    completeVerification(instance, "CONFIRMED");
    decideEnforcement(instance);

    decideClosure(instance, "APPROVE");

    assertThat(instance)
        .hasPassedInOrder("reportSubmitted", "scheduleIntake", "intakeReview", "acceptReport",
            "verification", "recordVerification", "enforcementDecision", "recordEnforcement",
            "closureApproval", "closureDecision", "handlingDone", "closeCase", "rewardDue")
        .isWaitingAtExactly("rewardProcess");
    verify(closeCaseDelegate).execute(any());
  }

  @Test
  void theRewardProcessReceivesTheTrackingCodeReportIdAndRegion() {
    ProcessInstance instance = acceptedReport(true);
    completeVerification(instance, "CONFIRMED");
    decideEnforcement(instance);
    decideClosure(instance, "APPROVE");

    HistoricProcessInstance reward = historyService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(instance.getId())
        .singleResult();
    assertThat(reward).isNotNull();
    assertThat(reward.getProcessDefinitionKey()).isEqualTo("reward");
    assertThat(reward.getBusinessKey()).isEqualTo(TRACKING_CODE);
    assertThat(reward.getState()).isEqualTo(HistoricProcessInstance.STATE_ACTIVE);
    assertThat(historicVariable(reward, "reportId")).isEqualTo(REPORT_ID);
    assertThat(historicVariable(reward, "regionCode")).isEqualTo(REGION_CODE);
  }

  @Test
  void anApprovedClosureEndsClosedWithoutRewardWhenTheReporterWantsNone() throws Exception {
    ProcessInstance instance = acceptedReport(false);
    completeVerification(instance, "CONFIRMED");
    decideEnforcement(instance);

    decideClosure(instance, "APPROVE");

    assertThat(instance).isEnded()
        .hasPassedInOrder("enforcementDecision", "closureApproval", "closeCase", "rewardDue", "endedClosed")
        .hasNotPassed("rewardProcess");
    verify(closeCaseDelegate).execute(any());
    assertThat(rewardInstanceCount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"NOT_CONFIRMED", "NOT_ENVIRONMENTAL"})
  void anUnconfirmedViolationSkipsTheEnforcementDecisionAndEndsWithoutRewardEvenIfOneIsWanted(String outcome)
      throws Exception {
    ProcessInstance instance = acceptedReport(true);

    completeVerification(instance, outcome);

    assertThat(instance)
        .hasPassedInOrder("verification", "recordVerification", "verificationOutcomeGateway", "closureJoin")
        .hasNotPassed("enforcementDecision")
        .isWaitingAtExactly("handlingPhase", "closureApproval");

    decideClosure(instance, "APPROVE");

    assertThat(instance).isEnded()
        .hasPassedInOrder("closureApproval", "closeCase", "rewardDue", "endedClosed")
        .hasNotPassed("enforcementDecision", "recordEnforcement", "rewardProcess");
    verify(recordEnforcementDelegate, never()).execute(any());
    assertThat(rewardInstanceCount()).isZero();
  }

  @Test
  void aReturnedClosureGoesBackToVerification() throws Exception {
    ProcessInstance instance = acceptedReport(false);
    completeVerification(instance, "NOT_CONFIRMED");

    decideClosure(instance, "RETURN");

    assertThat(instance)
        .hasPassedInOrder("closureApproval", "closureDecision", "recordClosureReturn", "verificationJoin")
        .hasNotPassed("handlingDone", "closeCase")
        .isWaitingAtExactly("handlingPhase", "verification");
    assertThat(task("verification", instance)).hasCandidateGroup("INVESTIGATOR");
    verify(recordClosureReturnDelegate).execute(any());
  }

  @Test
  void aReturnedCaseCanBeVerifiedAgainAndThenClosed() throws Exception {
    ProcessInstance instance = acceptedReport(true);
    completeVerification(instance, "NOT_CONFIRMED");
    decideClosure(instance, "RETURN");

    // the second visit overwrites the first outcome, so the reward decision follows it
    completeVerification(instance, "CONFIRMED");
    decideEnforcement(instance);
    decideClosure(instance, "APPROVE");

    assertThat(instance).hasPassed("closeCase").isWaitingAtExactly("rewardProcess");
    assertThat(passCount(instance, "verification")).isEqualTo(2);
    assertThat(passCount(instance, "closureApproval")).isEqualTo(2);
    verify(recordVerificationDelegate, times(2)).execute(any());
    verify(closeCaseDelegate, times(1)).execute(any());
    verify(recordClosureReturnDelegate, times(1)).execute(any());
  }

  private static Object historicVariable(HistoricProcessInstance processInstance, String name) {
    HistoricVariableInstance variable = historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(processInstance.getId())
        .variableName(name)
        .singleResult();
    assertThat(variable).as("variable %s", name).isNotNull();
    return variable.getValue();
  }

  private static long rewardInstanceCount() {
    return historyService().createHistoricProcessInstanceQuery().processDefinitionKey("reward").count();
  }
}
