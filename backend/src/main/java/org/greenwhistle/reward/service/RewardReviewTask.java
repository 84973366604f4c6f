package org.greenwhistle.reward.service;

import static org.greenwhistle.processes.RewardModel.Var.ALREADY_KNOWN;
import static org.greenwhistle.processes.RewardModel.Var.AMOUNT_REASON;
import static org.greenwhistle.processes.RewardModel.Var.CONTRIBUTION_GRADE;
import static org.greenwhistle.processes.RewardModel.Var.EXCLUDED_PERSON;
import static org.greenwhistle.processes.RewardModel.Var.FALSE_IDENTITY;
import static org.greenwhistle.processes.RewardModel.Var.INSIDER;
import static org.greenwhistle.processes.RewardModel.Var.PROPOSED_AMOUNT;
import static org.greenwhistle.processes.RewardModel.Var.REWARD_ELIGIBLE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.service.TaskChecks;
import org.greenwhistle.casework.service.BasicTaskForm;
import org.greenwhistle.common.money.Money;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.processes.RewardModel;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * LEADER's reward review: the three eligibility checks, the contribution grade and insider status, and an
 * optional amount inside the rule's range with a reason (the range itself is checked when the reward is priced).
 */
@Component
public class RewardReviewTask extends BasicTaskForm<RewardReviewTask.Form> {

  /** The reviewer's findings; a null amount takes the suggested amount. */
  public static class Form {
    private Boolean excludedPerson = false;
    private Boolean falseIdentity = false;
    private Boolean alreadyKnown = false;
    private Integer contributionGrade;
    private Boolean insider = false;
    private BigDecimal proposedAmount;
    private String amountReason;

    /** The REST API's shape (kept for its clients). */
    public static Form of(RewardService.ReviewForm r) {
      Form f = new Form();
      f.setExcludedPerson(r.excludedPerson());
      f.setFalseIdentity(r.falseIdentity());
      f.setAlreadyKnown(r.alreadyKnown());
      f.setContributionGrade(r.contributionGrade());
      f.setInsider(r.insider());
      f.setProposedAmount(r.proposedAmount());
      f.setAmountReason(r.amountReason());
      return f;
    }

    public RewardService.ReviewForm toReviewForm() {
      return new RewardService.ReviewForm(excludedPerson, falseIdentity, alreadyKnown, contributionGrade, insider,
          proposedAmount, amountReason);
    }

    public boolean eligible() {
      return toReviewForm().eligible();
    }

    public Boolean getExcludedPerson() {
      return excludedPerson;
    }

    public void setExcludedPerson(Boolean excludedPerson) {
      this.excludedPerson = excludedPerson;
    }

    public Boolean getFalseIdentity() {
      return falseIdentity;
    }

    public void setFalseIdentity(Boolean falseIdentity) {
      this.falseIdentity = falseIdentity;
    }

    public Boolean getAlreadyKnown() {
      return alreadyKnown;
    }

    public void setAlreadyKnown(Boolean alreadyKnown) {
      this.alreadyKnown = alreadyKnown;
    }

    public Integer getContributionGrade() {
      return contributionGrade;
    }

    public void setContributionGrade(Integer contributionGrade) {
      this.contributionGrade = contributionGrade;
    }

    public Boolean getInsider() {
      return insider;
    }

    public void setInsider(Boolean insider) {
      this.insider = insider;
    }

    public BigDecimal getProposedAmount() {
      return proposedAmount;
    }

    public void setProposedAmount(BigDecimal proposedAmount) {
      this.proposedAmount = proposedAmount;
    }

    public String getAmountReason() {
      return amountReason;
    }

    public void setAmountReason(String amountReason) {
      this.amountReason = amountReason;
    }
  }

  RewardReviewTask() {
    super(RewardModel.Task.REWARD_REVIEW, Role.LEADER, Form.class, Form::new);
  }

  @Override
  public Map<String, Object> toVariables(Form form, CaseTask task) {
    List<FieldProblem> problems = new ArrayList<>();
    if (form.getExcludedPerson() == null) {
      problems.add(new FieldProblem("excludedPerson", "reward.error.check"));
    }
    if (form.getFalseIdentity() == null) {
      problems.add(new FieldProblem("falseIdentity", "reward.error.check"));
    }
    if (form.getAlreadyKnown() == null) {
      problems.add(new FieldProblem("alreadyKnown", "reward.error.check"));
    }
    boolean eligible = form.eligible();
    if (eligible) {
      Integer grade = form.getContributionGrade();
      if (grade == null || grade < 1 || grade > 3) {
        problems.add(new FieldProblem("contributionGrade", "reward.error.grade"));
      }
      if (form.getInsider() == null) {
        problems.add(new FieldProblem("insider", "reward.error.insider"));
      }
    }
    BigDecimal amount = form.getProposedAmount();
    if (!Money.plausible(amount) || amount != null && amount.signum() <= 0) {
      problems.add(new FieldProblem("proposedAmount", "case.error.amountInvalid"));
    }
    if (form.getAmountReason() != null && form.getAmountReason().length() > 500) {
      problems.add(new FieldProblem("amountReason", "case.error.textLength", 4, 500));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, false);
    }
    Map<String, Object> v = new HashMap<>();
    v.put(REWARD_ELIGIBLE, eligible);
    v.put(EXCLUDED_PERSON, form.getExcludedPerson());
    v.put(FALSE_IDENTITY, form.getFalseIdentity());
    v.put(ALREADY_KNOWN, form.getAlreadyKnown());
    if (eligible) {
      v.put(CONTRIBUTION_GRADE, form.getContributionGrade());
      v.put(INSIDER, form.getInsider());
    }
    v.put(PROPOSED_AMOUNT, amount == null ? null : amount.toPlainString());
    String reason = form.getAmountReason();
    v.put(AMOUNT_REASON, reason == null || reason.isBlank() ? null : reason.strip());
    return v;
  }

  @Override
  public String check(DelegateTask task) {
    boolean eligible = TaskChecks.bool(task, REWARD_ELIGIBLE);
    boolean excluded = TaskChecks.bool(task, EXCLUDED_PERSON) | TaskChecks.bool(task, FALSE_IDENTITY)
        | TaskChecks.bool(task, ALREADY_KNOWN);
    if (eligible && excluded) {
      throw new BadUserRequestException("rewardReview: rewardEligible contradicts a failed eligibility check");
    }
    if (eligible) {
      if (!(task.getVariable(CONTRIBUTION_GRADE) instanceof Number n) || n.intValue() < 1 || n.intValue() > 3) {
        throw new BadUserRequestException("rewardReview needs contributionGrade 1–3");
      }
      TaskChecks.bool(task, INSIDER);
    }
    return eligible ? "ELIGIBLE" : "NOT_ELIGIBLE";
  }
}
