package org.greenwhistle.reward.service;

import static org.greenwhistle.processes.RewardModel.Var.PAYMENT_DATE;
import static org.greenwhistle.processes.RewardModel.Var.PAYMENT_REFERENCE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.service.TaskChecks;
import org.greenwhistle.casework.service.BasicTaskForm;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.processes.RewardModel;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** FINANCE (not the approver) records the bank's reference and the payment date of an exported reward. */
@Component
public class RecordPayoutTask extends BasicTaskForm<RecordPayoutTask.Form> {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** The bank's reference (2–64 characters) and the payment date (not in the future). */
  public static class Form {
    private String paymentReference;
    private LocalDate paymentDate;

    public Form() {
    }

    public Form(String paymentReference, LocalDate paymentDate) {
      this.paymentReference = paymentReference;
      this.paymentDate = paymentDate;
    }

    public String getPaymentReference() {
      return paymentReference;
    }

    public void setPaymentReference(String paymentReference) {
      this.paymentReference = paymentReference;
    }

    public LocalDate getPaymentDate() {
      return paymentDate;
    }

    public void setPaymentDate(LocalDate paymentDate) {
      this.paymentDate = paymentDate;
    }
  }

  private final Clock clock;

  RecordPayoutTask(Clock clock) {
    super(RewardModel.Task.RECORD_PAYOUT, Role.FINANCE, Form.class, Form::new);
    this.clock = clock;
  }

  @Override
  public Form blank() {
    return new Form(null, LocalDate.now(clock.withZone(CHINA)));
  }

  @Override
  public Map<String, Object> toVariables(Form form, CaseTask task) {
    List<FieldProblem> problems = new ArrayList<>();
    String reference = TaskChecks.text(problems, "paymentReference", form.getPaymentReference(), 2, 64);
    LocalDate date = form.getPaymentDate();
    if (date == null || date.isAfter(LocalDate.now(clock.withZone(CHINA)))) {
      problems.add(new FieldProblem("paymentDate", "reward.error.paymentDate"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, false);
    }
    return Map.of(PAYMENT_REFERENCE, reference, PAYMENT_DATE, date.toString());
  }

  @Override
  public String check(DelegateTask task) {
    TaskChecks.text(task, PAYMENT_REFERENCE, 2, 64);
    TaskChecks.date(task, PAYMENT_DATE);
    return "PAID";
  }
}
