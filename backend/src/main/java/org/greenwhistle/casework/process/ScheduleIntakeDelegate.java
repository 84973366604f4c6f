package org.greenwhistle.casework.process;

import java.time.Clock;
import java.time.Instant;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.casework.service.DeadlineCalculator;
import org.springframework.stereotype.Component;

/**
 * Sets the intake deadline (15 days by default) and its reminder; the waiting times come from
 * {@link CaseDurations}.
 */
@Component
public class ScheduleIntakeDelegate implements JavaDelegate {
  private final DeadlineCalculator deadlines;
  private final Clock clock;

  ScheduleIntakeDelegate(DeadlineCalculator deadlines, Clock clock) {
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // also called on transfer and upheld appeal: a fresh intake period from now
    Instant due = deadlines.intakeDue((String) execution.getVariable("regionCode"), clock.instant());
    execution.setVariable("intakeDue", Delegates.date(due));
    execution.setVariable("intakeReminderAt", Delegates.date(deadlines.reminderBefore(due)));
  }
}
