package org.greenwhistle.processes;

/**
 * The names in {@code bpmn/report-handling.bpmn} that code depends on: the process id, its user tasks and the
 * decision variables their forms set. Ids never change (running cases, REST clients and the upgrade test use
 * them); {@code ProcessNamesTest} fails when the model and these constants drift apart.
 */
public final class ReportHandlingModel {
  public static final String PROCESS_ID = "report-handling";

  private ReportHandlingModel() {
  }

  /** User task ids. */
  public static final class Task {
    public static final String INTAKE_REVIEW = "intakeReview";
    public static final String APPEAL_REVIEW = "appealReview";
    public static final String VERIFICATION = "verification";
    public static final String ENFORCEMENT_DECISION = "enforcementDecision";
    public static final String CLOSURE_APPROVAL = "closureApproval";
    public static final String EXTENSION_APPROVAL = "extensionApproval";

    private Task() {
    }
  }

  /** Process variables the tasks' forms set (the first of each group is the one the model's gateways read). */
  public static final class Var {
    public static final String REPORT_ID = "reportId";
    public static final String INTAKE_OUTCOME = "intakeOutcome";
    public static final String REJECT_REASON = "rejectReason";
    public static final String INFO_REQUEST_TEXT = "infoRequestText";
    public static final String LINKED_TRACKING_CODE = "linkedTrackingCode";
    public static final String TRANSFER_REGION = "transferRegion";
    public static final String TRANSFER_REASON = "transferReason";
    public static final String APPEAL_OUTCOME = "appealOutcome";
    public static final String APPEAL_COMMENT = "appealComment";
    public static final String VERIFICATION_OUTCOME = "verificationOutcome";
    public static final String INSPECTION_DATE = "inspectionDate";
    public static final String FINDINGS = "findings";
    public static final String ENFORCEMENT = "enforcement";
    public static final String CLOSURE_OUTCOME = "closureOutcome";
    public static final String CLOSURE_COMMENT = "closureComment";
    public static final String EXTENSION_APPROVED = "extensionApproved";
    public static final String EXTENSION_DAYS = "extensionDays";
    public static final String EXTENSION_REASON = "extensionReason";

    private Var() {
    }
  }

  /** Message names the model waits for. */
  public static final class Message {
    public static final String EXTENSION_REQUESTED = "extensionRequested";

    private Message() {
    }
  }
}
