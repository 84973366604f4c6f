package org.greenwhistle.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenwhistle.processes.testing.BpmnAwareTests.assertThat;
import static org.greenwhistle.processes.testing.BpmnAwareTests.complete;
import static org.greenwhistle.processes.testing.BpmnAwareTests.task;
import static org.greenwhistle.processes.testing.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.greenwhistle.processes.testing.Deployment;
import org.greenwhistle.processes.testing.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An investigator may ask for more time during handling; a leader approves it beside the ongoing work. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/report-handling.bpmn", "bpmn/reward.bpmn"})
class HandlingExtensionTest extends ReportHandlingTestSupport {

  @Test
  void anExtensionRequestAsksALeaderForApprovalBesideTheVerification() {
    ProcessInstance instance = acceptedReport(false);
    Task verification = task("verification", instance);

    correlate("extensionRequested");

    assertThat(instance)
        .hasPassed("extensionRequested")
        .isWaitingAtExactly("handlingPhase", "verification", "extensionApproval");
    assertThat(task("extensionApproval", instance)).hasCandidateGroup("LEADER");
    assertThat(task("verification", instance).getId()).isEqualTo(verification.getId());
    verifyNoInteractions(applyExtensionDelegate);
  }

  @Test
  void aDecidedExtensionIsAppliedAndTheHandlingContinues() throws Exception {
    ProcessInstance instance = acceptedReport(false);
    correlate("extensionRequested");

    complete(task("extensionApproval", instance), withVariables("extensionApproved", true));

    assertThat(instance)
        .hasPassedInOrder("extensionRequested", "extensionApproval", "applyExtension", "extensionDecided")
        .isWaitingAtExactly("handlingPhase", "verification");
    assertThat(hasTimerJob(instance, "handlingReminder")).isTrue();
    assertThat(hasTimerJob(instance, "handlingOverdue")).isTrue();
    verify(applyExtensionDelegate, times(1)).execute(any());
  }

  @Test
  void aCaseWithAnAppliedExtensionIsClosedAsUsual() {
    ProcessInstance instance = acceptedReport(true);
    correlate("extensionRequested");
    complete(task("extensionApproval", instance), withVariables("extensionApproved", true));

    completeVerification(instance, "CONFIRMED");
    decideEnforcement(instance);
    decideClosure(instance, "APPROVE");

    assertThat(instance).hasPassed("extensionDecided", "closeCase").isWaitingAtExactly("rewardProcess");
  }

  @Test
  void anExtensionCanAlsoBeRequestedLaterInTheHandling() {
    ProcessInstance instance = acceptedReport(false);
    completeVerification(instance, "CONFIRMED");

    correlate("extensionRequested");

    assertThat(instance).isWaitingAtExactly("handlingPhase", "enforcementDecision", "extensionApproval");
  }

  @Test
  void anExtensionCannotBeRequestedBeforeTheReportIsAccepted() {
    ProcessInstance instance = submitReport();

    assertThatThrownBy(() -> correlate("extensionRequested"))
        .isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(instance).isWaitingAtExactly("intakePhase", "intakeReview");
  }
}
