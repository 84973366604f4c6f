package org.greenwhistle.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenwhistle.processes.testing.BpmnAwareTests.assertThat;
import static org.greenwhistle.processes.testing.BpmnAwareTests.execute;
import static org.greenwhistle.processes.testing.BpmnAwareTests.runtimeService;
import static org.greenwhistle.processes.testing.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.greenwhistle.processes.testing.Deployment;
import org.greenwhistle.processes.testing.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rejection at intake, the appeal window and the single appeal a reporter has. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/report-handling.bpmn", "bpmn/reward.bpmn"})
class ReportRejectionAndAppealTest extends ReportHandlingTestSupport {

  @Test
  void aRejectedReportWaitsForAnAppealUntilTheAppealWindowCloses() throws Exception {
    ProcessInstance instance = rejectedReport();

    assertThat(instance)
        .hasPassedInOrder("intakeReview", "intakeDecision", "rejectReport", "appealAllowed")
        .isWaitingAtExactly("intakePhase", "awaitAppeal")
        .isWaitingFor("appealLodged");
    assertThat(timerJob(instance, "appealWindowClosed")).hasDueDate(daysFromNow(30));
    verify(rejectReportDelegate).execute(any());
  }

  @Test
  void whenTheAppealWindowClosesTheReportEndsRejectedWithoutHandling() {
    ProcessInstance instance = rejectedReport();

    execute(timerJob(instance, "appealWindowClosed"));

    assertThat(instance).isEnded()
        .hasPassedInOrder("rejectReport", "awaitAppeal", "appealWindowClosed", "intakeEndedRejected",
            "intakeOutcomeGateway", "endedWithoutHandling")
        .hasNotPassed("appealLodged", "appealReview", "handlingPhase", "endedClosed");
  }

  @Test
  void aLodgedAppealIsReviewedByALeaderAndTheAppealWindowTimerIsCancelled() {
    ProcessInstance instance = rejectedReport();

    correlate("appealLodged");

    assertThat(instance)
        .hasPassed("appealLodged")
        .hasNotPassed("appealWindowClosed")
        .isWaitingAtExactly("intakePhase", "appealReview");
    assertThat(task("appealReview", instance)).hasCandidateGroup("LEADER");
    assertThat(hasTimerJob(instance, "appealWindowClosed")).isFalse();
  }

  @Test
  void anUpheldAppealUsesUpTheAppealAndSendsTheReportBackToIntakeReview() throws Exception {
    ProcessInstance instance = rejectedReport();
    correlate("appealLodged");

    reviewAppeal(instance, "UPHELD");

    assertThat(instance)
        .hasPassedInOrder("appealReview", "applyAppealDecision", "appealDecision")
        .isWaitingAtExactly("intakePhase", "intakeReview")
        .variables().containsEntry("appealUsed", true);
    assertThat(task("intakeReview", instance)).hasCandidateGroup("INTAKE");
    assertThat(passCount(instance, "intakeReview")).isEqualTo(2);
    verify(applyAppealDecisionDelegate).execute(any());
  }

  @Test
  void aReportAcceptedAfterAnUpheldAppealGoesOnToVerification() {
    ProcessInstance instance = rejectedReport();
    correlate("appealLodged");
    reviewAppeal(instance, "UPHELD");

    decideIntake(instance, "ACCEPT");

    assertThat(instance)
        .hasPassed("acceptReport", "intakeEndedAccepted")
        .hasNotPassed("intakeEndedRejected")
        .isWaitingAtExactly("handlingPhase", "verification");
  }

  @Test
  void aReportRejectedAgainAfterAnUpheldAppealEndsWithoutASecondAppeal() throws Exception {
    ProcessInstance instance = rejectedReport();
    correlate("appealLodged");
    reviewAppeal(instance, "UPHELD");

    decideIntake(instance, "REJECT");

    // appealAllowed took the appealAlreadyUsed flow: no second wait for an appeal, no window timer
    assertThat(instance).isEnded()
        .hasPassed("intakeEndedRejected", "endedWithoutHandling")
        .hasNotPassed("appealWindowClosed", "handlingPhase");
    assertThat(passCount(instance, "rejectReport")).isEqualTo(2);
    assertThat(passCount(instance, "appealAllowed")).isEqualTo(2);
    assertThat(passCount(instance, "awaitAppeal")).isEqualTo(1);
    assertThat(passCount(instance, "appealReview")).isEqualTo(1);
    verify(rejectReportDelegate, times(2)).execute(any());
  }

  @Test
  void aDismissedAppealEndsTheReportRejectedWithoutHandling() throws Exception {
    ProcessInstance instance = rejectedReport();
    correlate("appealLodged");

    reviewAppeal(instance, "DISMISSED");

    assertThat(instance).isEnded()
        .hasPassedInOrder("appealLodged", "appealReview", "applyAppealDecision", "appealDecision",
            "intakeEndedRejected", "intakeOutcomeGateway", "endedWithoutHandling")
        .hasNotPassed("handlingPhase");
    assertThat(passCount(instance, "intakeReview")).isEqualTo(1);
    verify(applyAppealDecisionDelegate).execute(any());
    verify(acceptReportDelegate, never()).execute(any());
  }

  @Test
  void anAppealCannotBeLodgedBeforeTheReportIsRejected() {
    ProcessInstance instance = submitReport();

    assertThatThrownBy(() -> correlate("appealLodged"))
        .isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(instance).isWaitingAtExactly("intakePhase", "intakeReview");
  }

  @Test
  void anAppealIsOnlyAcceptedForTheReportWithThatTrackingCode() {
    ProcessInstance instance = rejectedReport();

    assertThatThrownBy(() -> runtimeService().createMessageCorrelation("appealLodged")
        .processInstanceBusinessKey("GW0000000002")
        .correlate())
        .isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(instance).isWaitingAt("awaitAppeal");
  }
}
