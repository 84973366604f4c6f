package org.greenwhistle.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenwhistle.processes.testing.BpmnAwareTests.assertThat;
import static org.greenwhistle.processes.testing.BpmnAwareTests.execute;
import static org.greenwhistle.processes.testing.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.greenwhistle.processes.testing.Deployment;
import org.greenwhistle.processes.testing.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reminder and overdue timers: they read the due dates the backend computed and never interrupt the work. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/report-handling.bpmn", "bpmn/reward.bpmn"})
class DeadlineTimersTest extends ReportHandlingTestSupport {

  // ---------------------------------------------------------------- intake review

  @Test
  void theIntakeTimersAreDueAtTheScheduledDates() {
    ProcessInstance instance = submitReport();

    assertThat(timerJob(instance, "intakeReminder")).hasDueDate(dateVariable(instance, "intakeReminderAt"));
    assertThat(timerJob(instance, "intakeOverdue")).hasDueDate(dateVariable(instance, "intakeDue"));
    assertThat(dateVariable(instance, "intakeDue")).isEqualTo(daysFromNow(15));
    assertThat(dateVariable(instance, "intakeReminderAt")).isEqualTo(daysFromNow(13));
  }

  @Test
  void theIntakeReminderRemindsTheAssigneeAndTheReviewStaysOpen() throws Exception {
    ProcessInstance instance = submitReport();
    Task review = task("intakeReview", instance);

    execute(timerJob(instance, "intakeReminder"));

    assertThat(instance)
        .hasPassedInOrder("intakeReminder", "remindIntakeAssignee", "intakeReminded")
        .isWaitingAtExactly("intakePhase", "intakeReview");
    assertThat(task("intakeReview", instance).getId()).isEqualTo(review.getId());
    assertThat(hasTimerJob(instance, "intakeReminder")).isFalse();
    assertThat(hasTimerJob(instance, "intakeOverdue")).isTrue();
    verify(sendReminderDelegate, times(1)).execute(any());
    verifyNoInteractions(escalateOverdueDelegate);
  }

  @Test
  void anOverdueIntakeIsEscalatedOnceAndTheReviewStaysOpen() throws Exception {
    ProcessInstance instance = submitReport();
    Task review = task("intakeReview", instance);

    execute(timerJob(instance, "intakeOverdue"));

    assertThat(instance)
        .hasPassedInOrder("intakeOverdue", "escalateIntakeOverdue", "intakeEscalated")
        .isWaitingAtExactly("intakePhase", "intakeReview");
    assertThat(task("intakeReview", instance).getId()).isEqualTo(review.getId());
    assertThat(hasTimerJob(instance, "intakeOverdue")).isFalse();
    verify(escalateOverdueDelegate, times(1)).execute(any());
    verifyNoInteractions(sendReminderDelegate);
  }

  @Test
  void anEscalatedIntakeCanStillBeDecided() {
    ProcessInstance instance = submitReport();
    execute(timerJob(instance, "intakeReminder"));
    execute(timerJob(instance, "intakeOverdue"));

    decideIntake(instance, "ACCEPT");

    assertThat(instance).isWaitingAtExactly("handlingPhase", "verification");
  }

  @Test
  void theIntakeTimersAreCancelledOnceTheReviewIsDecided() {
    ProcessInstance instance = acceptedReport(false);

    assertThat(hasTimerJob(instance, "intakeReminder")).isFalse();
    assertThat(hasTimerJob(instance, "intakeOverdue")).isFalse();
  }

  // ---------------------------------------------------------------- handling phase

  @Test
  void theHandlingTimersAreDueAtTheDatesSetOnAcceptance() {
    ProcessInstance instance = acceptedReport(false);

    assertThat(timerJob(instance, "handlingReminder")).hasDueDate(dateVariable(instance, "handlingReminderAt"));
    assertThat(timerJob(instance, "handlingOverdue")).hasDueDate(dateVariable(instance, "handlingDue"));
    assertThat(dateVariable(instance, "handlingDue")).isEqualTo(daysFromNow(60));
    assertThat(dateVariable(instance, "handlingReminderAt")).isEqualTo(daysFromNow(55));
  }

  @Test
  void theHandlingReminderRemindsTheAssigneeAndTheHandlingGoesOn() throws Exception {
    ProcessInstance instance = acceptedReport(false);

    execute(timerJob(instance, "handlingReminder"));

    assertThat(instance)
        .hasPassedInOrder("handlingReminder", "remindHandlingAssignee", "handlingReminded")
        .isWaitingAtExactly("handlingPhase", "verification");
    assertThat(hasTimerJob(instance, "handlingReminder")).isFalse();
    assertThat(hasTimerJob(instance, "handlingOverdue")).isTrue();
    verify(sendReminderDelegate, times(1)).execute(any());
    verifyNoInteractions(escalateOverdueDelegate);
  }

  @Test
  void anOverdueHandlingIsEscalatedOnceAndTheHandlingGoesOn() throws Exception {
    ProcessInstance instance = acceptedReport(false);

    execute(timerJob(instance, "handlingOverdue"));

    assertThat(instance)
        .hasPassedInOrder("handlingOverdue", "escalateHandlingOverdue", "handlingEscalated")
        .isWaitingAtExactly("handlingPhase", "verification");
    assertThat(hasTimerJob(instance, "handlingOverdue")).isFalse();
    verify(escalateOverdueDelegate, times(1)).execute(any());
    verifyNoInteractions(sendReminderDelegate);
  }

  @Test
  void theHandlingTimersCoverTheWholePhaseNotJustOneTask() {
    ProcessInstance instance = acceptedReport(false);
    Job overdue = timerJob(instance, "handlingOverdue");

    completeVerification(instance, "CONFIRMED");
    decideEnforcement(instance);

    // attached to the sub-process, so moving from task to task neither cancels nor restarts them
    assertThat(instance).isWaitingAtExactly("handlingPhase", "closureApproval");
    assertThat(timerJob(instance, "handlingOverdue").getId()).isEqualTo(overdue.getId());
    assertThat(hasTimerJob(instance, "handlingReminder")).isTrue();
  }

  @Test
  void anEscalatedCaseCanStillBeClosed() {
    ProcessInstance instance = acceptedReport(false);
    execute(timerJob(instance, "handlingReminder"));
    execute(timerJob(instance, "handlingOverdue"));

    completeVerification(instance, "NOT_CONFIRMED");
    decideClosure(instance, "APPROVE");

    assertThat(instance).isEnded().hasPassed("handlingEscalated", "closeCase", "endedClosed");
  }
}
