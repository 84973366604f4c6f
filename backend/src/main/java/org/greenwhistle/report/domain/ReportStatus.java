package org.greenwhistle.report.domain;

/** Where a report stands, as the reporter sees it. */
public enum ReportStatus {
  SUBMITTED, INFO_REQUESTED, ACCEPTED, REJECTED, APPEALED, WITHDRAWN, LINKED, IN_VERIFICATION, IN_ENFORCEMENT,
  AWAITING_CLOSURE, CLOSED
}
