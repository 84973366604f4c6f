package org.greenwhistle.casework.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.greenwhistle.casework.service.DeadlineCalculator;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.ReportProgress;
import org.springframework.stereotype.Component;

/** Back to intake after a reply or after the wait: the intake deadline moves by the time it was paused. */
@Component
public class ResumeIntakeDelegate implements JavaDelegate {
  private final ReportProgress reports;
  private final DeadlineCalculator deadlines;
  private final Clock clock;

  ResumeIntakeDelegate(ReportProgress reports, DeadlineCalculator deadlines, Clock clock) {
    this.reports = reports;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant pausedSince = Delegates.instant(execution, "infoRequestedAt");
    Instant due = Delegates.instant(execution, "intakeDue");
    if (pausedSince != null && due != null) {
      Instant moved = due.plus(Duration.between(pausedSince, clock.instant()));
      execution.setVariable("intakeDue", Delegates.date(moved));
      execution.setVariable("intakeReminderAt", Delegates.date(deadlines.reminderBefore(moved)));
    }
    boolean provided = Boolean.TRUE.equals(execution.getVariable("informationProvided"));
    reports.record(Delegates.reportId(execution), Delegates.actor(execution), ReportStatus.SUBMITTED,
        provided ? "INFO_PROVIDED" : "INFO_NOT_PROVIDED", null);
  }
}
