package org.greenwhistle.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenwhistle.processes.testing.BpmnAwareTests.assertThat;
import static org.greenwhistle.processes.testing.BpmnAwareTests.jobQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.greenwhistle.processes.testing.Deployment;
import org.greenwhistle.processes.testing.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reporter may withdraw a report until it is accepted. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/report-handling.bpmn", "bpmn/reward.bpmn"})
class ReportWithdrawalTest extends ReportHandlingTestSupport {

  @Test
  void aReportCanBeWithdrawnWhileItWaitsForIntakeReview() throws Exception {
    ProcessInstance instance = submitReport();

    correlate("reportWithdrawn");

    assertThat(instance).isEnded()
        .hasPassedInOrder("reportWithdrawn", "withdrawReport", "endedWithdrawn")
        .hasNotPassed("intakeDecision", "intakeOutcomeGateway", "endedWithoutHandling");
    verify(withdrawReportDelegate).execute(any());
    // the intake review timers go with the interrupted intake phase
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void aReportCanBeWithdrawnWhileInformationIsAwaited() throws Exception {
    ProcessInstance instance = submitReport();
    decideIntake(instance, "REQUEST_INFO");

    correlate("reportWithdrawn");

    assertThat(instance).isEnded()
        .hasPassedInOrder("requestInformation", "reportWithdrawn", "withdrawReport", "endedWithdrawn")
        .hasNotPassed("informationProvided", "informationWaitExpired", "resumeIntake", "endedWithoutHandling");
    verify(withdrawReportDelegate).execute(any());
    verify(resumeIntakeDelegate, never()).execute(any());
  }

  @Test
  void aRejectedReportCanBeWithdrawnWhileAnAppealIsStillPossible() throws Exception {
    ProcessInstance instance = rejectedReport();

    correlate("reportWithdrawn");

    assertThat(instance).isEnded()
        .hasPassedInOrder("rejectReport", "reportWithdrawn", "withdrawReport", "endedWithdrawn")
        .hasNotPassed("appealLodged", "appealWindowClosed", "endedWithoutHandling");
    verify(withdrawReportDelegate).execute(any());
  }

  @Test
  void anAcceptedReportCanNoLongerBeWithdrawn() throws Exception {
    ProcessInstance instance = acceptedReport(false);

    // the withdrawal boundary event belongs to the intake phase, which is over
    assertThatThrownBy(() -> correlate("reportWithdrawn"))
        .isInstanceOf(MismatchingMessageCorrelationException.class);

    assertThat(instance)
        .isWaitingAtExactly("handlingPhase", "verification")
        .hasNotPassed("reportWithdrawn", "withdrawReport");
    verify(withdrawReportDelegate, never()).execute(any());
  }
}
