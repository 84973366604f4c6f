package org.greenwhistle.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenwhistle.processes.testing.BpmnAwareTests.assertThat;
import static org.greenwhistle.processes.testing.BpmnAwareTests.execute;
import static org.greenwhistle.processes.testing.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Date;
import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.greenwhistle.processes.testing.Deployment;
import org.greenwhistle.processes.testing.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Intake outcomes other than accept/reject: asking for information, linking a duplicate, transferring. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/report-handling.bpmn", "bpmn/reward.bpmn"})
class IntakeDetoursTest extends ReportHandlingTestSupport {

  @Test
  void aRequestForInformationWaitsForTheReportersReplyOrTheInformationWaitToExpire() throws Exception {
    ProcessInstance instance = submitReport();

    decideIntake(instance, "REQUEST_INFO");

    assertThat(instance)
        .hasPassedInOrder("intakeReview", "intakeDecision", "requestInformation")
        .isWaitingAtExactly("intakePhase", "awaitInformation")
        .isWaitingFor("informationProvided");
    assertThat(timerJob(instance, "informationWaitExpired")).hasDueDate(daysFromNow(15));
    verify(requestInformationDelegate).execute(any());
  }

  @Test
  void providedInformationResumesTheIntakeClockAndReturnsToIntakeReview() throws Exception {
    ProcessInstance instance = submitReport();
    Date firstIntakeDue = dateVariable(instance, "intakeDue");
    decideIntake(instance, "REQUEST_INFO");

    correlate("informationProvided");

    assertThat(instance)
        .hasPassedInOrder("awaitInformation", "informationProvided", "resumeIntake", "intakeJoin")
        .hasNotPassed("informationWaitExpired")
        .isWaitingAtExactly("intakePhase", "intakeReview");
    assertThat(task("intakeReview", instance)).hasCandidateGroup("INTAKE");
    assertThat(passCount(instance, "intakeReview")).isEqualTo(2);
    assertThat(hasTimerJob(instance, "informationWaitExpired")).isFalse();
    verify(resumeIntakeDelegate).execute(any());

    // the re-entered review gets fresh timers from the moved deadline
    Date resumedIntakeDue = dateVariable(instance, "intakeDue");
    assertThat(resumedIntakeDue).isEqualTo(plusDays(firstIntakeDue, 5));
    assertThat(timerJob(instance, "intakeOverdue")).hasDueDate(resumedIntakeDue);
    assertThat(timerJob(instance, "intakeReminder")).hasDueDate(plusDays(resumedIntakeDue, -2));
  }

  @Test
  void whenNoInformationArrivesInTimeTheIntakeResumesAnyway() throws Exception {
    ProcessInstance instance = submitReport();
    decideIntake(instance, "REQUEST_INFO");

    execute(timerJob(instance, "informationWaitExpired"));

    assertThat(instance)
        .hasPassedInOrder("awaitInformation", "informationWaitExpired", "resumeIntake", "intakeJoin")
        .hasNotPassed("informationProvided")
        .isWaitingAtExactly("intakePhase", "intakeReview");
    assertThat(passCount(instance, "intakeReview")).isEqualTo(2);
    verify(resumeIntakeDelegate).execute(any());
  }

  @Test
  void informationCanOnlyBeProvidedWhileItIsAwaited() {
    ProcessInstance instance = submitReport();

    assertThatThrownBy(() -> correlate("informationProvided"))
        .isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(instance).isWaitingAtExactly("intakePhase", "intakeReview");
  }

  @Test
  void aDuplicateReportIsLinkedToTheEarlierCaseAndEndsWithoutHandling() throws Exception {
    ProcessInstance instance = submitReport();

    decideIntake(instance, "LINK_DUPLICATE");

    assertThat(instance).isEnded()
        .hasPassedInOrder("intakeDecision", "linkDuplicate", "intakeEndedLinked", "intakeOutcomeGateway",
            "endedWithoutHandling")
        .hasNotPassed("acceptReport", "rejectReport", "handlingPhase");
    verify(linkDuplicateDelegate).execute(any());
  }

  @Test
  void aTransferredReportComesBackToIntakeReview() throws Exception {
    ProcessInstance instance = submitReport();

    decideIntake(instance, "TRANSFER");

    assertThat(instance)
        .hasPassedInOrder("intakeDecision", "transferCase", "intakeJoin")
        .isWaitingAtExactly("intakePhase", "intakeReview");
    assertThat(task("intakeReview", instance)).hasCandidateGroup("INTAKE");
    assertThat(passCount(instance, "intakeReview")).isEqualTo(2);
    verify(transferCaseDelegate).execute(any());
    verify(resumeIntakeDelegate, never()).execute(any());
  }

  @Test
  void aTransferredReportCanThenBeAccepted() {
    ProcessInstance instance = submitReport();
    decideIntake(instance, "TRANSFER");

    decideIntake(instance, "ACCEPT");

    assertThat(instance)
        .hasPassed("transferCase", "acceptReport")
        .isWaitingAtExactly("handlingPhase", "verification");
  }
}
