package org.greenwhistle.casework.domain;

/** The closed vocabularies of case decisions (also the allowed values of process variables). */
public final class CaseEnums {
  private CaseEnums() {
  }

  public enum IntakeOutcome { ACCEPT, REJECT, REQUEST_INFO, LINK_DUPLICATE, TRANSFER }

  public enum RejectReason { NOT_ENVIRONMENTAL, OUTSIDE_JURISDICTION, NO_CLEAR_TARGET, ALREADY_KNOWN, INSUFFICIENT_INFORMATION }

  public enum VerificationOutcome { CONFIRMED, NOT_CONFIRMED, NOT_ENVIRONMENTAL }

  public enum ViolationType {
    ILLEGAL_DISCHARGE, HIDDEN_PIPE, DATA_FALSIFICATION, HAZARDOUS_WASTE, NO_PERMIT, FACILITY_NOT_RUNNING,
    ECOLOGICAL_DAMAGE, RADIATION_SOURCE, NOISE, OTHER
  }

  public enum EnforcementOutcome {
    WARNING, ORDER_TO_CORRECT, FINE, DAILY_FINE, SEALING, PRODUCTION_LIMIT, CLOSURE, ADMIN_DETENTION,
    CRIMINAL_REFERRAL, NO_PENALTY
  }

  public enum IncidentGrade { NONE, GENERAL, LARGER, MAJOR, ESPECIALLY_MAJOR }

  public enum ClosureOutcome { APPROVE, RETURN }

  public enum AppealOutcome { UPHELD, DISMISSED }

  public enum ReturnableApproval { APPROVE, RETURN }

  public enum FinanceOutcome { APPROVE, REJECT }
}
