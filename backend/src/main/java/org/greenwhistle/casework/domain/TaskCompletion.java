package org.greenwhistle.casework.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The staff REST API's form for any report-handling task, kept as it is for existing clients: each task's
 * {@code TaskForm} takes its own subset into its typed form (see {@code CaseworkService.complete}):
 * intakeReview: outcome, rejectReason, message, linkTo, transferRegion, reason;
 * verification: outcome, inspectionDate, findings; enforcementDecision: enforcement;
 * closureApproval / appealReview: outcome, comment; extensionApproval: approved, days, comment.
 */
public record TaskCompletion(String outcome, String rejectReason, String message, String linkTo, String transferRegion,
                             String reason, LocalDate inspectionDate, String findings, Enforcement enforcement,
                             Boolean approved, Integer days, String comment) {

  /** Nothing filled in (an empty request body). */
  public static TaskCompletion empty() {
    return new TaskCompletion(null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** A penalty decision with one or more violation items (also the JSON of the {@code enforcement} variable). */
  public record Enforcement(String penaltyDecisionNumber, LocalDate decisionDate, List<ViolationItem> items,
                            String incidentGrade) {
  }

  public record ViolationItem(String violationType, List<String> outcomes, BigDecimal fineAmount,
                              BigDecimal statutoryMaxFine) {
  }
}
