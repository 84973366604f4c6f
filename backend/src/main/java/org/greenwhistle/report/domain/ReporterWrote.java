package org.greenwhistle.report.domain;

/**
 * The reporter wrote to the handlers: a reply, new evidence or an appeal. Published inside the transaction that
 * stored it, after the case's process moved on, so that the tasks then open are the ones to mark.
 */
public record ReporterWrote(long reportId, String trackingCode, Kind kind) {
  public enum Kind { REPLY, EVIDENCE, APPEAL }
}
