package org.greenwhistle.casework.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The form fields of any report-handling task (each task uses its own subset; see CaseworkService):
 * intakeReview: outcome, rejectReason, message, linkTo, transferRegion, reason;
 * verification: outcome, inspectionDate, findings; enforcementDecision: enforcement;
 * closureApproval / appealReview: outcome, comment; extensionApproval: approved, days, comment.
 */
public record TaskCompletion(String outcome, String rejectReason, String message, String linkTo, String transferRegion,
                             String reason, LocalDate inspectionDate, String findings, Enforcement enforcement,
                             Boolean approved, Integer days, String comment) {

  /** A penalty decision with one or more violation items. */
  public record Enforcement(String penaltyDecisionNumber, LocalDate decisionDate, List<ViolationItem> items,
                            String incidentGrade) {
  }

  public record ViolationItem(String violationType, List<String> outcomes, BigDecimal fineAmount,
                              BigDecimal statutoryMaxFine) {
  }
}
