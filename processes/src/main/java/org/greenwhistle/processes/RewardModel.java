package org.greenwhistle.processes;

/**
 * The names in {@code bpmn/reward.bpmn} that code depends on: the process id, its user tasks and the decision
 * variables their forms set. Ids never change; {@code ProcessNamesTest} fails when model and constants drift apart.
 */
public final class RewardModel {
  public static final String PROCESS_ID = "reward";

  private RewardModel() {
  }

  /** User task ids. */
  public static final class Task {
    public static final String REWARD_REVIEW = "rewardReview";
    public static final String REWARD_SECOND_APPROVAL = "rewardSecondApproval";
    public static final String FINANCE_APPROVAL = "financeApproval";
    public static final String RECORD_PAYOUT = "recordPayout";

    private Task() {
    }
  }

  /** Process variables the tasks' forms set. */
  public static final class Var {
    public static final String REWARD_ELIGIBLE = "rewardEligible";
    public static final String EXCLUDED_PERSON = "excludedPerson";
    public static final String FALSE_IDENTITY = "falseIdentity";
    public static final String ALREADY_KNOWN = "alreadyKnown";
    public static final String CONTRIBUTION_GRADE = "contributionGrade";
    public static final String INSIDER = "insider";
    public static final String PROPOSED_AMOUNT = "proposedAmount";
    public static final String AMOUNT_REASON = "amountReason";
    public static final String SECOND_APPROVAL_OUTCOME = "secondApprovalOutcome";
    public static final String SECOND_APPROVAL_COMMENT = "secondApprovalComment";
    public static final String FINANCE_OUTCOME = "financeOutcome";
    public static final String FINANCE_COMMENT = "financeComment";
    public static final String PAYMENT_REFERENCE = "paymentReference";
    public static final String PAYMENT_DATE = "paymentDate";

    private Var() {
    }
  }
}
